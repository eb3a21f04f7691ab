import DossierFuzzTargets
import Foundation

// Built two ways (see ops/fuzz):
// - with `-sanitize=fuzzer -D FUZZING`: libFuzzer drives LLVMFuzzerTestOneInput and the
//   target is chosen by the DOSSIER_FUZZ_TARGET environment variable;
// - normally: `dossier-fuzz TARGET FILE…` replays inputs (corpus, regressions) once each.

#if FUZZING
    nonisolated(unsafe) let selected = FuzzTargets.all[ProcessInfo.processInfo.environment["DOSSIER_FUZZ_TARGET"] ?? ""]

    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        guard let selected else { fatalError("set DOSSIER_FUZZ_TARGET to one of \(FuzzTargets.all.keys.sorted())") }
        selected(size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }

    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    // SwiftPM links executables with `main` aliased to this symbol; hand control to libFuzzer.
    @_cdecl("dossier_fuzz_main")
    public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var vector = argv
        return runFuzzerDriver(&count, &vector) { data, size in fuzzOne(data, size) }
    }
#else
    @main
    enum Replay {
        static func main() {
            let args = CommandLine.arguments.dropFirst()
            if args.first == "mutate", args.count >= 5, let target = FuzzTargets.all[Array(args)[1]],
                let iterations = Int(Array(args)[3]), let seed = UInt64(Array(args)[4])
            {
                let started = Date()
                let count = mutationLoop(target, seeds: Array(args)[2], iterations: iterations, seed: seed)
                print(
                    "\(Array(args)[1]): \(count) executions in \(Int(Date().timeIntervalSince(started))) s, 0 crashes (seeded mutation loop, seed \(seed))"
                )
                return
            }
            if args.first == "make-corpus", let folder = args.dropFirst().first {
                do { try FuzzTargets.makeCorpus(in: folder) } catch { print("make-corpus failed: \(error)"); exit(1) }
                return
            }
            guard let name = args.first, let target = FuzzTargets.all[name] else {
                print(
                    "usage: dossier-fuzz TARGET FILE… | make-corpus FOLDER | mutate TARGET SEEDS ITERATIONS SEED   targets: \(FuzzTargets.all.keys.sorted().joined(separator: ", "))"
                )
                exit(2)
            }
            var count = 0
            for path in args.dropFirst() {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
                let files =
                    isDir.boolValue
                    ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map {
                        path + "/" + $0
                    } : [path]
                for file in files {
                    guard let data = FileManager.default.contents(atPath: file) else { continue }
                    target(Array(data))
                    count += 1
                }
            }
            print("\(name): replayed \(count) inputs without a crash")
        }
    }

    /// A seeded mutation loop for machines where the libFuzzer build is not available (or
    /// too slow, as in CI): flips, inserts, deletes, duplicates and truncates bytes of the seeds.
    func mutationLoop(_ target: @Sendable ([UInt8]) -> Void, seeds folder: String, iterations: Int, seed: UInt64) -> Int
    {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        let seeds = names.compactMap { FileManager.default.contents(atPath: folder + "/" + $0).map { Array($0) } }
        guard !seeds.isEmpty else { return 0 }
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(n, 1)))
        }
        for _ in 0..<iterations {
            var bytes = seeds[next(seeds.count)]
            for _ in 0...next(4) {
                guard !bytes.isEmpty else { bytes = [UInt8(next(256))]; continue }
                let at = next(bytes.count)
                switch next(6) {
                case 0: bytes[at] ^= UInt8(1 << next(8))
                case 1: bytes[at] = UInt8(next(256))
                case 2: bytes.insert(contentsOf: (0..<(1 + next(16))).map { _ in UInt8(next(256)) }, at: at)
                case 3: bytes.removeSubrange(at..<min(bytes.count, at + 1 + next(64)))
                case 4:
                    bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 1 + next(128))], at: next(bytes.count))
                default: bytes.removeSubrange(at...)
                }
            }
            target(bytes)
        }
        return iterations
    }
#endif
