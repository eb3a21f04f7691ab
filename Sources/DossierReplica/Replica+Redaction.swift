import DossierEvents
import DossierExtraction
import DossierLog
import DossierProjection
import Foundation

/// The result of a redaction.
public struct RedactionReport: Sendable, Codable {
    /// The article's full id.
    public var article: ArticleID
    /// The ArticleRedacted event written.
    public var event: EventID
    /// Event payloads erased from the log.
    public var erased: Int
    /// True when the article was already redacted (any copy still held was erased again).
    public var alreadyRedacted: Bool
}

/// The result of a re-extraction.
public struct ReextractReport: Sendable, Codable {
    /// Articles given a new ArticleExtracted event.
    public var extracted = 0
    /// Articles whose extraction already came from this extractor version.
    public var unchanged = 0
    /// Curation edits whose target is no longer in the graph.
    public var waiting: [CurationEffect] = []
}

extension Replica {
    /// Redacts an article (ArticleRedacted): erases the payloads of its events in the log, and its
    /// rows, mentions, facts and search entries in the projection, leaving no copy in the database.
    public func redact(article: String, reason: String) throws -> RedactionReport {
        let id = try articleId(article)
        let already = try projection.isRedacted(id.rawValue)
        if already { observer(.note("article \(id.short) is already redacted; erasing any copy still held")) }
        let targets = try projection.articleEvents(id.rawValue)
        if targets.isEmpty && !already {
            throw ReplicaError.notFound("no article \(article); `dossier articles` lists them")
        }
        try projection.secureDelete()
        let event = try append(ArticleRedacted(article: id.rawValue, events: targets.map(\.id), reason: reason))
        let erased = try Replica.enforceRedactions(projection, log)
        try projection.scrub(vacuum: false)
        return RedactionReport(article: id, event: EventID(event.id), erased: erased, alreadyRedacted: already)
    }

    /// Erases, in `log`, every payload of a redacted article still held; returns how many.
    public static func enforceRedactions(_ projection: any GraphProjection, _ log: EventLog) throws -> Int {
        var erased = 0
        for (redaction, targets) in try projection.unenforcedRedactions(in: log) {
            erased += try log.redact(targets, note: "redacted by \(redaction)")
        }
        return erased
    }

    /// The full article id for an id or a unique prefix of at least 12 hex digits.
    public func articleId(_ text: String) throws -> ArticleID {
        if Hex.isDigest(text) { return ArticleID(text) }
        guard text.count >= 12 else {
            throw ReplicaError.usage("give the article id (at least 12 hex digits), not '\(text)'")
        }
        let matches = try projection.articles(limit: nil, offset: 0).map(\.id).filter { $0.rawValue.hasPrefix(text) }
        guard matches.count == 1 else {
            throw ReplicaError(
                matches.isEmpty ? .notFound : .ambiguous,
                matches.isEmpty
                    ? "no article \(text); `dossier articles` lists them"
                    : "'\(text)' names \(matches.count) articles; give more digits")
        }
        return matches[0]
    }

    /// Runs the current extractor over stored articles (all when `articles` is nil) and appends
    /// new ArticleExtracted events; `force` re-extracts even articles already current.
    public func reextract(articles: [String]?, force: Bool = false) throws -> ReextractReport {
        let ids = try articles.map { try $0.map { try articleId($0).rawValue } }
        let stored = try projection.storedArticles(ids: ids)
        let extractor = Extractor()
        var report = ReextractReport()
        var pending: [EventDraft] = []
        for (n, article) in stored.enumerated() {
            observer(.progress(stage: "re-extracting", done: n, total: stored.count, item: article.id))
            if !force && article.extractor == Extractor.name && article.extractorVersion == Extractor.version {
                report.unchanged += 1; continue
            }
            let prepared = PreparedArticle(
                body: article.body, title: article.title, language: article.language ?? "und",
                published: article.published)
            pending.append(try EventDraft(extractor.extract(prepared, articleId: article.id)))
            report.extracted += 1
            if pending.count >= 256 { try write(pending); pending.removeAll() }
        }
        try write(pending)
        observer(.progressEnded)
        report.waiting = try projection.curationEffects(kind: nil).filter { !$0.applied }
        return report
    }
}
