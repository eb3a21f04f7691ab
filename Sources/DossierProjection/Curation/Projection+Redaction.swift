import DossierEvents
import DossierLog
import Foundation
import GRDB

extension Projection {
    /// The events this projection knows carry an article (every ingestion and extraction of it).
    public func articleEvents(_ article: String) throws(ProjectionError) -> [RedactionTarget] {
        try read("reading article events") { db in
            try Row.fetchAll(
                db, sql: "SELECT author, seq, event FROM curation_sources WHERE article = ? ORDER BY author, seq",
                arguments: [Keys.digest(article)]
            ).map { RedactionTarget(author: $0[0], seq: $0[1], id: $0[2]) }
        }
    }

    /// True when a redaction of this article is held.
    public func isRedacted(_ article: String) throws(ProjectionError) -> Bool {
        try read("reading curation") { db in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS(SELECT 1 FROM curation WHERE kind = 'redact' AND target = ?)",
                arguments: [article]) ?? false
        }
    }

    /// Events of redacted articles whose payloads `log` still holds, with the redaction that erases each.
    public func unenforcedRedactions(in log: EventLog) throws(ProjectionError) -> [(
        redaction: String, targets: [RedactionTarget]
    )] {
        let done = log.redactedIds()
        let redactions = try read("reading curation") { db in
            try Row.fetchAll(db, sql: "SELECT event, target FROM curation WHERE kind = 'redact' ORDER BY event").map {
                ($0[0] as String, $0[1] as String)
            }
        }
        var out: [(redaction: String, targets: [RedactionTarget])] = []
        var seen = Set<String>()
        for (event, article) in redactions where !seen.contains(article) {
            seen.insert(article)
            let targets = try articleEvents(article).filter {
                !done.contains($0.id) && (log.head(of: $0.author)?.seq ?? 0) >= $0.seq
            }
            if !targets.isEmpty { out.append((event, targets)) }
        }
        return out
    }

    /// From now on, SQLite overwrites deleted content with zeros (this connection; see `scrub`).
    public func secureDelete() throws(ProjectionError) {
        do {
            try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA secure_delete = ON") }
        } catch {
            throw ProjectionError.database("enabling secure delete", path: path, error)
        }
    }

    /// Leaves no byte of deleted rows in the database files: optionally rewrites the whole file
    /// (`VACUUM`, needed when the rows were deleted without ``secureDelete()``), then checkpoints
    /// and truncates the WAL. (Applying a redaction already merged the search shard it touched.)
    public func scrub(vacuum: Bool) throws(ProjectionError) {
        do {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA secure_delete = ON")
                if vacuum { try db.execute(sql: "VACUUM") }
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        } catch {
            throw ProjectionError.database("scrubbing deleted rows", path: path, error)
        }
    }
}
