import DossierFuzzTargets
import DossierTestSupport
import Foundation
import Testing

/// Every input that ever crashed a fuzz target (ops/fuzz/regressions/<target>/), and the
/// generated seed corpus, replayed through the same entry points: they must not crash.
@Suite(.serialized) struct FuzzRegressionTests {
    static let regressions = repositoryRoot() + "/ops/fuzz/regressions"

    @Test(arguments: [
        "segment", "chunk", "extract", "stream", "vector", "crafted-chunk", "crafted-bundle", "crafted-request",
    ])
    func regressionsAndSeedsReplayCleanly(target: String) throws {
        let run = try #require(FuzzTargets.all[target])
        let folder = Self.regressions + "/" + target
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }
        for file in files.sorted() { run(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file)))) }
        let corpus = NSTemporaryDirectory() + "dossier-fuzz-seeds-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        try FuzzTargets.makeCorpus(in: corpus)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: corpus + "/" + target)
        #expect(!seeds.isEmpty)
        for seed in seeds {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: corpus + "/" + target + "/" + seed)))
            run(bytes)
            // A few deterministic mutations of each seed, so the suite checks more than the happy path.
            for i in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 16)) {
                var m = bytes
                m[i] ^= 0x5A
                run(m)
                run(Array(bytes.prefix(i)))
            }
        }
    }
}
