import DossierEvents
import Foundation
import GRDB
import GRDBSQLite

/// Derives `curation_effects` and `conflicts` from the `curation` rows and the base rows.
///
/// A pure function of the set of curation events (and of the base rows, themselves a function
/// of the set of events), recomputed whole at the end of a batch that touched curation or,
/// when curation exists, the extraction rows its targets live in.
enum CurationResolver {
    struct Write {
        var event: String
        var type: String
        var kind: String
        var target: String
        var value: String?
        var refs: [String]
        var article: String?
        var hlc: Int
        var author: String

        /// Last writer wins: the larger (hlc, author, event id).
        func beats(_ other: Write) -> Bool { (hlc, author, event) > (other.hlc, other.author, other.event) }
    }

    struct Effect: Hashable {
        var kind: String
        var target: String
        var value: String
    }

    /// The register's current writes: those no other write of the register supersedes, best first.
    static func heads(_ writes: [Write]) -> [Write] {
        let superseded = Set(writes.flatMap(\.refs))
        return writes.filter { !superseded.contains($0.event) }.sorted { $0.beats($1) }
    }

    /// Whether a register's heads agree: every one of them is a `ConflictResolved` writing the same
    /// value (two editors settled the same conflict the same way). Such heads are not a conflict;
    /// resolutions that pick different values are a conflict like any other (the largest
    /// (hlc, author, event) wins, and it is listed).
    static func agree(_ heads: [Write]) -> Bool {
        guard let first = heads.first else { return true }
        return heads.allSatisfy { $0.type == ConflictResolved.eventType && $0.value == first.value }
    }

    /// Whether a deferred catch-up left the effects and conflicts stale (see `Projector.finishCuration`).
    static func isStale(_ db: Database) -> Bool {
        (try? Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM meta WHERE key = 'curationStale')")))
            == true
    }

    /// A register: the writes to one (target, kind).
    struct Register: Hashable {
        var target: String
        var kind: String
    }

    /// Recomputes every effect and conflict (and clears the stale mark).
    ///
    /// The rows are read in table order and grouped by register; the effects are written in
    /// primary key order.
    static func recompute(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM meta WHERE key = 'curationStale'")
        let writes = try loadAll(db)
        var effects: [Effect: (event: String, article: String?)] = [:]
        func put(_ kind: String, _ target: String, _ value: String, _ event: String, _ article: String? = nil) {
            let key = Effect(kind: kind, target: target, value: value)
            if let held = effects[key], held.event <= event { return }
            effects[key] = (event, article)
        }
        var conflicts: [(id: String, target: String, kind: String, winner: String, losers: [String])] = []
        var links: [String: (into: String, event: String)] = [:]
        var adds: [Int] = [], removes: [Int] = []
        var registers: [Register: [Int]] = [:]
        // By index: copying a Write retains each of its strings.
        for i in writes.indices {
            switch writes[i].kind {
            case "alias": adds.append(i)
            case "unalias": removes.append(i)
            case let kind where CurationEdit.registerKinds.contains(kind):
                registers[Register(target: writes[i].target, kind: kind), default: []].append(i)
            default: continue
            }
        }
        for (_, members) in registers {
            let current = headIndices(writes, members)
            guard let first = current.first else { continue }
            let winner = writes[first]
            if current.count > 1 && !agree(current.map { writes[$0] }) {
                conflicts.append(
                    (
                        id: CurationIds.conflict(
                            kind: winner.kind, target: winner.target, heads: current.map { writes[$0].event }),
                        target: winner.target, kind: winner.kind, winner: winner.event,
                        losers: current.dropFirst().map { writes[$0].event }
                    ))
            }
            guard let value = winner.value else { continue }
            switch winner.kind {
            case "merge": if value != winner.target { links[winner.target] = (value, winner.event) }
            case "fact":
                // The article named by the register's first write (by event id) that names one.
                let named = members.filter { writes[$0].article != nil }.min { writes[$0].event < writes[$1].event }
                put("fact", winner.target, value, winner.event, named.flatMap { writes[$0].article })
            default: put(winner.kind, winner.target, value, winner.event)
            }
        }
        for (entity, rep) in representatives(links) { put("merge", entity, rep, links[entity]?.event ?? "") }
        // Aliases: an observed-remove set; a removal with nothing left to remove hides an extracted alias.
        var removed = Set<String>()
        for i in removes { removed.formUnion(writes[i].refs) }
        var active = Set<String>()
        let removing = Set(removes.map { writes[$0].target })
        for i in adds where !removed.contains(writes[i].event) {
            let add = writes[i]
            guard let alias = add.value else { continue }
            put("alias", add.target, alias, add.event)
            // Only removals look the set up: fold the aliases of entities that have some.
            if removing.contains(add.target) { active.insert(add.target + "\u{1F}" + fold(alias)) }
        }
        for i in removes {
            let remove = writes[i]
            guard let alias = remove.value, !active.contains(remove.target + "\u{1F}" + fold(alias)) else { continue }
            put("unalias", remove.target, alias, remove.event)
        }
        try db.execute(sql: "DELETE FROM curation_effects")
        try db.execute(sql: "DELETE FROM conflicts")
        let insert = try db.cachedStatement(
            sql: "INSERT INTO curation_effects(kind, target, value, event, applied) VALUES (?, ?, ?, ?, ?)")
        var exists = Existence(db: db)
        for (key, held) in effects.sorted(by: {
            ($0.key.kind, $0.key.target, $0.key.value) < ($1.key.kind, $1.key.target, $1.key.value)
        }) {
            let applied = try exists.applies(key, article: held.article)
            try Projector.run(insert) { s in
                _ = key.kind.bind(to: s, at: 1); _ = key.target.bind(to: s, at: 2); _ = key.value.bind(to: s, at: 3)
                _ = held.event.bind(to: s, at: 4); _ = (applied ? 1 : 0).bind(to: s, at: 5)
            }
        }
        let conflict = try db.cachedStatement(
            sql: "INSERT INTO conflicts(id, target, kind, winner, losers) VALUES (?, ?, ?, ?, ?)")
        for c in conflicts.sorted(by: { $0.id < $1.id }) {
            try Projector.run(conflict) { s in
                _ = c.id.bind(to: s, at: 1); _ = c.target.bind(to: s, at: 2); _ = c.kind.bind(to: s, at: 3)
                _ = c.winner.bind(to: s, at: 4); _ = c.losers.joined(separator: " ").bind(to: s, at: 5)
            }
        }
    }

