import DossierEvents
import DossierExtraction
import DossierLog
import DossierProjection
import Foundation

extension Replica {
    /// Ingests `sources`: each is decoded and cleaned into articles; a new article becomes an
    /// ArticleIngested and an ArticleExtracted event, appended in durable batches of `batch`
    /// events and applied to the projection. An article whose body is held, or was redacted, is
    /// skipped. Progress and each item's result go to the observer; the report holds them all.
    public func ingest(_ sources: [any IngestSource], batch: Int = 256) throws -> IngestReport {
        let started = Date()
        var report = IngestReport()
        let entitiesBefore = try projection.entityCount(), factsBefore = try projection.factCount()
        var known = Set<String>()
        let preparer = ArticlePreparer()
        let extractor = Extractor()
        var pending: [EventDraft] = []
        func flush() throws {
            report.events += try write(pending).count
            pending.removeAll(keepingCapacity: true)
        }
        func record(_ item: IngestItem) {
            report.items.append(item)
            observer(.ingested(item))
        }
        for (n, source) in sources.enumerated() {
            observer(.progress(stage: "ingesting", done: n, total: sources.count, item: source.name))
            let articles: [PreparedArticle]
            do {
                articles = try preparer.prepare(bytes: try source.read(), sourceName: source.name)
            } catch {
                let message =
                    switch error {
                    case let error as ExtractionError: error.message
                    case let error as ReplicaError: error.message
                    default: "\(source.name): \(error)"
                    }
                report.failed += 1
                record(IngestItem(source: source.name, status: .failed, message: message))
                continue
            }
            for article in articles {
                let id = Hex.sha256(Array(article.body.utf8))
                if try known.contains(id) || projection.hasArticle(id: id) {
                    report.duplicate += 1
                    record(IngestItem(source: source.name, status: .duplicate, article: ArticleID(id)))
                    continue
                }
                known.insert(id)
                if try projection.isRedacted(id) {
                    report.duplicate += 1
                    record(IngestItem(source: source.name, status: .redacted, article: ArticleID(id)))
                    continue
                }
                let ingested = ArticleIngested(
                    articleId: id, source: article.url ?? source.name, title: article.title, language: article.language,
                    published: article.published, ingestedAt: clock(), body: article.body,
                    boilerplate: article.boilerplate, format: article.format, encoding: article.encoding,
                    encodingFallback: article.encodingFallback)
                pending.append(try EventDraft(ingested))
                pending.append(try EventDraft(extractor.extract(article, articleId: id)))
                report.new += 1
                record(IngestItem(source: source.name, status: .new, article: ArticleID(id)))
                if pending.count >= batch { try flush() }
            }
        }
        try flush()
        observer(.progressEnded)
        report.entities = try projection.entityCount() - entitiesBefore
        report.facts = try projection.factCount() - factsBefore
        report.seconds = Date().timeIntervalSince(started)
        return report
    }
}
