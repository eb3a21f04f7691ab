import DossierEvents
import Foundation
import GRDB

extension Projection {
    /// Entities as curation shows them: merged entities folded into their representative (mentions
    /// summed, articles counted once, the merged labels kept as aliases — members missing from
    /// `entities` are read in), moved mentions counted for the entity they were moved to (an entity
    /// left with none is dropped), labels and types set by editors, aliases added or hidden.
    public func curated(_ entities: [EntitySummary]) throws(ProjectionError) -> [EntitySummary] {
        try read("reading curation") { db in try Projection.curated(db, entities) }
    }

    static func curated(_ db: Database, _ entities: [EntitySummary]) throws -> [EntitySummary] {
        let view = try CurationView.load(db)
        let effects = try Row.fetchAll(
            db,
            sql:
                "SELECT kind, target, value FROM curation_effects WHERE applied = 1 AND kind IN ('label', 'type', 'alias', 'unalias') ORDER BY kind, target, value"
        )
        guard !view.isEmpty || !effects.isEmpty else { return entities }
        var labels: [String: String] = [:], types: [String: EntityType] = [:]
        var added: [String: [String]] = [:], hidden: [String: Set<String>] = [:]
        for e in effects {
            let target: String = e[1], value: String = e[2]
            switch e[0] as String {
            case "label": labels[target] = value
            case "type": types[target] = EntityType(rawValue: value)
            case "alias": added[target, default: []].append(value)
            default: hidden[target, default: []].insert(TextSpans.fold(value))
            }
        }
        var order: [String] = []
        var given: [String: EntitySummary] = [:]
        for entity in entities {
            let rep = view.rep(entity.id.rawValue)
            if given[rep] == nil { order.append(rep) }
            if entity.id.rawValue == rep || given[rep] == nil { given[rep] = entity }
        }
        var out: [EntitySummary] = []
        for rep in order {
            guard var e = try folded(db, view, rep, given: given[rep]!) else { continue }
            if let label = labels[rep] { e.label = label }
            if let type = types[rep] { e.type = type }
            var seen = Set<String>()
            let hide = hidden[rep] ?? []
            e.aliases = (e.aliases + (added[rep] ?? [])).filter { alias in
                let f = TextSpans.fold(alias)
                return !hide.contains(f) && seen.insert(f).inserted
            }
            out.append(e)
        }
        return out.sorted { ($0.mentions, $1.id) > ($1.mentions, $0.id) }
    }

    /// One representative with its merge component folded in and moved mentions counted; nil when
    /// moves left it without mentions. `given` is the row the caller listed (the representative's
    /// own when listed, else a member's).
    static func folded(_ db: Database, _ view: CurationView, _ rep: String, given: EntitySummary) throws
        -> EntitySummary?
    {
        let members = view.component(rep)
        var e = given
        if members.count > 1 || given.id.rawValue != rep {
            guard let row = try entityRow(db, key: Keys.string(rep)) else { return given }
            e = try summary(db, row)
            for member in members where member != rep {
                guard let row = try entityRow(db, key: Keys.string(member)) else { continue }
                let m = try summary(db, row)
                e.mentions += m.mentions
                e.aliases += [m.label] + m.aliases
            }
            e.articles = try articleCounts(db, Set(members.map(Keys.string))).count
        }
        guard view.movesTouch(rep) else { return e }
        let deltas = view.moveDeltas(rep)
        guard !deltas.isEmpty else { return e }
        let base = try articleCounts(db, view.componentKeys(rep), only: Set(deltas.keys))
        for (article, delta) in deltas {
            let before = base[article] ?? 0
            e.mentions += delta
            e.articles += (before + delta > 0 ? 1 : 0) - (before > 0 ? 1 : 0)
        }
        return e.mentions > 0 ? e : nil
    }

    /// Extracted mentions per article of a set of entities (summed), optionally only in some articles.
    static func articleCounts(_ db: Database, _ keys: Set<Int64>, only: Set<Int64>? = nil) throws -> [Int64: Int] {
        var counts: [Int64: Int] = [:]
        for key in keys.sorted() {
            if let only {
                let statement = try db.cachedStatement(
                    sql: "SELECT mentions FROM article_entities WHERE entity = ? AND article = ?")
                for article in only.sorted() {
                    if let n = try Int.fetchOne(statement, arguments: [key, article]) {
                        counts[article, default: 0] += n
                    }
                }
            } else {
                for row in try Row.fetchAll(
                    db.cachedStatement(sql: "SELECT article, mentions FROM article_entities WHERE entity = ?"),
                    arguments: [key])
                {
                    counts[row[0] as Int64, default: 0] += row[1] as Int
                }
            }
        }
        return counts
    }

    /// An entity's mentions per article as curation shows them: its merge component's, with moved
    /// mentions taken out of and added to it; articles left with none are dropped.
    static func curatedArticleCounts(_ db: Database, _ view: CurationView, _ rep: String) throws -> [Int64: Int] {
        var counts = try articleCounts(db, view.componentKeys(rep))
        for (article, delta) in view.moveDeltas(rep) { counts[article, default: 0] += delta }
        return counts.filter { $0.value > 0 }
    }

    /// The spans of an entity's mentions in one article as curation shows them, in order.
    static func curatedSpans(_ db: Database, _ view: CurationView, _ rep: String, article: Int64) throws -> [(
        start: Int, end: Int
    )] {
        let keys = view.componentKeys(rep)
        let moved = view.moves.filter { $0.articleKey == article }
        var spans = Set<[Int]>()
        for row in try Row.fetchAll(
            db.cachedStatement(sql: "SELECT start, \"end\", entity FROM mentions WHERE article = ?"),
            arguments: [article])
        {
            let start: Int = row[0], end: Int = row[1]
            guard keys.contains(row[2] as Int64), !moved.contains(where: { $0.start == start && $0.end == end }) else {
                continue
            }
            spans.insert([start, end])
        }
        for move in moved where view.rep(move.to) == rep { spans.insert([move.start, move.end]) }
        return spans.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }.map { ($0[0], $0[1]) }
    }
}
