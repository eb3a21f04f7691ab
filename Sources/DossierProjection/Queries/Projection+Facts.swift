import DossierEvents
import DossierLog
import Foundation
import GRDB

extension Projection {
    /// Facts with provenance, optionally about one entity (as subject or object; with the entities
    /// merged into it) or with one predicate.
    public func facts(entity: EntityID? = nil, predicate: String? = nil, limit: Int? = nil) throws(ProjectionError)
        -> [FactRecord]
    {
        try read("listing facts") { db in
            guard let entity else {
                return try Projection.facts(db, entity: nil, predicate: predicate, limit: limit ?? -1)
            }
            let view = try CurationView.load(db)
            return try Projection.facts(
                db, entities: view.component(view.rep(entity.rawValue)), predicate: predicate, limit: limit ?? -1)
        }
    }

    /// The order of fact listings: dated facts first by date, then by article key and span (the primary key breaks ties).
    static let factOrder = #"f."when" IS NULL, f."when", f.article, f.start, f."end", f.subject, f.predicate, f.object"#

    static func facts(_ db: Database, entity: String?, predicate: String?, limit: Int) throws -> [FactRecord] {
        if let entity, predicate == nil, limit >= 0 { return try topFacts(db, entity: entity, limit: limit) }
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let entity {
            conditions.append("(f.subject = ? OR f.object = ?)")
            arguments += [entity, entity]
        }
        if let predicate {
            conditions.append("f.predicate = ?")
            arguments += [predicate]
        }
        arguments += [limit]
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT f.subject, f.predicate, f.object, f."when", a.id, f.start, f."end", x.id,
                       substr(a.body, f.start + 1, f."end" - f.start)
                FROM facts f JOIN articles a ON a.key = f.article JOIN extractions x ON x.key = f.event
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY \(factOrder) LIMIT ?
                """, arguments: arguments)
        return try rows.map { try record(db, $0) }
    }

    /// The first `limit` facts about any of `entities` (a merge component) in ``factOrder``, each once.
    static func facts(_ db: Database, entities: [String], predicate: String? = nil, limit: Int) throws -> [FactRecord] {
        if entities.count == 1 { return try facts(db, entity: entities[0], predicate: predicate, limit: limit) }
        var byId: [String: FactRecord] = [:]
        for entity in entities {
            for fact in try facts(db, entity: entity, predicate: predicate, limit: limit) {
                byId[fact.id.rawValue] = fact
            }
        }
        let sorted = byId.values.sorted { FactKey($0) < FactKey($1) }
        return Array(limit < 0 ? sorted[...] : sorted.prefix(limit))
    }

    static func record(_ db: Database, _ row: Row) throws -> FactRecord {
        let subject: String = row[0], predicate: String = row[1], object: String = row[2]
        let article: String = row[4], start: Int = row[5], end: Int = row[6]
        return FactRecord(
            id: FactID(
                CurationIds.fact(
                    article: article, start: start, end: end, subject: subject, predicate: predicate, object: object)),
            subject: subject, subjectLabel: try label(db, Keys.string(subject))?.label, predicate: predicate,
            object: object, objectLabel: try label(db, Keys.string(object))?.label, when: row[3],
            article: ArticleID(article), start: start, end: end, evidence: row[8], event: row[7])
    }

    /// A fact's sort key and primary key, as read from the (subject, when) and (object, when) indexes.
    struct FactKey: Hashable, Comparable {
        var when: String?
        var article: Int64
        var start: Int
        var end: Int
        var subject: String
        var predicate: String
        var object: String
        init(when: String?, article: Int64, start: Int, end: Int, subject: String, predicate: String, object: String) {
            self.when = when; self.article = article; self.start = start; self.end = end
            self.subject = subject; self.predicate = predicate; self.object = object
        }
        init(_ f: FactRecord) {
            self.init(
                when: f.when, article: Keys.digest(f.article.rawValue), start: f.start, end: f.end, subject: f.subject,
                predicate: f.predicate, object: f.object)
        }
        static func < (a: FactKey, b: FactKey) -> Bool {
            if (a.when == nil) != (b.when == nil) { return b.when == nil }
            if a.when != b.when { return a.when! < b.when! }
            return (a.article, a.start, a.end, a.subject, a.predicate, a.object) < (
                b.article, b.start, b.end, b.subject, b.predicate, b.object
            )
        }
    }

    /// The first `limit` facts about an entity in ``factOrder``: at most `limit` keys from each index range
    /// (subject or object; dated, then undated) in index order, merged; then the rows of those alone.
    static func topFacts(_ db: Database, entity: String, limit: Int) throws -> [FactRecord] {
        var keys = Set<FactKey>()
        for column in ["subject", "object"] {
            for dated in [true, false] {
                let statement = try db.cachedStatement(
                    sql: """
                        SELECT "when", article, start, "end", subject, predicate, object FROM facts
                        WHERE \(column) = ? AND "when" IS \(dated ? "NOT NULL" : "NULL")
                        ORDER BY "when", article, start, "end", subject, predicate, object LIMIT ?
                        """)
                for row in try Row.fetchAll(statement, arguments: [entity, limit]) {
                    keys.insert(
                        FactKey(
                            when: row[0], article: row[1], start: row[2], end: row[3], subject: row[4],
                            predicate: row[5], object: row[6]))
                }
            }
        }
        let statement = try db.cachedStatement(
            sql: """
                SELECT f.subject, f.predicate, f.object, f."when", a.id, f.start, f."end", x.id,
                       substr(a.body, f.start + 1, f."end" - f.start)
                FROM facts f JOIN articles a ON a.key = f.article JOIN extractions x ON x.key = f.event
                WHERE f.article = ? AND f.start = ? AND f."end" = ? AND f.subject = ? AND f.predicate = ? AND f.object = ?
                """)
        var out: [FactRecord] = []
        for key in keys.sorted() where out.count < limit {
            guard
                let row = try Row.fetchOne(
                    statement, arguments: [key.article, key.start, key.end, key.subject, key.predicate, key.object])
            else { continue }
            out.append(try record(db, row))
        }
        return out
    }

    /// Dated items in order: facts with a date and, for an entity, dates written near its mentions.
    public func timeline(entity: EntitySummary? = nil, limit: Int = 200) throws(ProjectionError) -> [TimelineEntry] {
        try read("building a timeline") { db in
            var out: [TimelineEntry] = []
            for fact in try Projection.facts(db, entity: entity?.id.rawValue, predicate: nil, limit: -1)
            where fact.when != nil {
                out.append(
                    TimelineEntry(
                        date: fact.when!, kind: "fact",
                        text:
                            "\(fact.subjectLabel ?? fact.subject) \(fact.predicate) \(fact.objectLabel ?? fact.object)",
                        article: fact.article))
            }
            if let entity {
                let key = Keys.string(entity.id.rawValue)
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT DISTINCT a.id, a.body, v.start, v."end", v.value FROM article_entities ae
                        JOIN value_mentions v ON v.article = ae.article AND v.kind = 'date' AND v.value IS NOT NULL
                        JOIN mentions m ON m.article = ae.article AND m.entity = ae.entity AND abs(m.start - v.start) <= 200
                        JOIN articles a ON a.key = ae.article
                        WHERE ae.entity = ? ORDER BY v.value, a.id, v.start LIMIT ?
                        """, arguments: [key, limit])
                for row in rows {
                    guard let body = row[1] as String? else { continue }
                    let sentence = TextSpans.sentence(Array(body.unicodeScalars), row[2], row[3]).text
                    out.append(TimelineEntry(date: row[4], kind: "date", text: sentence, article: row[0]))
                }
            }
            return Array(
                out.sorted { ($0.date, $0.kind, $0.article, $0.text) < ($1.date, $1.kind, $1.article, $1.text) }.prefix(
                    limit))
        }
    }
}
