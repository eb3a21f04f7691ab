import ArgumentParser
import DossierEvents
import DossierExtraction
import DossierLog
import DossierProjection
import DossierReplica
import Foundation

/// `dossier ingest PATH… | -`: decode, clean, extract, append and project articles.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add articles (txt, html, md, jsonl files, folders, or - for stdin) to the store.",
        discussion:
            "Each new article becomes an ArticleIngested event and an ArticleExtracted event, appended to the log and applied to the projection in the same step. An article whose normalized body is already held is skipped. Creates the store on first use."
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption

    @Argument(help: "Files or folders to ingest; - reads one article from standard input.")
    var paths: [String] = []

    @Option(help: "Events per durable batch (one fsync each).")
    var batch = 256

    func validate() throws {
        if paths.isEmpty {
            throw ValidationError("give at least one file or folder to ingest, or - for standard input")
        }
        if batch < 1 { throw ValidationError("--batch must be at least 1") }
    }

    /// The JSON printed by `--json`: the counts, failures and notes, and one item per article.
    struct Summary: Encodable {
        var new: Int
        var duplicate: Int
        var failed: Int
        var events: Int
        /// Entities added to the graph by this run.
        var entities: Int
        /// Facts added to the graph by this run.
        var facts: Int
        var seconds: Double
        var failures: [String]
        var notes: [String]
        var items: [IngestItem]
    }

    func run() throws {
        var notes: [String] = []
        let show = ReplicaOutput.observer(quiet: output.json)
        let observer: ReplicaObserver = { update in
            if case .note(let text) = update { notes.append(text) }
            show(update)
        }
        let name = ProcessInfo.processInfo.environment["USER"] ?? "dossier"
        let (replica, created) = try Replica.openOrCreate(
            at: storeOptions.path, name: name, unpin: true,
            clock: WallClock.nowMillis, observer: observer)
        if created { Output.note("Created store \(replica.store.path) with a new identity (see `dossier whoami`).") }
        let report = try replica.ingest(try InputFiles.expand(paths).map(\.source), batch: batch)
        let failures = report.items.filter { $0.status == .failed }.map { $0.message ?? $0.source }
        let summary = Summary(
            new: report.new, duplicate: report.duplicate, failed: report.failed, events: report.events,
            entities: report.entities, facts: report.facts, seconds: report.seconds,
            failures: failures, notes: notes, items: report.items)
        if output.json {
            try Output.json(summary)
        } else {
            print(
                "Ingested \(summary.new) new articles (\(summary.duplicate) duplicate, \(summary.failed) failed): \(summary.events) events, +\(summary.entities) entities, +\(summary.facts) facts in the graph, in \(String(format: "%.2f", summary.seconds)) s."
            )
        }
        if summary.new == 0 && summary.duplicate == 0 && summary.failed > 0 {
            throw CLIFailure(message: "nothing could be ingested (\(summary.failed) failed); see the messages above")
        }
    }
}

/// The files named on the command line, folders expanded (sorted, hidden files skipped).
struct InputFiles {
    struct Input {
        var name: String
        var path: String?

        /// The input for an ingest: the file, or standard input read when the ingest reaches it.
        var source: any IngestSource {
            if let path { return FileSource(path: path) }
            return StandardInput()
        }

        func read() throws -> [UInt8] { try source.read() }
    }

    static let extensions: Set<String> = ["txt", "text", "html", "htm", "md", "markdown", "jsonl", "ndjson", "json"]

    static func expand(_ paths: [String]) throws -> [Input] {
        var out: [Input] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" { out.append(Input(name: "-", path: nil)); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw CLIFailure(message: "\(path): no such file or folder", exitCode: 2)
            }
            if !isDir.boolValue { out.append(Input(name: path, path: path)); continue }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let names = (fm.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
            for name in names where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let full = base + "/" + name
                var sub: ObjCBool = false
                guard fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue else { continue }
                let ext = (name as NSString).pathExtension.lowercased()
                if extensions.contains(ext) || ext.isEmpty { out.append(Input(name: full, path: full)) }
            }
        }
        return out
    }
}

/// Standard input as an ingest source, named "-".
struct StandardInput: IngestSource {
    var name: String { "-" }
    func read() throws -> [UInt8] { Array(FileHandle.standardInput.readDataToEndOfFile()) }
}
