import DossierEvents
import Foundation
import GRDB

extension Projection {
    /// The neighbourhood of an entity: its `limit` strongest co-mention neighbours, then theirs, up to `depth`.
    public func neighbors(of entity: EntitySummary, depth: Int = 1, limit: Int = 10) throws -> [Neighbor] {
        try read("reading neighbours") { db in
            try Projection.strongest(db, key: Keys.string(entity.id), id: entity.id, limit: limit, depth: depth)
        }
    }

    static func label(_ db: Database, _ key: Int64) throws -> (id: String, label: String, type: String)? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, label, type FROM entities WHERE key = ?"), arguments: [key]) else { return nil }
        return (row[0], row[1], row[2])
    }

    /// Breadth-first over the strongest `limit` edges of each node, nodes first reached at the smallest depth.
    static func strongest(_ db: Database, key: Int64, id: String, limit: Int, depth: Int) throws -> [Neighbor] {
        var seen: Set<Int64> = [key]
        var frontier: [(key: Int64, id: String)] = [(key, id)]
        var out: [Neighbor] = []
        let statement = try db.cachedStatement(sql: "SELECT target, weight FROM edges WHERE source = ? ORDER BY weight DESC, target LIMIT ?")
        for level in 1...max(1, depth) {
            var next: [(key: Int64, id: String)] = []
            for node in frontier {
                for row in try Row.fetchAll(statement, arguments: [node.key, limit]) {
                    let target: Int64 = row[0]
                    guard seen.insert(target).inserted, let info = try label(db, target) else { continue }
                    out.append(Neighbor(id: info.id, label: info.label, type: info.type, weight: row[1], depth: level, via: node.id))
                    next.append((target, info.id))
                }
            }
            frontier = next
            if frontier.isEmpty { break }
        }
        return out
    }

    /// The shortest co-mention path from `a` to `b` (at most `maxDepth` edges), with evidence per edge; nil when none.
    public func path(from a: EntitySummary, to b: EntitySummary, maxDepth: Int = 6) throws -> [PathStep]? {
        try read("finding a path") { db in
            let start = Keys.string(a.id), goal = Keys.string(b.id)
            if start == goal { return [] }
            guard let keys = try Projection.shortestPath(db, start, goal, maxDepth: maxDepth) else { return nil }
            var steps: [PathStep] = []
            for (x, y) in zip(keys, keys.dropFirst()) {
                guard let from = try Projection.label(db, x), let to = try Projection.label(db, y) else { return nil }
                steps.append(try Projection.evidence(db, from: (x, from.id, from.label), to: (y, to.id, to.label)))
            }
            return steps
        }
    }

    /// Bidirectional breadth-first search; expands the smaller frontier each round.
    static func shortestPath(_ db: Database, _ start: Int64, _ goal: Int64, maxDepth: Int) throws -> [Int64]? {
        let statement = try db.cachedStatement(sql: "SELECT target FROM edges WHERE source = ?")
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
                let cursor = try Int64.fetchCursor(statement, arguments: [node])
                while let target = try cursor.next() {
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

    /// The evidence for an edge: a fact linking the two if any, else the closest co-mention in the first article mentioning both.
    static func evidence(_ db: Database, from: (key: Int64, id: String, label: String), to: (key: Int64, id: String, label: String)) throws -> PathStep {
        var step = PathStep(from: from.id, fromLabel: from.label, to: to.id, toLabel: to.label, kind: "co-mention", predicate: nil, article: "", sentence: "")
        if let fact = try Row.fetchOne(db, sql: """
            SELECT f.article, f.start, f."end", f.predicate, a.id, a.body FROM facts f JOIN articles a ON a.key = f.article
            WHERE (f.subject = ? AND f.object = ?) OR (f.subject = ?2 AND f.object = ?1) ORDER BY a.id, f.start LIMIT 1
            """, arguments: [from.id, to.id]), let body = fact[5] as String? {
            let scalars = Array(body.unicodeScalars)
            step.kind = "fact"
            step.predicate = fact[3]
            step.article = fact[4]
            step.sentence = TextSpans.sentence(scalars, fact[1], fact[2]).text
            return step
        }
        let rows = try Row.fetchAll(db, sql: """
            SELECT m1.article, m1.start, m1."end", m2.start, m2."end" FROM article_entities x
            JOIN article_entities y ON y.entity = ? AND y.article = x.article
            JOIN mentions m1 ON m1.article = x.article AND m1.entity = x.entity
            JOIN mentions m2 ON m2.article = x.article AND m2.entity = y.entity
            WHERE x.entity = ? AND x.article = (SELECT x2.article FROM article_entities x2 JOIN article_entities y2 ON y2.entity = ? AND y2.article = x2.article
                                                WHERE x2.entity = ? ORDER BY x2.article LIMIT 1)
            """, arguments: [to.key, from.key, to.key, from.key])
        guard let best = rows.min(by: { abs(($0[1] as Int) - ($0[3] as Int)) < abs(($1[1] as Int) - ($1[3] as Int)) }),
              let article = try Row.fetchOne(db, sql: "SELECT id, body FROM articles WHERE key = ?", arguments: [best[0] as Int64]) else { return step }
        step.article = article[0]
        if let body = article[1] as String? {
            let scalars = Array(body.unicodeScalars)
            let lo = min(best[1] as Int, best[3] as Int), hi = max(best[2] as Int, best[4] as Int)
            step.sentence = TextSpans.sentence(scalars, lo, hi, limit: 300).text
        }
        return step
    }
}
