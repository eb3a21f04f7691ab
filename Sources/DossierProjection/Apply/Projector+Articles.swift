import DossierEvents
import Foundation
import GRDB

extension Projector {
    /// An article's body and metadata: the earliest ingestion by (hlc, event id) gives the metadata.
    func ingested(_ event: DecodedEvent, _ article: ArticleIngested) throws {
        guard Hex.sha256(Array(article.body.utf8)) == article.articleId else {
            report.rejected.append(
                "event \(event.id): ArticleIngested body does not hash to its article id \(article.articleId); not projected"
            )
            return
        }
        let key = Keys.digest(article.articleId)
        guard
            let row = try row(
                "SELECT id, body IS NOT NULL, ingest_hlc, ingest_event, title, extraction FROM articles WHERE key = ?",
                [key])
        else {
            try exec(
                "INSERT INTO articles(key, id, title, language, source, published, ingested_at, body, ingest_event, ingest_hlc, extraction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                [
                    key, article.articleId, article.title, article.language, article.source, article.published,
                    article.ingestedAt, article.body, event.id, event.hlc,
                ])
            // A build indexes every body at the end in one pass (ProjectionBuilder.finish).
            if !staging {
                try exec(
                    "INSERT INTO \(Keys.searchTable(key))(rowid, title, body) VALUES (?, ?, ?)",
                    [key, article.title, article.body])
            }
            report.applied += 1
            report.articles += 1
            return
        }
        let id: String = row[0]
        guard id == article.articleId else { throw ProjectionError.collision("article", id, article.articleId) }
        let hasBody: Bool = row[1]
        if !hasBody {
            try exec(
                "UPDATE articles SET title = ?, language = ?, source = ?, published = ?, ingested_at = ?, body = ?, ingest_event = ?, ingest_hlc = ? WHERE key = ?",
                [
                    article.title, article.language, article.source, article.published, article.ingestedAt,
                    article.body,
                    event.id, event.hlc, key,
                ])
            if !staging {
                try exec(
                    "INSERT INTO \(Keys.searchTable(key))(rowid, title, body) VALUES (?, ?, ?)",
                    [key, article.title, article.body])
            }
            if !staging, (row[5] as Int64?) != nil {
                try aliases(article: key, scalars: Array(article.body.unicodeScalars), sign: 1)
            }
            report.applied += 1
            report.articles += 1
            return
        }
        let hlc: Int = row[2]
        let winner: String = row[3]
        guard (event.hlc, event.id) < (hlc, winner) else {
            report.applied += 1
            return
        }
        let oldTitle: String? = row[4]
        try exec(
            "UPDATE articles SET title = ?, language = ?, source = ?, published = ?, ingested_at = ?, ingest_event = ?, ingest_hlc = ? WHERE key = ?",
            [
                article.title, article.language, article.source, article.published, article.ingestedAt, event.id,
                event.hlc, key,
            ])
        if oldTitle != article.title && !staging {
            let search = Keys.searchTable(key)
            try exec(
                "INSERT INTO \(search)(\(search), rowid, title, body) VALUES ('delete', ?, ?, ?)",
                [key, oldTitle, article.body])
            try exec("INSERT INTO \(search)(rowid, title, body) VALUES (?, ?, ?)", [key, article.title, article.body])
        }
        report.applied += 1
    }

    /// Adds (`sign` 1) or removes (-1) the alias counts of an article's stored mentions.
    func aliases(article: Int64, scalars: [Unicode.Scalar], sign: Int) throws {
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT start, \"end\", entity FROM mentions WHERE article = ?"),
            arguments: [article])
        for row in rows {
            guard let surface = TextSpans.slice(scalars, row[0], row[1]) else { continue }
            aliasDeltas[AliasKey(entity: row[2], alias: surface), default: 0] += sign
        }
    }
}
