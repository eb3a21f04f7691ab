import ArgumentParser
import DossierEvents
import DossierExtraction
import DossierLog
import DossierProjection
import Foundation

/// `dossier redact ARTICLE-ID --reason`: erase an article's body and everything derived from it.
struct Redact: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Erase an article's body and every derived row from this replica (appends ArticleRedacted; peers that accept it erase too).",
        discussion: "Erases the payloads of the article's ArticleIngested and ArticleExtracted events in the segment files (headers, chain and signatures stay verifiable), deletes its rows, mentions, facts and search entries from the projection, and leaves no copy in the database, its WAL or the search index. See Schemas/curation.md for what it cannot reach (exports, bundles already made, peers that never accept it, free disk blocks).")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "The article id (64 hex digits, or a unique prefix of at least 12).") var article: String
    @Option(help: "Why (kept in the log: do not repeat what is being erased).") var reason: String

    struct Report: Encodable {
        var article: String
        var event: String
        var erased: Int
        var seconds: Double
    }

    func run() throws {
        let started = Date()
        let s = try CurationSession(storeOptions)
        let id = try Redact.articleId(article, in: s.projection)
        let already = try s.projection.isRedacted(id)
        if already { Output.note("article \(id.prefix(12)) is already redacted; erasing any copy still held") }
        let targets = try s.projection.articleEvents(id)
        if targets.isEmpty && !already {
            throw CLIFailure(message: "no article \(article); `dossier articles` lists them")
        }
        try s.projection.secureDelete()
        let event = try s.append(ArticleRedacted(article: id, events: targets.map(\.id), reason: reason))
        let erased = try Redact.enforce(s.projection, s.log)
        try s.projection.scrub(vacuum: false)
        let report = Report(article: id, event: event.id, erased: erased, seconds: Date().timeIntervalSince(started))
        if output.json { try Output.json(report); return }
        print("Redacted article \(id.prefix(12)): \(erased) event payloads erased, its rows, mentions, facts and search entries deleted, in \(String(format: "%.2f", report.seconds)) s.\nevent \(event.id) (ArticleRedacted)")
    }

    /// Erases, in the log, every payload of a redacted article still held; returns how many.
    static func enforce(_ projection: Projection, _ log: EventLog) throws -> Int {
        var erased = 0
        for (redaction, targets) in try projection.unenforcedRedactions(in: log) {
            erased += try log.redact(targets, note: "redacted by \(redaction)")
        }
        return erased
    }

    /// The full article id for an id or unique prefix.
    static func articleId(_ text: String, in projection: Projection) throws -> String {
        if Hex.isDigest(text) { return text }
        guard text.count >= 12 else { throw CLIFailure(message: "give the article id (at least 12 hex digits), not '\(text)'", exitCode: 2) }
        let matches = try projection.articles().map(\.id).filter { $0.hasPrefix(text) }
        guard matches.count == 1 else {
            throw CLIFailure(message: matches.isEmpty ? "no article \(text); `dossier articles` lists them" : "'\(text)' names \(matches.count) articles; give more digits")
        }
        return matches[0]
    }
}

/// `dossier reextract [--all | ARTICLE…]`: run the current extractor over stored bodies.
struct Reextract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the current extractor over stored articles and append new ArticleExtracted events; curation whose targets vanish is listed.")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @Flag(help: "Every stored article.") var all = false
    @Flag(help: "Even articles whose extraction already comes from this extractor version.") var force = false
    @Argument(help: "Article ids (or unique prefixes).") var articles: [String] = []

    func validate() throws {
        if all == !articles.isEmpty { throw ValidationError("give --all or one or more article ids") }
    }

    struct Report: Encodable {
        var extracted = 0
        var unchanged = 0
        var waiting: [CurationEffect] = []
    }

    func run() throws {
        let s = try CurationSession(storeOptions)
        let ids = all ? nil : try articles.map { try Redact.articleId($0, in: s.projection) }
        let stored = try s.projection.storedArticles(ids: ids)
        let extractor = Extractor()
        var report = Report()
        var pending: [EventDraft] = []
        func flush() throws {
            guard !pending.isEmpty else { return }
            try s.projection.apply(try s.log.append(pending, nowMillis: WallClock.nowMillis()))
            pending.removeAll()
        }
        for (n, article) in stored.enumerated() {
            Output.progress("re-extracting \(n + 1)/\(stored.count)")
            if !force && article.extractor == Extractor.name && article.extractorVersion == Extractor.version { report.unchanged += 1; continue }
            let prepared = PreparedArticle(body: article.body, title: article.title, language: article.language ?? "und", published: article.published)
            pending.append(try EventDraft(extractor.extract(prepared, articleId: article.id)))
            report.extracted += 1
            if pending.count >= 256 { try flush() }
        }
        try flush()
        Output.endProgress()
        report.waiting = try s.projection.curationEffects().filter { !$0.applied }
        if output.json { try Output.json(report); return }
        print("Re-extracted \(report.extracted) articles with \(Extractor.name) v\(Extractor.version) (\(report.unchanged) already current).")
        if !report.waiting.isEmpty {
            print("\(report.waiting.count) curation edits do not find their target in the graph (they apply again if it comes back):")
            Output.table(["KIND", "TARGET", "VALUE", "EVENT"], report.waiting.map { [$0.kind, Text.clip($0.target, 60), Text.clip($0.value, 30), String($0.event.prefix(16))] })
        }
    }
}
