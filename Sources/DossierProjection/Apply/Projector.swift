import DossierEvents
import Foundation
import GRDB

/// Applies decoded events to the projection inside one write transaction.
///
/// Every operation is an order-independent, idempotent merge: an article keeps the earliest
/// ingestion by (hlc, event id); an article's rows come from its best extraction (highest
/// version, then lowest author, then lowest event id); counts (mentions, labels, aliases,
/// co-mention weights) are sums of per-article contributions, accumulated as deltas and
/// written once per batch by ``finish()``.
final class Projector {
    /// Two mentions closer than this many scalars (start to start) make a co-mention edge.
    static let coMentionWindow = 250

    struct NameKey: Hashable { var entity: Int64; var type: String; var label: String }
    struct AliasKey: Hashable { var entity: Int64; var alias: String }
    struct EdgeKey: Hashable { var a: Int64; var b: Int64 }
    struct EntityDelta { var id: String; var mentions = 0; var articles = 0 }

    /// Where an extraction's rows go.
    enum Mode {
        /// Into the live tables, with every count, alias, edge and search row kept up to date.
        case incremental
        /// Into the stage tables of a ``ProjectionBuilder`` (a fresh file): base rows only; the
        /// builder derives counts, labels, aliases, edges and the search index at its end.
        case staging
    }

    let db: Database
    let mode: Mode
    /// True when staging for a ``ProjectionBuilder``.
    var staging: Bool { mode == .staging }
    /// Entity ids by key (to fill in entity rows when staging and to detect key collisions).
    var entityIDs: [Int64: String] = [:]
    var entityDeltas: [Int64: EntityDelta] = [:]
    var nameDeltas: [NameKey: Int] = [:]
    var aliasDeltas: [AliasKey: Int] = [:]
    var edgeDeltas: [EdgeKey: Int] = [:]
    var checkpoints: [String: (seq: Int, id: String)] = [:]
    var changedCheckpoints: Set<String> = []
    var report = ApplyReport()
    /// Curation bookkeeping for this batch (see `Curation/Projector+Curation.swift`).
    var curation = CurationScratch()
    /// Marks curation effects stale instead of re-deriving them (a catch-up re-derives them once at its end).
    let deferCuration: Bool

    /// `deferCuration`: see ``finishCuration()``.
    init(db: Database, mode: Mode, deferCuration: Bool = false) throws {
        self.db = db
        self.mode = mode
        self.deferCuration = deferCuration
        for row in try Row.fetchAll(db, sql: "SELECT author, seq, event FROM checkpoints") {
            checkpoints[row[0]] = (row[1], row[2])
        }
    }

    /// Records an entity's id under its key (refusing two ids with one key).
    func noteEntity(_ key: Int64, _ id: String) throws {
        if let other = entityIDs[key] {
            if other != id { throw ProjectionError.collision("entity", other, id) }
        } else {
            entityIDs[key] = id
        }
    }

