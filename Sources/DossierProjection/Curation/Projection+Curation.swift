import DossierEvents
import Foundation
import GRDB

extension Projection {
    /// The current writes of a register (those no other write supersedes), best first: what a new
    /// write to it supersedes.
    public func registerHeads(kind: CurationKind, target: String) throws(ProjectionError) -> [String] {
        try read("reading curation") { db in
            let writes = try Row.fetchAll(
                db,
                sql:
                    "SELECT event, type, kind, target, value, refs, article, hlc, author FROM curation WHERE target = ? AND kind = ?",
                arguments: [target, kind.rawValue]
            ).map { row -> CurationResolver.Write in
                let refs: String = row[5]
                return .init(
                    event: row[0], type: row[1], kind: row[2], target: row[3], value: row[4],
                    refs: refs.split(separator: " ").map(String.init), article: row[6], hlc: row[7], author: row[8])
            }
            return CurationResolver.heads(writes).map(\.event)
        }
    }

    /// Ids of the `AliasAdded` events in force for an entity whose alias folds like `alias`.
    public func aliasAdds(entity: String, alias: String) throws(ProjectionError) -> [String] {
        try read("reading curation") { db in
            try Row.fetchAll(
                db, sql: "SELECT event, value FROM curation_effects WHERE kind = 'alias' AND target = ?",
                arguments: [entity]
            )
            .filter { TextSpans.fold($0[1]) == TextSpans.fold(alias) }.map { $0[0] as String }
        }
    }

