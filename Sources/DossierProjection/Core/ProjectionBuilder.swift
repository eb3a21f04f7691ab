import DossierEvents
import DossierLog
import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#endif

#if os(Linux)
    /// glibc's malloc_trim(3) (in <malloc.h>, which the Glibc module does not export).
    @_silgen_name("malloc_trim") private func glibcMallocTrim(_ pad: Int) -> Int32
#endif

/// Builds a projection from nothing, for a rebuild or a snapshot of the past.
///
/// ``replay(from:hlcLimit:batchEvents:progress:)`` applies events to a fresh file with fast,
/// non-durable settings: articles and curation go to their tables, every extraction's rows are
/// appended to stage tables (in a file beside it, with the extraction that made them), and counts
/// are tallied in memory. ``finish(asOf:)`` then moves the winning extractions' rows over in key
/// order, derives entities, names, aliases and co-mention edges in bulk (the incremental
/// projector's rules), creates the indexes and the full-text index, re-derives curation, and
/// leaves a closed, synced file that ``Projection/open(path:)`` opens. The result is the same
/// database as applying the same events one by one.
public final class ProjectionBuilder {
    /// The file being built.
    public let path: String
    let writer: DatabaseQueue
    /// Entity ids met during the replay, by key.
    var entityIDs: [Int64: String] = [:]
    /// Alias counts met during the replay.
    var aliases: [Projector.AliasKey: Int] = [:]
    /// Co-mention pair counts, counted from the winners' mentions when the rows are moved.
    let edges = EdgeTally()
    /// Redacted article ids met so far (carried from batch to batch).
    var redacted: Set<String> = []
    /// What the replay applied.
    private(set) var applied = ApplyReport()
    /// Where the build spent its time, phase by phase.
    private(set) var phases: [RebuildReport.Phase] = []
    private var finished = false

    /// Starts a build in a fresh file at `path` (whatever is there is replaced).
    public init(path: String) throws(ProjectionError) {
        self.path = path
        try? FileManager.default.removeItem(atPath: path)
        Projection.removeSidecars(of: path)
        var config = Configuration()
        config.prepareDatabase { db in
            try db.execute(
                sql:
                    "PRAGMA page_size = 16384; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -32768; PRAGMA secure_delete = ON"
            )
            try SearchRank.register(db)
        }
        do {
            writer = try DatabaseQueue(path: path, configuration: config)
            try writer.write { db in try ProjectionSchema.create(db, indexes: false) }
        } catch {
            throw ProjectionError.database("creating", path: path, error)
        }
        try attachStage()
    }

    deinit {
        guard !finished else { return }
        try? writer.close()
        try? FileManager.default.removeItem(atPath: stagePath)
    }

    /// Replays every event `log` holds (only those with `hlc <= hlcLimit` when given),
    /// `batchEvents` per transaction; `progress` gets the events applied so far.
    @discardableResult
    public func replay(
        from log: EventLog, hlcLimit: Int? = nil, batchEvents: Int = 2048,
        progress: ((Int) -> Void)? = nil
    ) throws(ProjectionError) -> ApplyReport {
        let started = Date()
        var report = ApplyReport()
        var applying = 0.0
        try Projection.forEachBatch(of: log, after: [:], hlcLimit: hlcLimit, batchEvents: batchEvents) { batch, done in
            let mark = Date()
            report.add(try stage(batch))
            applying += Date().timeIntervalSince(mark)
            progress?(done)
        }
        phases.append(
            RebuildReport.Phase(name: "replay: applying batches", seconds: applying, peakMB: RebuildReport.peakMB()))
        phase("replay", since: started)
        applied.add(report)
        return report
    }

