import ArgumentParser
import DossierLog
import DossierProjection
import Foundation

/// `dossier rebuild [--as-of T]`: replay the log into a fresh projection.
struct Rebuild: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replay the log into a fresh projection and put it in place of the old one in one transaction.",
        discussion:
            "With --as-of, the projection shows the graph as it was then and stays pinned there until the next plain rebuild (ingest also rebuilds it in full)."
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var asOf: AsOfOption

    func run() throws {
        let point = try asOf.parsed()
        let store = try storeOptions.open()
        let log = try EventLog(store: store, mode: .read)
        let report: RebuildReport
        do {
            report = try ProjectionAccess.rebuild(store: store, log: log, asOf: point)
        } catch let error as ProjectionError {
            guard error.code == .usage else { throw error }
            throw CLIFailure(message: error.message, exitCode: 2)
        }
        if output.json { try Output.json(report); return }
        let rate = report.seconds > 0 ? Double(report.events) / report.seconds : 0
        print(
            "Rebuilt \(Projection.path(in: store))\(point.map { " as of \($0)" } ?? ""): \(report.events) events, \(report.articles) articles, \(report.entities) entities in \(String(format: "%.2f", report.seconds)) s (\(Int(rate)) events/s)."
        )
        for reason in report.apply.rejected.prefix(5) { Output.note("rejected: \(reason)") }
    }
}

/// `dossier verify`: rebuild into a temporary file and compare with the live projection.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Rebuild the projection into a temporary file and compare it with the live one; exit 1 naming the first difference."
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption

    struct Result: Encodable {
        var ok: Bool
        var digest: String
        var rebuiltDigest: String
        var difference: ProjectionDifference?
        var searchIndex: String?
    }

    func run() throws {
        let store = try storeOptions.open()
        let log = try EventLog(store: store, mode: .read)
        let live = try ProjectionAccess.live(store: store, log: log)
        defer { try? live.close() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dossier-verify-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/" + Projection.fileName
        let limit = try live.pinnedAsOf().flatMap { try? AsOf.parse($0) }
        try Projection.build(
            from: log, at: path, asOf: limit,
            progress: ProjectionAccess.progress(total: log.eventCount, verb: "rebuilding to compare"))
        Output.endProgress()
        let rebuilt = try Projection.open(path: path)
        defer { try? rebuilt.close() }
        let result = Result(
            ok: false, digest: try live.digest(), rebuiltDigest: try rebuilt.digest(),
            difference: try live.firstDifference(from: rebuilt), searchIndex: try live.checkSearchIndex())
        var checked = result
        checked.ok = result.difference == nil && result.digest == result.rebuiltDigest && result.searchIndex == nil
        if output.json { try Output.json(checked) }
        if let difference = checked.difference {
            throw CLIFailure(
                message:
                    "the projection differs from a rebuild of the log: \(difference). Run `dossier rebuild` to replace it."
            )
        }
        if let problem = checked.searchIndex {
            throw CLIFailure(
                message: "the full text index is damaged (\(problem)). Run `dossier rebuild` to replace it.")
        }
        if !checked.ok {
            throw CLIFailure(
                message: "digests differ (\(checked.digest) vs \(checked.rebuiltDigest)). Run `dossier rebuild`.")
        }
        if !output.json {
            print("OK: the projection equals a rebuild of the log (\(log.eventCount) events); digest \(checked.digest)")
        }
    }
}

/// `dossier digest`: SHA-256 over the projection's canonical dump.
struct Digest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the SHA-256 of the projection's canonical dump (equal sets of events give equal digests).")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var asOf: AsOfOption

    func run() throws {
        let opened = try ProjectionAccess.open(storeOptions, asOf: asOf)
        let digest = try opened.projection.digest()
        if output.json { try Output.json(["digest": digest]); return }
        print(digest)
    }
}