    /// Effects in force, optionally of one kind.
    public func curationEffects(kind: CurationKind? = nil) throws(ProjectionError) -> [CurationEffect] {
        try read("reading curation") { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT kind, target, value, event, applied FROM curation_effects WHERE ?1 IS NULL OR kind = ?1 ORDER BY kind, target, value",
                arguments: [kind?.rawValue]
            ).map { CurationEffect(kind: $0[0], target: $0[1], value: $0[2], event: $0[3], applied: $0[4]) }
        }
    }

    /// Ids of retracted facts.
    public func retractedFacts() throws(ProjectionError) -> Set<FactID> {
        Set(try curationEffects(kind: .fact).map { FactID($0.target) })
    }

    /// Curation conflicts with every side, by kind and target.
    public func curationConflicts() throws(ProjectionError) -> [CurationConflict] {
        try read("reading conflicts") { db in
            try Row.fetchAll(
                db, sql: "SELECT id, target, kind, winner, losers FROM conflicts ORDER BY kind, target, id"
            ).map { row in
                let losers = (row[4] as String).split(separator: " ").map(String.init)
                let winner: String = row[3]
                let sides = try ([winner] + losers).compactMap { id -> ConflictSide? in
                    guard
                        let s = try Row.fetchOne(
                            db, sql: "SELECT event, type, author, hlc, value, reason FROM curation WHERE event = ?",
                            arguments: [id])
                    else { return nil }
                    return ConflictSide(event: s[0], type: s[1], author: s[2], hlc: s[3], value: s[4], reason: s[5])
                }
                return CurationConflict(
                    id: row[0], target: row[1], kind: row[2], winner: winner, losers: losers, sides: sides)
            }
        }
    }

    /// The representative an entity is merged into, nil when it is not merged.
    public func representative(of entity: String) throws(ProjectionError) -> String? {
        try read("reading curation") { db in
            try String.fetchOne(
                db, sql: "SELECT value FROM curation_effects WHERE kind = 'merge' AND target = ?", arguments: [entity])
        }
    }

    /// A fact by id (full `fact:…` id or a unique prefix), with its article; nil when none matches.
    /// Throws `notFound` when the prefix names several facts.
    public func fact(id: String) throws(ProjectionError) -> FactRecord? {
        var found: [String: FactRecord] = [:]
        for record in try facts() where record.id.rawValue.hasPrefix(id) {
            found[record.id.rawValue] = found[record.id.rawValue] ?? record
        }
        guard found.count <= 1 else {
            throw ProjectionError(
                code: .notFound,
                message:
                    "'\(id)' is the start of \(found.count) fact ids (\(found.keys.sorted().prefix(3).joined(separator: ", "))…); give more of the id"
            )
        }
        return found.values.first
    }

    /// The entity ids a mention span is attributed to by the extraction.
    public func mentionEntities(article: String, start: Int, end: Int) throws(ProjectionError) -> [String] {
        try read("reading mentions") { db in
            try String.fetchAll(
                db,
                sql:
                    "SELECT e.id FROM mentions m JOIN entities e ON e.key = m.entity WHERE m.article = ? AND m.start = ? AND m.\"end\" = ? ORDER BY e.id",
                arguments: [Keys.digest(article), start, end])
        }
    }

    /// Every event that shaped an entity (its extractions and the curation naming it) or a fact, oldest first.
    public func history(of target: String) throws(ProjectionError) -> [HistoryItem] {
        try read("reading history") { db in
            var items: [HistoryItem] = []
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT event, type, author, hlc, kind, target, value, reason FROM curation
                    WHERE target = ?1 OR (kind IN ('merge', 'mention') AND value = ?1) ORDER BY hlc, author, event
                    """, arguments: [target])
            for r in rows {
                let kind: String = r[4], t: String = r[5], value: String? = r[6]
                let what: String
                switch (kind, value) {
                case ("merge", nil): what = "unmerged \(t)"
                case ("merge", let v?): what = "merged \(t) into \(v)"
                case ("fact", nil): what = "restored \(t)"
                case ("fact", _): what = "retracted \(t)"
                case ("mention", let v?): what = "moved mention \(t) to \(v)"
                case ("alias", let v?): what = "added alias \"\(v)\" to \(t)"
                case ("unalias", let v?): what = "removed alias \"\(v)\" from \(t)"
                case ("redact", _): what = "redacted article \(t)"
                case (let k, let v): what = "set \(k) of \(t) to \(v.map { "\"\($0)\"" } ?? "none")"
                }
                items.append(HistoryItem(event: r[0], type: r[1], author: r[2], hlc: r[3], summary: what, reason: r[7]))
            }
            let extractions = try Row.fetchAll(
                db,
                sql: """
                    SELECT x.id, x.author, x.hlc, a.id, x.extractor, x.version, ae.mentions FROM article_entities ae
                    JOIN articles a ON a.key = ae.article JOIN extractions x ON x.key = a.extraction
                    WHERE ae.entity = ? ORDER BY x.hlc, x.author, x.id
                    """, arguments: [Keys.string(target)])
            for r in extractions {
                items.append(
                    HistoryItem(
                        event: r[0], type: "ArticleExtracted", author: r[1], hlc: r[2],
                        summary:
                            "\(r[4] as String) v\(r[5] as Int) found \(r[6] as Int) mentions in article \(ArticleID(r[3] as String).short)",
                        reason: nil))
            }
            return items.sorted { ($0.hlc, $0.author, $0.event) < ($1.hlc, $1.author, $1.event) }
        }
    }

    /// Articles with a body, for re-extraction: all of them, or those named.
    public func storedArticles(ids: [String]? = nil) throws(ProjectionError) -> [StoredArticle] {
        try read("reading articles") { db in
            let sql = """
                SELECT a.id, a.body, a.title, a.language, a.published, x.extractor, x.version FROM articles a
                LEFT JOIN extractions x ON x.key = a.extraction WHERE a.body IS NOT NULL
                """
            let rows: [Row]
            if let ids {
                rows = try ids.compactMap {
                    try Row.fetchOne(db, sql: sql + " AND a.key = ? AND a.id = ?", arguments: [Keys.digest($0), $0])
                }
            } else {
                rows = try Row.fetchAll(db, sql: sql + " ORDER BY a.key")
            }
            return rows.map {
                StoredArticle(
                    id: $0[0], body: $0[1], title: $0[2], language: $0[3], published: $0[4], extractor: $0[5],
                    extractorVersion: $0[6])
            }
        }
    }
}

extension Projection {
    /// A curation event by id or unique prefix (at least 8 hex digits).
    public func curationEvent(prefix: String) throws(ProjectionError) -> CurationRecord? {
        guard prefix.count >= 8 else { return nil }
        return try read("reading curation") { db in
            let rows = try Row.fetchAll(
                db,
                sql:
                    "SELECT event, type, kind, target, value, refs, reason, author, hlc, article FROM curation WHERE event >= ? AND event < ? LIMIT 2",
                arguments: [prefix, prefix + "g"])
            guard rows.count == 1, let r = rows.first else { return nil }
            return CurationRecord(
                event: r[0], type: r[1], kind: r[2], target: r[3], value: r[4],
                refs: (r[5] as String).split(separator: " ").map(String.init), reason: r[6], author: r[7], hlc: r[8],
                article: r[9])
        }
    }
}
