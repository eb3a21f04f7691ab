import DossierEvents
import Foundation
import GRDB

extension Projection {
    /// Articles with a body, newest publication first (then by id); `limit` of them after the first `offset`.
    public func articles(limit: Int? = nil, offset: Int = 0) throws(ProjectionError) -> [ArticleSummary] {
        try read("listing articles") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, title, language, source, published FROM articles WHERE body IS NOT NULL
                    ORDER BY published IS NULL, published DESC, id LIMIT ? OFFSET ?
                    """, arguments: [limit ?? -1, offset]
            ).map {
                ArticleSummary(id: $0[0], title: $0[1], language: $0[2], source: $0[3], published: $0[4])
            }
        }
    }

    /// Entities, most mentioned first, optionally of one type; `limit` of them after the first `offset`.
    public func entities(type: EntityType? = nil, limit: Int? = nil, offset: Int = 0) throws(ProjectionError)
        -> [EntitySummary]
    {
        try read("listing entities") { db in
            let rows: [Row]
            if let type {
                rows = try Row.fetchAll(
                    db,
                    sql:
                        "SELECT key, id, type, label, mentions, articles FROM entities WHERE type = ? ORDER BY mentions DESC, id LIMIT ? OFFSET ?",
                    arguments: [type, limit ?? -1, offset])
            } else {
                rows = try Row.fetchAll(
                    db,
                    sql:
                        "SELECT key, id, type, label, mentions, articles FROM entities ORDER BY mentions DESC, id LIMIT ? OFFSET ?",
                    arguments: [limit ?? -1, offset])
            }
            return try rows.map { try Projection.summary(db, $0) }
        }
    }

    static func summary(_ db: Database, _ row: Row, aliasLimit: Int = 10) throws -> EntitySummary {
        let aliases = try String.fetchAll(
            db.cachedStatement(sql: "SELECT alias FROM aliases WHERE entity = ? ORDER BY mentions DESC, alias LIMIT ?"),
            arguments: [row[0] as Int64, aliasLimit])
        return EntitySummary(
            id: row[1], type: row[2], label: row[3], aliases: aliases, mentions: row[4], articles: row[5])
    }

    static func entityRow(_ db: Database, key: Int64) throws -> Row? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT key, id, type, label, mentions, articles FROM entities WHERE key = ?"),
            arguments: [key])
    }

    /// Finds the entity named by an id, a label or an alias (case and accents ignored).
    public func resolve(_ name: String) throws(ProjectionError) -> EntityResolution {
        try read("looking up an entity") { db in try Projection.resolve(db, name) }
    }

    static func resolve(_ db: Database, _ name: String) throws -> EntityResolution {
        if let row = try entityRow(db, key: Keys.string(name)), (row[1] as String) == name {
            return .found(try summary(db, row))
        }
        let fold = TextSpans.fold(name)
        var keys = try Int64.fetchSet(db, sql: "SELECT entity FROM entity_names WHERE fold = ?", arguments: [fold])
        keys.formUnion(try Int64.fetchSet(db, sql: "SELECT entity FROM aliases WHERE fold = ?", arguments: [fold]))
        var found = try keys.compactMap { try entityRow(db, key: $0) }
            .map { try summary(db, $0) }
            .sorted { ($0.mentions, $1.id) > ($1.mentions, $0.id) }
        let byLabel = found.filter { TextSpans.fold($0.label) == fold }
        if !byLabel.isEmpty { found = byLabel }
        if found.count == 1 { return .found(found[0]) }
        if found.count > 1 { return .ambiguous(found) }
        return .notFound(suggestions: try suggestions(db, fold))
    }

    /// Entities whose names are closest to `fold` (shared words, then edit distance).
    static func suggestions(_ db: Database, _ fold: String) throws -> [EntitySummary] {
        var candidates = Set<Int64>()
        let words = fold.split(separator: " ").map(String.init).filter { $0.count >= 3 }
        for word in words.prefix(4) {
            let pattern =
                "%" + word.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "") + "%"
            candidates.formUnion(
                try Int64.fetchAll(
                    db, sql: "SELECT entity FROM entity_names WHERE fold LIKE ? LIMIT 200", arguments: [pattern]))
            candidates.formUnion(
                try Int64.fetchAll(
                    db, sql: "SELECT entity FROM aliases WHERE fold LIKE ? LIMIT 200", arguments: [pattern]))
        }
        if candidates.count < 5 {
            // Typos inside a word ("Bidn", "Scholtz"): names and aliases with a word that begins
            // like one of the query's words (its first two characters).
            for word in (words.isEmpty ? [fold] : words).prefix(4) {
                let head = String(word.prefix(2)).replacingOccurrences(of: "%", with: "").replacingOccurrences(
                    of: "_", with: "")
                guard !head.isEmpty else { continue }
                for table in ["entity_names", "aliases"] {
                    candidates.formUnion(
                        try Int64.fetchAll(
                            db, sql: "SELECT entity FROM \(table) WHERE fold LIKE ? OR fold LIKE ? LIMIT 2000",
                            arguments: [head + "%", "% " + head + "%"]))
                }
            }
        }
        var scored: [(Int, Int, EntitySummary)] = []
        for key in candidates {
            guard let row = try entityRow(db, key: key) else { continue }
            let s = try summary(db, row, aliasLimit: 5)
            let distance = ([s.label] + s.aliases).map { editDistance(TextSpans.fold($0), fold) }.min() ?? Int.max
            scored.append((distance, -s.mentions, s))
        }
        let limit = max(2, fold.count / 2)
        return scored.filter { item in
            item.0 <= limit || words.contains(where: { TextSpans.fold(item.2.label).contains($0) })
        }
        .sorted { ($0.0, $0.1, $0.2.id) < ($1.0, $1.1, $1.2.id) }
        .prefix(5).map(\.2)
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = previous
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The profile of one entity: aliases, articles, mentions in context, facts, strongest neighbours.
    ///
    /// Curation is folded in: the entities merged into it count as it (articles, mentions, facts,
    /// neighbours), and mentions moved to or from it (`mention move`) are listed and counted where
    /// they were moved. Give it the representative (see ``representative(of:)``) and, for counts
    /// that agree with the lists, the summary from ``curated(_:)``.
    public func profile(
        _ entity: EntitySummary, articleLimit: Int = 10, contextLimit: Int = 5, factLimit: Int = 20,
        neighborLimit: Int = 10
    ) throws(ProjectionError) -> EntityProfile {
        try read("reading an entity profile") { db in
            let view = try CurationView.load(db)
            let id = entity.id.rawValue, key = Keys.string(id)
            let folded = view.component(id).count > 1 || view.movesTouch(id)
            let articleRows: [Row]
            if folded {
                let counts = try Projection.curatedArticleCounts(db, view, id)
                    .sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(articleLimit)
                articleRows = try counts.compactMap { article, mentions in
                    try Row.fetchOne(
                        db, sql: "SELECT key, id, title, published, ? FROM articles WHERE key = ?",
                        arguments: [mentions, article])
                }
            } else {
                // The top articles come from the (entity, mentions DESC, article) index before any article row is read.
                articleRows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT a.key, a.id, a.title, a.published, ae.mentions FROM (
                          SELECT article, mentions FROM article_entities WHERE entity = ? ORDER BY mentions DESC, article LIMIT ?) ae
                        JOIN articles a ON a.key = ae.article ORDER BY ae.mentions DESC, a.key
                        """, arguments: [key, articleLimit])
            }
            let articles = articleRows.map { EntityArticle(id: $0[1], title: $0[2], published: $0[3], mentions: $0[4]) }
            var contexts: [MentionContext] = []
            func context(
                _ article: (key: Int64, id: ArticleID, title: String?), _ span: (start: Int, end: Int), moved: Bool
            ) throws {
                guard
                    let body = try String.fetchOne(
                        db, sql: "SELECT body FROM articles WHERE key = ?", arguments: [article.key])
                else { return }
                let scalars = Array(body.unicodeScalars)
                contexts.append(
                    MentionContext(
                        article: article.id, title: article.title, start: span.start, end: span.end,
                        surface: TextSpans.slice(scalars, span.start, span.end) ?? "",
                        sentence: TextSpans.sentence(scalars, span.start, span.end).text, moved: moved))
            }
            let moves = folded ? view.moves.filter { view.rep($0.to) == id } : []
            func isMove(_ article: Int64, _ span: (start: Int, end: Int)) -> Bool {
                moves.contains { $0.articleKey == article && $0.start == span.start && $0.end == span.end }
            }
            for row in articleRows.prefix(contextLimit) {
                let first: (start: Int, end: Int)?
                if folded {
                    first = try Projection.curatedSpans(db, view, id, article: row[0]).first
                } else {
                    first = try Row.fetchOne(
                        db,
                        sql:
                            "SELECT start, \"end\" FROM mentions WHERE article = ? AND entity = ? ORDER BY start LIMIT 1",
                        arguments: [row[0] as Int64, key]
                    ).map { ($0[0], $0[1]) }
                }
                guard let span = first else { continue }
                try context((row[0], row[1], row[2]), span, moved: isMove(row[0], span))
            }
            // Every mention moved to the entity is shown too (up to `contextLimit` more), for review.
            for move in moves.sorted(by: { ($0.article, $0.start, $0.end) < ($1.article, $1.start, $1.end) })
            where !contexts.contains(where: {
                $0.article.rawValue == move.article && $0.start == move.start && $0.end == move.end
            }) {
                guard contexts.filter(\.moved).count < contextLimit,
                    let title = try Row.fetchOne(
                        db, sql: "SELECT title FROM articles WHERE key = ?", arguments: [move.articleKey])
                else { break }
                try context((move.articleKey, ArticleID(move.article), title[0]), (move.start, move.end), moved: true)
            }
            let facts = try Projection.facts(db, entities: view.component(id), limit: factLimit)
            let neighbors = try Projection.strongest(db, view, key: key, id: id, limit: neighborLimit, depth: 1)
            return EntityProfile(
                entity: entity, articles: articles, contexts: contexts, facts: facts, neighbors: neighbors)
        }
    }
}
