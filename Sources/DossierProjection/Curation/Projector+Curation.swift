import DossierEvents
import Foundation
import GRDB

/// Per-batch curation bookkeeping of a ``Projector``.
struct CurationScratch {
    /// Article ids redacted (loaded on first use).
    var redacted: Set<String>?
    /// A curation event was applied in this batch.
    var edited = false
    /// Base rows that curation targets live in changed in this batch.
    var based = false
    /// Search shards an erased article was deleted from: merged at the end of the batch so that
    /// no term of its body stays in the index's shadow tables.
    var purge: Set<String> = []
}

extension Projector {
    /// Ids of redacted articles.
    func redactedArticles() throws -> Set<String> {
        if let known = curation.redacted { return known }
        let loaded = try String.fetchSet(db, sql: "SELECT target FROM curation WHERE kind = 'redact'")
        curation.redacted = loaded
        return loaded
    }

    /// Runs before an event is applied: records which events carry each article (so that a
    /// redaction can erase all of them) and tells whether the event must be skipped because its
    /// article was redacted.
    func curationIntercepts(_ event: DecodedEvent) throws -> Bool {
        let article: String
        switch event.body {
        case .ingested(let a): article = a.articleId
        case .extracted(let x): article = x.articleId
        case .curation, .skipped: return false
        }
        try exec("INSERT OR IGNORE INTO curation_sources(article, event, author, seq) VALUES (?, ?, ?, ?)",
                 [Keys.digest(article), event.id, event.author, event.seq])
        curation.based = true
        guard try redactedArticles().contains(article) else { return false }
        report.skipped += 1
        return true
    }

    /// Records a curation event; a redaction also erases the article's rows at once.
    func curated(_ event: DecodedEvent, _ edit: CurationEdit) throws {
        try exec("INSERT INTO curation(event, type, kind, target, value, refs, reason, article, hlc, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(event) DO NOTHING",
                 [event.id, edit.type, edit.kind, edit.target, edit.value, edit.refs.sorted().joined(separator: " "), edit.reason, edit.article, event.hlc, event.author])
        guard db.changesCount > 0 else { report.duplicates += 1; return }
        report.applied += 1
        curation.edited = true
        if edit.kind == "redact" { try erase(article: edit.target) }
    }

    /// Deletes an article and everything derived from it: body, FTS entry, extraction rows and their counts.
    func erase(article id: String) throws {
        _ = try redactedArticles()
        curation.redacted!.insert(id)
        curation.based = true
        let key = Keys.digest(id)
        if let row = try row("SELECT title, body, extraction FROM articles WHERE key = ? AND id = ?", [key, id]) {
            let title: String? = row[0], body: String? = row[1]
            if (row[2] as Int64?) != nil { try remove(article: key, scalars: body.map { Array($0.unicodeScalars) }) }
            // A bulk rebuild indexes the bodies in one pass at the end: nothing to delete yet.
            if let body, !bulk {
                let search = Keys.searchTable(key)
                try exec("INSERT INTO \(search)(\(search), rowid, title, body) VALUES ('delete', ?, ?, ?)", [key, title, body])
                curation.purge.insert(search)
            }
            try exec("DELETE FROM articles WHERE key = ?", [key])
        }
        try exec("DELETE FROM extractions WHERE article = ?", [key])
    }

    /// Re-derives effects and conflicts when this batch changed curation or the rows it targets.
    func finishCuration() throws {
        defer { curation.edited = false; curation.based = false; curation.purge = [] }
        guard !bulk else { return }
        // 'delete' only adds a tombstone; merging the shard's segments drops the erased entries
        // (secure_delete zeroes the freed pages).
        for search in curation.purge.sorted() { try exec("INSERT INTO \(search)(\(search)) VALUES ('optimize')", []) }
        if curation.edited {
            try CurationResolver.recompute(db)
        } else if curation.based, try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM curation WHERE kind <> 'redact')") == true {
            try CurationResolver.recompute(db)
        }
    }
}