    /// Applies one batch of decoded events in one transaction.
    @discardableResult
    public func stage(_ events: [DecodedEvent]) throws(ProjectionError) -> ApplyReport {
        precondition(!finished, "ProjectionBuilder used after finish")
        let redacted = self.redacted
        do {
            let (report, ids, aliases, redactedAfter) = try writer.write { db in
                let projector = try Projector(db: db, mode: .staging, deferCuration: true)
                // The file starts empty: no redaction but those the replay meets.
                projector.curation.redacted = redacted
                for event in events { try projector.apply(event) }
                try projector.finish()
                return (projector.report, projector.entityIDs, projector.aliasDeltas, projector.curation.redacted)
            }
            self.redacted = redactedAfter ?? redacted
            for (key, delta) in aliases { self.aliases[key, default: 0] += delta }
            for (key, id) in ids {
                if let other = entityIDs[key], other != id { throw ProjectionError.collision("entity", other, id) }
                entityIDs[key] = id
            }
            return report
        } catch let error as ProjectionError {
            throw error
        } catch {
            throw ProjectionError.database("applying events", path: path, error)
        }
    }

    /// Derives everything the replay left to the end, records `asOf` (a projection pinned in the
    /// past), switches the file to WAL, closes and syncs it. The builder is done after.
    @discardableResult
    public func finish(asOf: AsOf? = nil) throws(ProjectionError) -> RebuildReport {
        precondition(!finished, "ProjectionBuilder finished twice")
        let started = Date()
        try derive()
        let articles: Int, entities: Int
        do {
            (articles, entities) = try writer.write { db in
                if let asOf {
                    try db.execute(
                        sql:
                            "INSERT INTO meta(key, value) VALUES ('asOf', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        arguments: [asOf.argument])
                }
                return (
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE body IS NOT NULL") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM entities") ?? 0
                )
            }
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA optimize")
                _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            }
            try writer.close()
        } catch let error as ProjectionError {
            throw error
        } catch {
            throw ProjectionError.database("finishing the rebuild", path: path, error)
        }
        finished = true
        let fd = Glibc.open(path, O_RDONLY)
        if fd >= 0 { fsync(fd); Glibc.close(fd) }
        let replayed = phases.first { $0.name == "replay" }?.seconds ?? 0
        return RebuildReport(
            events: applied.applied + applied.duplicates + applied.skipped, articles: articles, entities: entities,
            seconds: replayed + Date().timeIntervalSince(started), digest: nil, apply: applied, phases: phases)
    }

    /// Records the time since `start` as the phase `name`; returns now.
    @discardableResult
    func phase(_ name: String, since start: Date) -> Date {
        let now = Date()
        phases.append(
            RebuildReport.Phase(name: name, seconds: now.timeIntervalSince(start), peakMB: RebuildReport.peakMB()))
        return now
    }

    /// The stage tables, in a file beside the one being built: the rows of every extraction,
    /// appended in arrival order with the extraction that made them (`event`).
    static let stageSQL = """
        CREATE TABLE stage.mentions(article INTEGER, start INTEGER, "end" INTEGER, entity INTEGER, event INTEGER);
        CREATE TABLE stage.article_entities(entity INTEGER, article INTEGER, mentions INTEGER, first INTEGER, type TEXT, label TEXT, event INTEGER);
        CREATE TABLE stage.value_mentions(article INTEGER, start INTEGER, "end" INTEGER, kind TEXT, value TEXT, unit TEXT, event INTEGER);
        CREATE TABLE stage.facts(article INTEGER, start INTEGER, "end" INTEGER, subject TEXT, predicate TEXT, object TEXT, "when" TEXT, event INTEGER);
        CREATE TABLE stage.statements(article INTEGER, start INTEGER, "end" INTEGER, speaker TEXT, cue TEXT, event INTEGER);
        CREATE TABLE stage.merge_candidates(article INTEGER, a TEXT, b TEXT, reason TEXT, score INTEGER, event INTEGER);
        """

    /// Hands memory freed by the replay back to the system: the decoding threads' allocations
    /// are freed by the writer into their threads' malloc arenas, where the finishing steps
    /// (on the writer's thread) would not reuse them, and the peak would be their sum.
    static func releaseFreedMemory() {
        #if os(Linux)
            _ = glibcMallocTrim(0)
        #endif
    }

    /// The stage tables' file.
    var stagePath: String { path + "-stage" }

    /// Creates and attaches a fresh stage file.
    private func attachStage() throws(ProjectionError) {
        try? FileManager.default.removeItem(atPath: stagePath)
        do {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "ATTACH DATABASE ? AS stage", arguments: [stagePath])
                try db.execute(
                    sql:
                        "PRAGMA stage.journal_mode = OFF; PRAGMA stage.synchronous = OFF; PRAGMA stage.page_size = 65536"
                )
                try db.execute(sql: ProjectionBuilder.stageSQL)
            }
        } catch {
            throw ProjectionError.database("creating the rebuild's stage file", path: stagePath, error)
        }
    }

    /// Moves the winning extractions' staged rows into the tables, in primary key order (each
    /// table then fills page after page), drops the stage file, and counts the aliases and
    /// co-mention pairs of the winners' mentions (the incremental projector's rules).
    private func unstage() throws(ProjectionError) {
        var mark = Date()
        // (column list, primary key order, OR IGNORE when the incremental projector ignores duplicates)
        let tables: [(name: String, columns: String, order: String, ignore: Bool)] = [
            ("mentions", #"article, start, "end", entity, event"#, #"article, start, "end", entity"#, false),
            ("article_entities", "entity, article, mentions, first, type, label", "entity, article", false),
            (
                "value_mentions", #"article, start, "end", kind, value, unit, event"#, #"article, start, "end", kind"#,
                true
            ),
            (
                "facts", #"article, start, "end", subject, predicate, object, "when", event"#,
                #"article, start, "end", subject, predicate, object"#, true
            ),
            ("statements", #"article, start, "end", speaker, cue, event"#, #"article, start, "end", speaker"#, true),
            ("merge_candidates", "article, a, b, reason, score", "article, a, b, reason", true),
        ]
        do {
            try writer.write { db in
                try db.execute(sql: "CREATE TEMP TABLE winners(event INTEGER PRIMARY KEY, article INTEGER NOT NULL)")
                try db.execute(
                    sql:
                        "INSERT INTO winners(event, article) SELECT extraction, key FROM articles WHERE extraction IS NOT NULL"
                )
                for t in tables {
                    let columns = t.columns.split(separator: ",").map { "s." + $0.trimmingCharacters(in: .whitespaces) }
                        .joined(separator: ", ")
                    try db.execute(
                        sql: """
                            INSERT \(t.ignore ? "OR IGNORE " : "")INTO main.\(t.name)(\(t.columns))
                              SELECT \(columns) FROM stage.\(t.name) s JOIN winners w ON w.event = s.event AND w.article = s.article
                              ORDER BY \(t.order.split(separator: ",").map { "s." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", "))
                            """)
                    mark = phase("rows: " + t.name, since: mark)
                }
                try db.execute(sql: "DROP TABLE temp.winners")
            }
            try writer.writeWithoutTransaction { db in try db.execute(sql: "DETACH DATABASE stage") }
        } catch {
            throw ProjectionError.database("moving the staged rows", path: path, error)
        }
        try? FileManager.default.removeItem(atPath: stagePath)
        // One pass over the mentions (by article) beside the bodies (by key): pairs and aliases.
        do {
            try writer.read { db in
                let bodies = try Row.fetchCursor(
                    db,
                    sql: "SELECT key, body FROM articles WHERE extraction IS NOT NULL AND body IS NOT NULL ORDER BY key"
                )
                let mentions = try Row.fetchCursor(
                    db,
                    sql: #"SELECT article, start, "end", entity FROM mentions ORDER BY article, start, "end", entity"#)
                var body: (key: Int64, text: TextSpans.UTF8Spans)?
                var article: Int64?
                var spans: [(start: Int, end: Int, entity: Int64)] = []
                func flush() throws {
                    guard let current = article else { return }
                    edges.countPairs(Projector.coMentions(spans.map { ($0.start, $0.entity) }))
                    while body.map({ $0.key < current }) ?? true, let row = try bodies.next() {
                        body = (row[0], TextSpans.UTF8Spans(row[1] as String))
                    }
                    if let body, body.key == current {
                        for span in spans {
                            if let surface = body.text.slice(span.start, span.end) {
                                aliases[Projector.AliasKey(entity: span.entity, alias: surface), default: 0] += 1
                            }
                        }
                    }
                    spans.removeAll(keepingCapacity: true)
                }
                while let row = try mentions.next() {
                    let key: Int64 = row[0]
                    if key != article { try flush(); article = key }
                    spans.append((row[1], row[2], row[3]))
                }
                try flush()
            }
        } catch {
            throw ProjectionError.database("counting aliases and co-mentions", path: path, error)
        }
        phase("aliases and pairs", since: mark)
    }

    /// Derives entity names and entities from the base rows, writes the aliases and co-mention
    /// edges counted during the replay (the same rules the incremental projector applies), then
    /// creates the indexes and the FTS index and re-derives curation.
    private func derive() throws(ProjectionError) {
        ProjectionBuilder.releaseFreedMemory()
        try unstage()
        ProjectionBuilder.releaseFreedMemory()
        var mark = Date()
        let ids = entityIDs, aliases = self.aliases
        do {
            try writer.write { db in
                db.add(
                    function: DatabaseFunction("dossier_fold", argumentCount: 1, pure: true) { values in
                        String.fromDatabaseValue(values[0]).map(TextSpans.fold)
                    })
                try db.execute(
                    sql: """
                        INSERT INTO entity_names(entity, type, label, fold, articles)
                          SELECT entity, type, label, dossier_fold(label), count(*) FROM article_entities GROUP BY entity, type, label;
                        INSERT INTO entities(key, id, type, label, mentions, articles)
                          SELECT entity, '', '', '', sum(mentions), count(*) FROM article_entities GROUP BY entity;
                        UPDATE entities SET (type, label) = (SELECT type, label FROM entity_names n WHERE n.entity = entities.key
                                                             ORDER BY articles DESC, type, label LIMIT 1);
                        """)
                mark = phase("entities and names", since: mark)
                // Co-mention pairs were logged per article as the rows went in (Projector.coMentions,
                // the incremental rule); counted here once, both directions, in key order so that the
                // edges pages fill one after another.
                let edge = try db.makeStatement(sql: "INSERT INTO edges(source, target, weight) VALUES (?, ?, ?)")
                try edges.forEachRow { source, target, weight in
                    try Projector.run(edge) { s in
                        _ = source.bind(to: s, at: 1); _ = target.bind(to: s, at: 2); _ = weight.bind(to: s, at: 3)
                    }
                }
                mark = phase("edges written", since: mark)
                let alias = try db.makeStatement(
                    sql: "INSERT INTO aliases(entity, alias, fold, mentions) VALUES (?, ?, ?, ?)")
                for (key, count) in aliases where count > 0 {
                    try alias.execute(arguments: [key.entity, key.alias, TextSpans.fold(key.alias), count])
                }
                let update = try db.makeStatement(sql: "UPDATE entities SET id = ? WHERE key = ?")
                for (key, id) in ids { try update.execute(arguments: [id, key]) }
                if let missing = try String.fetchOne(db, sql: "SELECT key FROM entities WHERE id = '' LIMIT 1") {
                    throw ProjectionError(
                        code: .database, message: "rebuild: entity key \(missing) has no id; report this")
                }
                mark = phase("aliases and ids", since: mark)
                for index in ProjectionSchema.indexes { try db.execute(sql: index) }
                mark = phase("indexes", since: mark)
                // Bodies were not indexed one by one: one pass over the articles builds merged segments.
                for search in Keys.searchTables {
                    try db.execute(sql: "INSERT INTO \(search)(\(search)) VALUES ('rebuild')")
                }
                mark = phase("full text index", since: mark)
                try CurationResolver.recompute(db)
                mark = phase("curation", since: mark)
            }
        } catch let error as ProjectionError {
            throw error
        } catch {
            throw ProjectionError.database("finishing the rebuild", path: path, error)
        }
        entityIDs = [:]
        self.aliases = [:]
    }
}
