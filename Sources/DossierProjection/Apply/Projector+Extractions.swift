import DossierEvents
import Foundation
import GRDB

/// What a writer needs of an extraction beyond its payload, computed where it is decoded:
/// mentions grouped by entity (keys hashed, spans sorted and unique).
struct PreparedExtraction: Sendable {
    var groups: [Projector.EntityMentions]

    init(_ x: ArticleExtracted) {
        groups = Projector.group(x)
    }

    /// The co-mention pairs of the mentions.
    var pairs: [Projector.EdgeKey] {
        var all: [(start: Int, entity: Int64)] = []
        for g in groups { for span in g.spans { all.append((span.start, g.key)) } }
        return Projector.coMentions(all)
    }
}

extension Projector {
    /// One article's mentions grouped by entity, as stored: sorted unique spans.
    struct EntityMentions: Sendable {
        var key: Int64
        var id: String
        var type: String
        var label: String
        var spans: [ArticleExtracted.Span]
    }

    /// Records an extraction and, when it is the article's best, replaces the article's rows with its rows.
    func extracted(_ event: DecodedEvent, _ x: ArticleExtracted) throws {
        let prepared = event.prepared ?? PreparedExtraction(x)
        let xkey = Keys.digest(event.id)
        let akey = Keys.digest(x.articleId)
        try exec(
            "INSERT INTO extractions(key, id, article, author, extractor, version, hlc) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING",
            [xkey, event.id, akey, event.author, x.extractor, x.extractorVersion, event.hlc])
        if db.changesCount == 0 {
            let held = try row("SELECT id FROM extractions WHERE key = ?", [xkey])?[0] as String?
            if held != event.id { throw ProjectionError.collision("event", held ?? "?", event.id) }
            report.duplicates += 1
            return
        }
        report.applied += 1
        // (A build counts aliases from the bodies at the end: no need to read the body here.)
        let read =
            staging
            ? "SELECT id, extraction, NULL FROM articles WHERE key = ?"
            : "SELECT id, extraction, body FROM articles WHERE key = ?"
        guard let article = try row(read, [akey]) else {
            try exec("INSERT INTO articles(key, id, extraction) VALUES (?, ?, ?)", [akey, x.articleId, xkey])
            try add(x, prepared, extraction: xkey, article: akey, scalars: nil)
            return
        }
        let id: String = article[0]
        guard id == x.articleId else { throw ProjectionError.collision("article", id, x.articleId) }
        let body: String? = article[2]
        let scalars = body.map { Array($0.unicodeScalars) }
        if let current = article[1] as Int64? {
            guard let held = try row("SELECT author, version, id FROM extractions WHERE key = ?", [current]) else {
                return
            }
            let heldRank = (-(held[1] as Int), held[0] as String, held[2] as String)
            guard (-x.extractorVersion, event.author, event.id) < heldRank else { return }
            try remove(article: akey, scalars: scalars)
            report.replaced += 1
        }
        try exec("UPDATE articles SET extraction = ? WHERE key = ?", [xkey, akey])
        try add(x, prepared, extraction: xkey, article: akey, scalars: scalars)
    }

    /// Groups an extraction's entities by key, dropping empty or inverted spans and entities of a
    /// type the domain does not have (``EntityType``).
    static func group(_ x: ArticleExtracted) -> [EntityMentions] {
        var order: [Int64] = []
        var byKey: [Int64: EntityMentions] = [:]
        for entity in x.entities where EntityType(rawValue: entity.type) != nil {
            let key = Keys.string(entity.id)
            if byKey[key] == nil {
                order.append(key)
                byKey[key] = EntityMentions(key: key, id: entity.id, type: entity.type, label: entity.label, spans: [])
            }
            byKey[key]!.spans += entity.mentions.filter { $0.start >= 0 && $0.end >= $0.start }
        }
        return order.compactMap { key in
            guard var group = byKey[key] else { return nil }
            group.spans = Array(Set(group.spans)).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            return group.spans.isEmpty ? nil : group
        }
    }

