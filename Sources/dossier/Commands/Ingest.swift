import ArgumentParser
import DossierEvents
import DossierExtraction
import DossierLog
import DossierProjection
import Foundation

/// `dossier ingest PATH… | -`: decode, clean, extract, append and project articles.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add articles (txt, html, md, jsonl files, folders, or - for stdin) to the store.",
        discussion: "Each new article becomes an ArticleIngested event and an ArticleExtracted event, appended to the log and applied to the projection in the same step. An article whose normalized body is already held is skipped. Creates the store on first use.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption

    @Argument(help: "Files or folders to ingest; - reads one article from standard input.")
    var paths: [String] = []

    @Option(help: "Events per durable batch (one fsync each).")
    var batch = 256

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to ingest, or - for standard input") }
        if batch < 1 { throw ValidationError("--batch must be at least 1") }
    }

    struct Summary: Encodable {
        var new = 0
        var duplicate = 0
        var failed = 0
        var events = 0
        /// Entities added to the graph by this run.
        var entities = 0
        /// Facts added to the graph by this run.
        var facts = 0
        var seconds = 0.0
        var failures: [String] = []
        var notes: [String] = []
    }

    func run() throws {
        let started = Date()
        let name = ProcessInfo.processInfo.environment["USER"] ?? "dossier"
        let (store, created) = try Store.openOrCreate(at: storeOptions.path, name: name)
        if created { Output.note("Created store \(store.path) with a new identity (see `dossier whoami`).") }
        let log = try EventLog(store: store, mode: .write)
        defer { log.close() }
        var summary = Summary()
        for note in log.recoveryNotes { Output.note(note); summary.notes.append(note) }

        let projection = try ProjectionAccess.live(store: store, log: log, unpin: true)
        defer { try? projection.close() }
        let entitiesBefore = try projection.entityCount(), factsBefore = try projection.factCount()
        var known = Set<String>()
        let inputs = try InputFiles.expand(paths)
        let preparer = ArticlePreparer()
        let extractor = Extractor()
        var pending: [EventDraft] = []
        func flush() throws {
            guard !pending.isEmpty else { return }
            let appended = try log.append(pending, nowMillis: WallClock.nowMillis())
            let report = try projection.apply(appended)
            for reason in report.rejected { Output.endProgress(); Output.error(reason) }
            summary.events += appended.count
            pending.removeAll(keepingCapacity: true)
        }
        for (n, input) in inputs.enumerated() {
            let elapsed = Date().timeIntervalSince(started)
            let rate = elapsed > 0 ? Double(n) / elapsed : 0
            let eta = rate > 0 ? Double(inputs.count - n) / rate : 0
            Output.progress("ingesting \(n + 1)/\(inputs.count) files  \(summary.new) new articles  \(String(format: "%.0f", rate)) files/s  ETA \(String(format: "%.0f", eta)) s  \(input.name)")
            let articles: [PreparedArticle]
            do {
                articles = try preparer.prepare(bytes: try input.read(), sourceName: input.name)
            } catch let error as ExtractionError {
                summary.failed += 1
                summary.failures.append(error.message)
                Output.endProgress()
                Output.error(error.message)
                continue
            } catch {
                summary.failed += 1
                summary.failures.append("\(input.name): \(error)")
                Output.endProgress()
                Output.error("\(input.name): \(error)")
                continue
            }
            for article in articles {
                let id = Hex.sha256(Array(article.body.utf8))
                if try known.contains(id) || projection.hasArticle(id: id) {
                    summary.duplicate += 1
                    if !output.json { Output.endProgress(); Output.note("\(input.name): already stored as article \(id.prefix(12))…, skipped") }
                    continue
                }
                known.insert(id)
                if try projection.isRedacted(id) {
                    summary.duplicate += 1
                    Output.endProgress(); Output.note("\(input.name): article \(id.prefix(12))… was redacted; not ingested again")
                    continue
                }
                let ingested = ArticleIngested(
                    articleId: id, source: article.url ?? input.name, title: article.title, language: article.language,
                    published: article.published, ingestedAt: WallClock.nowMillis(), body: article.body,
                    boilerplate: article.boilerplate, format: article.format, encoding: article.encoding,
                    encodingFallback: article.encodingFallback)
                let extracted = extractor.extract(article, articleId: id)
                pending.append(try EventDraft(ingested))
                pending.append(try EventDraft(extracted))
                summary.new += 1
                if pending.count >= batch { try flush() }
            }
        }
        try flush()
        Output.endProgress()
        summary.entities = try projection.entityCount() - entitiesBefore
        summary.facts = try projection.factCount() - factsBefore
        summary.seconds = Date().timeIntervalSince(started)
        if output.json {
            try Output.json(summary)
        } else {
            print("Ingested \(summary.new) new articles (\(summary.duplicate) duplicate, \(summary.failed) failed): \(summary.events) events, +\(summary.entities) entities, +\(summary.facts) facts in the graph, in \(String(format: "%.2f", summary.seconds)) s.")
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

        func read() throws -> [UInt8] {
            guard let path else { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIFailure(message: "\(path): cannot be read (check that it exists and is readable)")
            }
            return Array(data)
        }
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