    /// Re-evaluates `applied` for every effect, after a batch that changed base rows (articles,
    /// extractions) but no curation row: effects and conflicts are functions of the curation rows
    /// alone, so only whether their targets exist can have changed. A fraction of ``recompute(_:)``
    /// (it reads the effects instead of re-deriving them), so that ingesting into a heavily curated
    /// projection does not redo the curation.
    static func refreshApplied(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT kind, target, value, applied FROM curation_effects")
        var exists = Existence(db: db)
        let update = try db.cachedStatement(
            sql: "UPDATE curation_effects SET applied = ? WHERE kind = ? AND target = ? AND value = ?")
        // A fact effect checks the article named by the register's first write (by event id) that names one, as recompute does.
        let factArticle = try db.cachedStatement(
            sql:
                "SELECT article FROM curation WHERE target = ? AND kind = 'fact' AND article IS NOT NULL ORDER BY event LIMIT 1"
        )
        for row in rows {
            let key = Effect(kind: row[0], target: row[1], value: row[2])
            let article = key.kind == "fact" ? try String.fetchOne(factArticle, arguments: [key.target]) : nil
            let applied = try exists.applies(key, article: article)
            if applied != (row[3] as Bool) {
                try update.execute(arguments: [applied ? 1 : 0, key.kind, key.target, key.value])
            }
        }
    }