    /// The distinct entity pairs with mentions within ``coMentionWindow`` of each other.
    /// (Sorted by (a, b), each pair once.)
    static func coMentions(_ mentions: [(start: Int, entity: Int64)]) -> [EdgeKey] {
        let sorted = mentions.sorted { ($0.start, $0.entity) < ($1.start, $1.entity) }
        var pairs: [EdgeKey] = []
        for i in sorted.indices {
            var j = i + 1
            while j < sorted.count && sorted[j].start - sorted[i].start <= coMentionWindow {
                let a = sorted[i].entity, b = sorted[j].entity
                if a != b { pairs.append(EdgeKey(a: min(a, b), b: max(a, b))) }
                j += 1
            }
        }
        pairs.sort { ($0.a, $0.b) < ($1.a, $1.b) }
        var unique: [EdgeKey] = []
        unique.reserveCapacity(pairs.count)
        for pair in pairs where unique.last != pair { unique.append(pair) }
        return unique
    }

    /// Inserts an extraction's rows for its article and adds its contributions to the counts.
    func add(
        _ x: ArticleExtracted, _ prepared: PreparedExtraction, extraction xkey: Int64, article akey: Int64,
        scalars: [Unicode.Scalar]?
    ) throws {
        let groups = prepared.groups
        for g in groups { try noteEntity(g.key, g.id) }
        // A build appends the rows to the stage tables (in arrival order, with the extraction
        // that made them); the builder moves the winners' rows over in key order and
        // derives the aliases and co-mention pairs from them. Incremental: the tables themselves.
        let into = staging ? "stage." : ""
        let mention = try db.cachedStatement(
            sql: "INSERT INTO \(into)mentions(article, start, \"end\", entity, event) VALUES (?, ?, ?, ?, ?)")
        let articleEntity = try db.cachedStatement(
            sql: staging
                ? "INSERT INTO stage.article_entities(entity, article, mentions, first, type, label, event) VALUES (?, ?, ?, ?, ?, ?, ?)"
                : "INSERT INTO article_entities(entity, article, mentions, first, type, label) VALUES (?, ?, ?, ?, ?, ?)"
        )
        for g in groups {
            for span in g.spans {
                try Projector.run(mention) { s in
                    _ = akey.bind(to: s, at: 1); _ = span.start.bind(to: s, at: 2); _ = span.end.bind(to: s, at: 3)
                    _ = g.key.bind(to: s, at: 4); _ = xkey.bind(to: s, at: 5)
                }
                if !staging, let scalars, let surface = TextSpans.slice(scalars, span.start, span.end) {
                    aliasDeltas[AliasKey(entity: g.key, alias: surface), default: 0] += 1
                }
            }
            try Projector.run(articleEntity) { s in
                _ = g.key.bind(to: s, at: 1); _ = akey.bind(to: s, at: 2); _ = g.spans.count.bind(to: s, at: 3)
                _ = g.spans[0].start.bind(to: s, at: 4); _ = g.type.bind(to: s, at: 5); _ = g.label.bind(to: s, at: 6)
                if staging { _ = xkey.bind(to: s, at: 7) }
            }
            if staging { continue }
            entityDeltas[g.key, default: EntityDelta(id: g.id)].mentions += g.spans.count
            entityDeltas[g.key, default: EntityDelta(id: g.id)].articles += 1
            if entityDeltas[g.key]!.id.isEmpty { entityDeltas[g.key]!.id = g.id }
            nameDeltas[NameKey(entity: g.key, type: g.type, label: g.label), default: 0] += 1
        }
        if !staging { countPairs(prepared.pairs, sign: 1) }
        let value = try db.cachedStatement(
            sql:
                "INSERT OR IGNORE INTO \(into)value_mentions(article, start, \"end\", kind, value, unit, event) VALUES (?, ?, ?, ?, ?, ?, ?)"
        )
        for d in x.dates {
            try Projector.run(value) { s in
                _ = akey.bind(to: s, at: 1); _ = d.start.bind(to: s, at: 2); _ = d.end.bind(to: s, at: 3);
                _ = "date".bind(to: s, at: 4)
                Projector.bind(d.value, s, 5); Projector.bind(nil, s, 6); _ = xkey.bind(to: s, at: 7)
            }
        }
        for q in x.quantities {
            try Projector.run(value) { s in
                _ = akey.bind(to: s, at: 1); _ = q.start.bind(to: s, at: 2); _ = q.end.bind(to: s, at: 3);
                _ = "quantity".bind(to: s, at: 4)
                Projector.bind(q.value, s, 5); Projector.bind(q.unit, s, 6); _ = xkey.bind(to: s, at: 7)
            }
        }
        let fact = try db.cachedStatement(
            sql:
                "INSERT OR IGNORE INTO \(into)facts(article, start, \"end\", subject, predicate, object, \"when\", event) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        )
        for f in x.facts {
            try Projector.run(fact) { s in
                _ = akey.bind(to: s, at: 1); _ = f.start.bind(to: s, at: 2); _ = f.end.bind(to: s, at: 3);
                _ = f.subject.bind(to: s, at: 4)
                _ = f.predicate.bind(to: s, at: 5); _ = f.object.bind(to: s, at: 6); Projector.bind(f.when, s, 7);
                _ = xkey.bind(to: s, at: 8)
            }
        }
        let statement = try db.cachedStatement(
            sql:
                "INSERT OR IGNORE INTO \(into)statements(article, start, \"end\", speaker, cue, event) VALUES (?, ?, ?, ?, ?, ?)"
        )
        for st in x.statements {
            try Projector.run(statement) { s in
                _ = akey.bind(to: s, at: 1); _ = st.start.bind(to: s, at: 2); _ = st.end.bind(to: s, at: 3)
                _ = st.speaker.bind(to: s, at: 4); _ = st.cue.bind(to: s, at: 5); _ = xkey.bind(to: s, at: 6)
            }
        }
        for m in x.mergeCandidates {
            if staging {
                try exec(
                    "INSERT INTO stage.merge_candidates(article, a, b, reason, score, event) VALUES (?, ?, ?, ?, ?, ?)",
                    [akey, m.a, m.b, m.reason, m.score, xkey])
            } else {
                try exec(
                    "INSERT OR IGNORE INTO merge_candidates(article, a, b, reason, score) VALUES (?, ?, ?, ?, ?)",
                    [akey, m.a, m.b, m.reason, m.score])
            }
        }
        report.extractions += 1
    }

    /// Deletes an article's extraction rows and subtracts their contributions from the counts.
    /// (In a build, nothing to do: the staged rows of an extraction that is no longer its
    /// article's winner are left behind by the ``ProjectionBuilder``, and every count is derived there.)
    func remove(article akey: Int64, scalars: [Unicode.Scalar]?) throws {
        if staging { return }
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT start, \"end\", entity FROM mentions WHERE article = ?"), arguments: [akey])
        var all: [(start: Int, entity: Int64)] = []
        var counts: [Int64: Int] = [:]
        for row in rows {
            let start: Int = row[0], end: Int = row[1], entity: Int64 = row[2]
            all.append((start, entity))
            counts[entity, default: 0] += 1
            if let scalars, let surface = TextSpans.slice(scalars, start, end) {
                aliasDeltas[AliasKey(entity: entity, alias: surface), default: 0] -= 1
            }
        }
        for (entity, n) in counts {
            if let name = try row(
                "SELECT type, label FROM article_entities WHERE entity = ? AND article = ?", [entity, akey])
            {
                nameDeltas[NameKey(entity: entity, type: name[0], label: name[1]), default: 0] -= 1
            }
            try exec("DELETE FROM article_entities WHERE entity = ? AND article = ?", [entity, akey])
            entityDeltas[entity, default: EntityDelta(id: "")].mentions -= n
            entityDeltas[entity, default: EntityDelta(id: "")].articles -= 1
        }
        countPairs(Projector.coMentions(all), sign: -1)
        for table in ["mentions", "value_mentions", "facts", "statements", "merge_candidates"] {
            try exec("DELETE FROM \(table) WHERE article = ?", [akey])
        }
    }
}
