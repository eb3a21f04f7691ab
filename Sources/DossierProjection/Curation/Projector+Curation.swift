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
        // The partial index holds only redactions (the planner would scan curation_target instead).
        let loaded = try String.fetchSet(
            db, sql: "SELECT target FROM curation INDEXED BY curation_redactions WHERE kind = 'redact'")
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
        try exec(
            "INSERT OR IGNORE INTO curation_sources(article, event, author, seq) VALUES (?, ?, ?, ?)",
            [Keys.digest(article), event.id, event.author, event.seq])
        curation.based = true
        guard try redactedArticles().contains(article) else { return false }
        report.skipped += 1
        return true
    }

    /// Records a curation event; a redaction also erases the article's rows at once.
    func curated(_ event: DecodedEvent, _ edit: CurationEdit) throws {
        let insert = try db.cachedStatement(
            sql:
                "INSERT INTO curation(event, type, kind, target, value, refs, reason, article, hlc, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(event) DO NOTHING"
        )
        let refs = edit.refs.count < 2 ? (edit.refs.first ?? "") : edit.refs.sorted().joined(separator: " ")
        try Projector.run(insert) { s in
            _ = event.id.bind(to: s, at: 1); _ = edit.type.bind(to: s, at: 2); _ = edit.kind.bind(to: s, at: 3)
            _ = edit.target.bind(to: s, at: 4); Projector.bind(edit.value, s, 5); _ = refs.bind(to: s, at: 6)
            Projector.bind(edit.reason, s, 7); Projector.bind(edit.article, s, 8);
            _ = Int64(event.hlc).bind(to: s, at: 9)
            _ = event.author.bind(to: s, at: 10)
        }
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
            // A build indexes the bodies in one pass at the end: nothing to delete yet.
            if let body, !staging {
                let search = Keys.searchTable(key)
                try exec(
                    "INSERT INTO \(search)(\(search), rowid, title, body) VALUES ('delete', ?, ?, ?)",
                    [key, title, body])
                curation.purge.insert(search)
            }
            try exec("DELETE FROM articles WHERE key = ?", [key])
        }
        try exec("DELETE FROM extractions WHERE article = ?", [key])
    }

    /// Re-derives effects and conflicts when this batch changed curation; re-evaluates only which
    /// effects apply when it changed just the rows curation targets.
    ///
    /// When the projector defers curation (a catch-up of many batches), it only marks the derived
    /// rows stale (in `meta`, in the same transaction) and ``Projection/finishDeferredCuration()``
    /// recomputes them once at the end: re-deriving them from every curation row after each batch
    /// made a long catch-up quadratic. A stale mark left by an interrupted catch-up is cleared by the
    /// next batch applied without deferral, or by the next catch-up.
    func finishCuration() throws {
        defer { curation.edited = false; curation.based = false; curation.purge = [] }
        guard !staging else { return }
        // 'delete' only adds a tombstone; merging the shard's segments drops the erased entries
        // (secure_delete zeroes the freed pages).
        for search in curation.purge.sorted() { try exec("INSERT INTO \(search)(\(search)) VALUES ('optimize')", []) }
        let needed: Bool
        if curation.edited {
            needed = true
        } else if curation.based {
            needed = try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM curation WHERE kind <> 'redact')") == true
        } else {
            needed = false
        }
        if deferCuration {
            if needed {
                try exec("INSERT INTO meta(key, value) VALUES ('curationStale', '1') ON CONFLICT(key) DO NOTHING", [])
            }
        } else if curation.edited || CurationResolver.isStale(db) {
            try CurationResolver.recompute(db)
        } else if needed {
            // Only base rows changed (an ingest into a curated projection): the effects stand,
            // whether their targets exist may not.
            try CurationResolver.refreshApplied(db)
        }
    }
}

extension Projection {
    /// Re-derives curation effects and conflicts when a deferred catch-up (or an interrupted one)
    /// left them stale; one transaction. Returns whether it recomputed.
    @discardableResult
    func finishDeferredCuration() throws(ProjectionError) -> Bool {
        do {
            // Most catch-ups find nothing to do: look before taking the write lock.
            guard try writer.read({ db in CurationResolver.isStale(db) }) else { return false }
            return try writer.write { db in
                guard CurationResolver.isStale(db) else { return false }
                try CurationResolver.recompute(db)
                return true
            }
        } catch {
            throw ProjectionError.database("deriving curation effects", path: path, error)
        }
    }
}