    /// Every curation row, in table order, read through SQLite's C interface
    /// (`article` only for facts: nothing else uses it).
    static func loadAll(_ db: Database) throws -> [Write] {
        let statement = try db.makeStatement(
            sql: "SELECT event, type, kind, target, value, refs, article, hlc, author FROM curation")
        let s = statement.sqliteStatement
        func text(_ column: CInt) -> String? {
            guard let p = sqlite3_column_text(s, column) else { return nil }
            return String(
                decoding: UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(s, column))), as: UTF8.self)
        }
        // Authors repeat: the previous row's String is reused while the bytes are the same.
        var lastAuthor = ""
        func author() -> String {
            guard let p = sqlite3_column_text(s, 8) else { return "" }
            let count = Int(sqlite3_column_bytes(s, 8))
            let same =
                lastAuthor.utf8.count == count
                && lastAuthor.utf8.withContiguousStorageIfAvailable { memcmp($0.baseAddress!, p, count) == 0 } == true
            if !same { lastAuthor = String(decoding: UnsafeBufferPointer(start: p, count: count), as: UTF8.self) }
            return lastAuthor
        }
        var out: [Write] = []
        while true {
            let code = sqlite3_step(s)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code),
                    message: String(cString: sqlite3_errmsg(sqlite3_db_handle(s))), sql: statement.sql)
            }
            let refs = text(5) ?? ""
            let kind = text(2) ?? ""
            out.append(
                Write(
                    event: text(0) ?? "", type: text(1) ?? "", kind: kind, target: text(3) ?? "", value: text(4),
                    refs: refs.isEmpty ? [] : refs.split(separator: " ").map(String.init),
                    article: kind == "fact" ? text(6) : nil,  // only a fact's effect names its article
                    hlc: Int(sqlite3_column_int64(s, 7)), author: author()))
        }
        return out
    }

    /// ``heads(_:)`` of the register whose writes are `writes[members]`, as indices into `writes`, best first.
    static func headIndices(_ writes: [Write], _ members: [Int]) -> [Int] {
        if members.count == 1 {
            let w = writes[members[0]]
            return w.refs.contains(w.event) ? [] : members
        }
        var superseded = Set<String>()
        for i in members { superseded.formUnion(writes[i].refs) }
        return members.filter { !superseded.contains(writes[$0].event) }.sorted { writes[$0].beats(writes[$1]) }
    }

    /// `TextSpans.fold`, without Foundation for the common case: printable ASCII words separated by
    /// single spaces fold to their lowercase (case folding is lowercasing there, and there are no
    /// diacritics, wide forms or runs of white space to fold).
    static func fold(_ text: String) -> String {
        var simple = true
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            guard (0x21...0x7E).contains(byte) || (byte == 0x20 && previous != 0x20) else { simple = false; break }
            previous = byte
        }
        guard simple, previous != 0x20 else { return TextSpans.fold(text) }
        return String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// Each linked entity's representative: the component's one entity not merged into another,
    /// or, when the links form a cycle, the smallest id of the component.
    static func representatives(_ links: [String: (into: String, event: String)]) -> [String: String] {
        var parent: [String: String] = [:]
        func find(_ x: String) -> String {
            var root = x
            while let p = parent[root], p != root { root = p }
            var node = x
            while let p = parent[node], p != root { parent[node] = root; node = p }
            return root
        }
        for (a, link) in links {
            if parent[a] == nil { parent[a] = a }
            if parent[link.into] == nil { parent[link.into] = link.into }
            let ra = find(a), rb = find(link.into)
            if ra != rb { if ra < rb { parent[rb] = ra } else { parent[ra] = rb } }
        }
        var members: [String: [String]] = [:]
        for node in parent.keys { members[find(node), default: []].append(node) }
        var out: [String: String] = [:]
        for (_, group) in members {
            let sinks = group.filter { links[$0] == nil }
            let rep = sinks.count == 1 ? sinks[0] : group.min()!
            for node in group where node != rep { out[node] = rep }
        }
        return out
    }

    /// Whether targets exist in the projection's base rows (memoized per recompute).
    struct Existence {
        let db: Database
        var entities: [String: Bool] = [:]
        var facts: [String: Set<String>] = [:]

        /// Whether an effect's targets exist: the fact (in `article`), the mention and the entity it
        /// moves to, both ends of a merge, or the entity that a label, type or alias names.
        mutating func applies(_ effect: Effect, article: String?) throws -> Bool {
            switch effect.kind {
            case "fact": return try fact(effect.target, article: article)
            case "mention":
                let mention = try mention(effect.target)
                let to = try entity(effect.value)
                return mention && to
            case "merge":
                let from = try entity(effect.target)
                let to = try entity(effect.value)
                return from && to
            default: return try entity(effect.target)
            }
        }

        mutating func entity(_ id: String) throws -> Bool {
            if let known = entities[id] { return known }
            let found =
                try String.fetchOne(
                    db.cachedStatement(sql: "SELECT id FROM entities WHERE key = ?"), arguments: [Keys.string(id)])
                == id
            entities[id] = found
            return found
        }

        mutating func fact(_ id: String, article: String?) throws -> Bool {
            guard let article else { return false }
            if facts[article] == nil {
                let rows = try Row.fetchAll(
                    db.cachedStatement(
                        sql: "SELECT start, \"end\", subject, predicate, object FROM facts WHERE article = ?"),
                    arguments: [Keys.digest(article)])
                facts[article] = Set(
                    rows.map {
                        CurationIds.fact(
                            article: article, start: $0[0], end: $0[1], subject: $0[2], predicate: $0[3], object: $0[4])
                    })
            }
            return facts[article]!.contains(id)
        }

        func mention(_ id: String) throws -> Bool {
            guard let m = CurationIds.parseMention(id) else { return false }
            return try Bool.fetchOne(
                db.cachedStatement(
                    sql: "SELECT EXISTS(SELECT 1 FROM mentions WHERE article = ? AND start = ? AND \"end\" = ?)"),
                arguments: [Keys.digest(m.article), m.start, m.end]) ?? false
        }
    }
}
