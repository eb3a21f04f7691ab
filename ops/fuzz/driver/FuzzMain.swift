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
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

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
        if args.first == "make-corpus", let folder = args.dropFirst().first {
            do { try FuzzTargets.makeCorpus(in: folder) } catch { print("make-corpus failed: \(error)"); exit(1) }
            return
        }
        guard let name = args.first, let target = FuzzTargets.all[name] else {
            print("usage: dossier-fuzz TARGET FILE… | make-corpus FOLDER   targets: \(FuzzTargets.all.keys.sorted().joined(separator: ", "))")
            exit(2)
        }
        var count = 0
        for path in args.dropFirst() {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            let files = isDir.boolValue ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 } : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                target(Array(data))
                count += 1
            }
        }
        print("\(name): replayed \(count) inputs without a crash")
    }
}
#endif
