import DossierEvents
import Foundation
import GRDB

extension Projection {
    /// The neighbourhood of an entity: its `limit` strongest co-mention neighbours, then theirs, up to `depth`.
    ///
    /// Merges are folded in: a merged entity is one node, its representative; its neighbours are
    /// those of all its members, and a weight that combines several co-mention edges is recounted
    /// from the mentions: the number of articles where the two nodes are mentioned within the
    /// co-mention window of each other (what an edge's weight is).
    public func neighbors(of entity: EntitySummary, depth: Int = 1, limit: Int = 10) throws(ProjectionError)
        -> [Neighbor]
    {
        try read("reading neighbours") { db in
            let view = try CurationView.load(db)
            let rep = view.rep(entity.id.rawValue)
            return try Projection.strongest(db, view, key: Keys.string(rep), id: rep, limit: limit, depth: depth)
        }
    }

    static func label(_ db: Database, _ key: Int64) throws -> (id: String, label: String, type: EntityType)? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT id, label, type FROM entities WHERE key = ?"), arguments: [key])
        else { return nil }
        return (row[0], row[1], row[2])
    }

    /// Breadth-first over the strongest `limit` edges of each node, nodes first reached at the smallest depth.
    static func strongest(_ db: Database, _ view: CurationView, key: Int64, id: String, limit: Int, depth: Int) throws
        -> [Neighbor]
    {
        var seen: Set<Int64> = [key]
        var frontier: [(key: Int64, id: String)] = [(key, id)]
        var out: [Neighbor] = []
        for level in 1...max(1, depth) {
            var next: [(key: Int64, id: String)] = []
            for node in frontier {
                for edge in try strongestEdges(db, view, node.key, limit: limit) {
                    guard seen.insert(edge.target).inserted, let info = try label(db, edge.target) else { continue }
                    out.append(
                        Neighbor(
                            id: EntityID(info.id), label: info.label, type: info.type, weight: edge.weight,
                            depth: level, via: EntityID(node.id)))
                    next.append((edge.target, info.id))
                }
            }
            frontier = next
            if frontier.isEmpty { break }
        }
        return out
    }

    /// A node's `limit` strongest edges, by weight then target key. Without merges, the `edges`
    /// rows. With merges, nodes are representatives: the edges of every member are read (all of
    /// them for a merged node; for another node its strongest `limit + m` plus those to the `m`
    /// entities involved in merges, enough for the top `limit` after folding), their targets mapped
    /// to representatives, and a weight gathered from several edges recounted from the mentions.
    static func strongestEdges(_ db: Database, _ view: CurationView, _ node: Int64, limit: Int) throws -> [(
        target: Int64, weight: Int
    )] {
        let top = try db.cachedStatement(
            sql: "SELECT target, weight FROM edges WHERE source = ? ORDER BY weight DESC, target LIMIT ?")
        if view.representative.isEmpty {
            return try Row.fetchAll(top, arguments: [node, limit]).map { ($0[0], $0[1]) }
        }
        let members = view.componentKeys(key: node)
        let involved = Array(view.representativeKeys.keys) + Array(view.memberKeys.keys)
        let toInvolved = try db.cachedStatement(sql: "SELECT target, weight FROM edges WHERE source = ? AND target = ?")
        let all = try db.cachedStatement(sql: "SELECT target, weight FROM edges WHERE source = ?")
        var parts: [Int64: [Int64: Int]] = [:]  // representative → (target member → weight), for one source member
        var sources: [Int64: Set<Int64>] = [:]  // representative → source members with an edge to it
        for member in members {
            var rows: [Row]
            if members.count > 1 {
                rows = try Row.fetchAll(all, arguments: [member])
            } else {
                rows = try Row.fetchAll(top, arguments: [member, limit + involved.count])
                for target in involved { rows += try Row.fetchAll(toInvolved, arguments: [member, target]) }
            }
            for row in rows {
                let target: Int64 = row[0], weight: Int = row[1]
                let rep = view.repKey(target)
                if rep == node { continue }
                parts[rep, default: [:]][target] = max(parts[rep]?[target] ?? 0, weight)
                sources[rep, default: []].insert(member)
            }
        }
        var out: [(target: Int64, weight: Int)] = []
        for (rep, targets) in parts {
            if targets.count == 1 && sources[rep]!.count == 1 {
                out.append((rep, targets.values.first!))
            } else {
                out.append((rep, try coMentionArticles(db, Set(members), Set(view.componentKeys(key: rep)))))
            }
        }
        return Array(out.sorted { ($0.weight, $1.target) > ($1.weight, $0.target) }.prefix(limit))
    }

    /// The number of articles where an entity of `a` and an entity of `b` are mentioned within the
    /// co-mention window of each other: the weight of the edge between the two sets, as the
    /// projection counts an edge between two entities.
    static func coMentionArticles(_ db: Database, _ a: Set<Int64>, _ b: Set<Int64>) throws -> Int {
        let articlesOf = try db.cachedStatement(sql: "SELECT article FROM article_entities WHERE entity = ?")
        var inA = Set<Int64>(), inB = Set<Int64>()
        for key in a { inA.formUnion(try Int64.fetchAll(articlesOf, arguments: [key])) }
        for key in b { inB.formUnion(try Int64.fetchAll(articlesOf, arguments: [key])) }
        let mentions = try db.cachedStatement(sql: "SELECT start, entity FROM mentions WHERE article = ?")
        var count = 0
        for article in inA.intersection(inB) {
            let rows = try Row.fetchAll(mentions, arguments: [article]).compactMap { row -> (start: Int, side: Int)? in
                let entity: Int64 = row[1]
                return a.contains(entity) ? (row[0], 0) : b.contains(entity) ? (row[0], 1) : nil
            }.sorted { ($0.start, $0.side) < ($1.start, $1.side) }
            var lastStart = [Int.min / 2, Int.min / 2]
            for m in rows {
                if m.start - lastStart[1 - m.side] <= Projector.coMentionWindow { count += 1; break }
                lastStart[m.side] = m.start
            }
        }
        return count
    }

    /// The shortest co-mention path from `a` to `b` (at most `maxDepth` edges), with evidence per
    /// edge; nil when none. Merged entities are one node (their representative): the path goes
    /// through it, and each step's evidence may come from any of its members.
    public func path(from a: EntitySummary, to b: EntitySummary, maxDepth: Int = 6) throws(ProjectionError)
        -> [PathStep]?
    {
        try read("finding a path") { db in
            let view = try CurationView.load(db)
            let start = Keys.string(view.rep(a.id.rawValue)), goal = Keys.string(view.rep(b.id.rawValue))
            if start == goal { return [] }
            guard let keys = try Projection.shortestPath(db, view, start, goal, maxDepth: maxDepth) else { return nil }
            var steps: [PathStep] = []
            for (x, y) in zip(keys, keys.dropFirst()) {
                guard let from = try Projection.label(db, x), let to = try Projection.label(db, y) else { return nil }
                steps.append(
                    try Projection.evidence(
                        db, from: (view.componentKeys(key: x), from.id, from.label),
                        to: (view.componentKeys(key: y), to.id, to.label), view: view))
            }
            return steps
        }
    }

    /// A node's neighbours in key order: its edges' targets, or, with merges, those of its members mapped to representatives.
    static func adjacent(_ db: Database, _ view: CurationView, _ node: Int64) throws -> [Int64] {
        let statement = try db.cachedStatement(sql: "SELECT target FROM edges WHERE source = ?")
        if view.representative.isEmpty { return try Int64.fetchAll(statement, arguments: [node]) }
        var out = Set<Int64>()
        for member in view.componentKeys(key: node) {
            for target in try Int64.fetchAll(statement, arguments: [member]) { out.insert(view.repKey(target)) }
        }
        out.remove(node)
        return out.sorted()
    }

    /// Bidirectional breadth-first search; expands the smaller frontier each round.
    static func shortestPath(_ db: Database, _ view: CurationView, _ start: Int64, _ goal: Int64, maxDepth: Int) throws
        -> [Int64]?
    {
        var parentsA: [Int64: Int64] = [start: start], parentsB: [Int64: Int64] = [goal: goal]
        var frontierA: [Int64] = [start], frontierB: [Int64] = [goal]
        var depth = 0
        func join(_ meet: Int64) -> [Int64] {
            var left: [Int64] = [meet], node = meet
            while let p = parentsA[node], p != node { left.append(p); node = p }
            var right: [Int64] = []
            node = meet
            while let p = parentsB[node], p != node { right.append(p); node = p }
            return left.reversed() + right
        }
        while !frontierA.isEmpty && !frontierB.isEmpty && depth < maxDepth {
            depth += 1
            let expandA = frontierA.count <= frontierB.count
            var next: [Int64] = []
            var meets: [Int64] = []
            for node in (expandA ? frontierA : frontierB) {
                for target in try adjacent(db, view, node) {
                    if expandA {
                        guard parentsA[target] == nil else { continue }
                        parentsA[target] = node
                        if parentsB[target] != nil { meets.append(target) }
                    } else {
                        guard parentsB[target] == nil else { continue }
                        parentsB[target] = node
                        if parentsA[target] != nil { meets.append(target) }
                    }
                    next.append(target)
                }
            }
            if let meet = meets.min() { return join(meet) }
            if expandA { frontierA = next } else { frontierB = next }
        }
        return nil
    }

    /// The evidence for an edge between two nodes (each a representative with its merge
    /// component): a fact linking a member of one to a member of the other if any (first by
    /// article id and start), else the closest co-mention in the first article (by key) mentioning both.
    static func evidence(
        _ db: Database, from: (keys: [Int64], id: String, label: String),
        to: (keys: [Int64], id: String, label: String),
        view: CurationView
    ) throws -> PathStep {
        var step = PathStep(
            from: EntityID(from.id), fromLabel: from.label, to: EntityID(to.id), toLabel: to.label, kind: "co-mention",
            predicate: nil, article: ArticleID(""), sentence: "")
        let fromIds = view.component(from.id), toIds = view.component(to.id)
        func marks(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ", ") }
        let ids = "(\(marks(fromIds.count)))", others = "(\(marks(toIds.count)))"
        if let fact = try Row.fetchOne(
            db,
            sql: """
                SELECT f.article, f.start, f."end", f.predicate, a.id, a.body FROM facts f JOIN articles a ON a.key = f.article
                WHERE (f.subject IN \(ids) AND f.object IN \(others)) OR (f.subject IN \(others) AND f.object IN \(ids))
                ORDER BY a.id, f.start, f."end", f.subject, f.predicate, f.object LIMIT 1
                """, arguments: StatementArguments(fromIds + toIds + toIds + fromIds)), let body = fact[5] as String?
        {
            let scalars = Array(body.unicodeScalars)
            step.kind = "fact"
            step.predicate = fact[3]
            step.article = fact[4]
            step.sentence = TextSpans.sentence(scalars, fact[1], fact[2]).text
            return step
        }
        let xs = "(\(marks(from.keys.count)))", ys = "(\(marks(to.keys.count)))"
        guard
            let shared = try Int64.fetchOne(
                db,
                sql: """
                    SELECT x.article FROM article_entities x JOIN article_entities y ON y.article = x.article AND y.entity IN \(ys)
                    WHERE x.entity IN \(xs) ORDER BY x.article LIMIT 1
                    """, arguments: StatementArguments(to.keys + from.keys))
        else { return step }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT m1.start, m1."end", m2.start, m2."end" FROM mentions m1 JOIN mentions m2 ON m2.article = m1.article AND m2.entity IN \(ys)
                WHERE m1.article = ? AND m1.entity IN \(xs) ORDER BY m1.start, m1."end", m2.start, m2."end"
                """, arguments: StatementArguments(to.keys + [shared] + from.keys))
        guard let best = rows.min(by: { abs(($0[0] as Int) - ($0[2] as Int)) < abs(($1[0] as Int) - ($1[2] as Int)) }),
            let article = try Row.fetchOne(db, sql: "SELECT id, body FROM articles WHERE key = ?", arguments: [shared])
        else { return step }
        step.article = article[0]
        if let body = article[1] as String? {
            let scalars = Array(body.unicodeScalars)
            let lo = min(best[0] as Int, best[2] as Int), hi = max(best[1] as Int, best[3] as Int)
            step.sentence = TextSpans.sentence(scalars, lo, hi, limit: 300).text
        }
        return step
    }
}