    /// Runs a cached statement.
    func exec(_ sql: String, _ arguments: StatementArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// Fetches one row through a cached statement.
    func row(_ sql: String, _ arguments: StatementArguments) throws -> Row? {
        try Row.fetchOne(db.cachedStatement(sql: sql), arguments: arguments)
    }

    /// Applies one event; events at or below their author's checkpoint are skipped.
    func apply(_ event: DecodedEvent) throws {
        let done = checkpoints[event.author]?.seq ?? 0
        if event.seq <= done {
            report.duplicates += 1
            return
        }
        if try curationIntercepts(event) {
            // The article was redacted: nothing of it is projected.
        } else {
            switch event.body {
            case .ingested(let article): try ingested(event, article)
            case .extracted(let extraction): try extracted(event, extraction)
            case .curation(let edit): try curated(event, edit)
            case .skipped: report.skipped += 1
            }
        }
        if event.seq == done + 1 {
            checkpoints[event.author] = (event.seq, event.id)
            changedCheckpoints.insert(event.author)
        }
    }

    /// Counts co-mention pairs once more (`sign` 1) or once less (-1).
    func countPairs(_ pairs: [EdgeKey], sign: Int) {
        for pair in pairs { edgeDeltas[pair, default: 0] += sign }
    }

    /// Writes the accumulated deltas and checkpoints.
    func finish() throws {
        if staging {
            // Aliases and ids are handed to the builder (summed over batches, written at its end).
            entityDeltas.removeAll(); nameDeltas.removeAll()
        } else {
            try flushNames()
            try flushAliases()
            try flushEdges()
            try flushEntities()
        }
        try finishCuration()
        for author in changedCheckpoints.sorted() {
            guard let cp = checkpoints[author] else { continue }
            try exec(
                "INSERT INTO checkpoints(author, seq, event) VALUES (?, ?, ?) ON CONFLICT(author) DO UPDATE SET seq = excluded.seq, event = excluded.event",
                [author, cp.seq, cp.id])
        }
        changedCheckpoints.removeAll()
    }

    private func flushNames() throws {
        for (key, delta) in nameDeltas where delta != 0 {
            try exec(
                "INSERT INTO entity_names(entity, type, label, fold, articles) VALUES (?, ?, ?, ?, ?) ON CONFLICT(entity, type, label) DO UPDATE SET articles = articles + excluded.articles",
                [key.entity, key.type, key.label, TextSpans.fold(key.label), delta])
            if delta < 0 {
                try exec(
                    "DELETE FROM entity_names WHERE entity = ? AND type = ? AND label = ? AND articles <= 0",
                    [key.entity, key.type, key.label])
            }
        }
    }

    private func flushAliases() throws {
        for (key, delta) in aliasDeltas where delta != 0 {
            try exec(
                "INSERT INTO aliases(entity, alias, fold, mentions) VALUES (?, ?, ?, ?) ON CONFLICT(entity, alias) DO UPDATE SET mentions = mentions + excluded.mentions",
                [key.entity, key.alias, TextSpans.fold(key.alias), delta])
            if delta < 0 {
                try exec(
                    "DELETE FROM aliases WHERE entity = ? AND alias = ? AND mentions <= 0", [key.entity, key.alias])
            }
        }
        aliasDeltas.removeAll()
    }

    private func flushEdges() throws {
        for (key, delta) in edgeDeltas where delta != 0 {
            for (s, t) in [(key.a, key.b), (key.b, key.a)] {
                try exec(
                    "INSERT INTO edges(source, target, weight) VALUES (?, ?, ?) ON CONFLICT(source, target) DO UPDATE SET weight = weight + excluded.weight",
                    [s, t, delta])
                if delta < 0 { try exec("DELETE FROM edges WHERE source = ? AND target = ? AND weight <= 0", [s, t]) }
            }
        }
        edgeDeltas.removeAll()
    }

    private func flushEntities() throws {
        for (key, delta) in entityDeltas where delta.mentions != 0 || delta.articles != 0 {
            guard
                let row = try row(
                    "INSERT INTO entities(key, id, type, label, mentions, articles) VALUES (?, ?, '', '', ?, ?) ON CONFLICT(key) DO UPDATE SET mentions = mentions + excluded.mentions, articles = articles + excluded.articles RETURNING id, articles",
                    [key, delta.id, delta.mentions, delta.articles])
            else { continue }
            let id: String = row[0]
            if !delta.id.isEmpty && id != delta.id { throw ProjectionError.collision("entity", id, delta.id) }
            let articles: Int = row[1]
            if articles <= 0 { try exec("DELETE FROM entities WHERE key = ?", [key]) }
        }
        let touched = Set(nameDeltas.keys.map(\.entity)).union(entityDeltas.keys)
        for key in touched {
            guard
                let best = try row(
                    "SELECT type, label FROM entity_names WHERE entity = ? ORDER BY articles DESC, type, label LIMIT 1",
                    [key])
            else { continue }
            try exec(
                "UPDATE entities SET type = ?, label = ? WHERE key = ? AND (type <> ?1 OR label <> ?2)",
                [best[0] as String, best[1] as String, key])
        }
        entityDeltas.removeAll()
        nameDeltas.removeAll()
    }
}
