import Foundation
import GRDB

#if os(Linux)
/// glibc's malloc_trim(3) (in <malloc.h>, which the Glibc module does not export).
@_silgen_name("malloc_trim") private func glibcMallocTrim(_ pad: Int) -> Int32
#endif

extension Projection {
    /// The stage tables of a bulk rebuild, in a file beside the scratch projection: the rows of
    /// every extraction, appended in arrival order with the extraction that made them (`event`).
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

    /// Creates and attaches a fresh stage file (bulk mode).
    func attachStage() throws {
        try? FileManager.default.removeItem(atPath: stagePath)
        do {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "ATTACH DATABASE ? AS stage", arguments: [stagePath])
                try db.execute(sql: "PRAGMA stage.journal_mode = OFF; PRAGMA stage.synchronous = OFF; PRAGMA stage.page_size = 65536")
                try db.execute(sql: Projection.stageSQL)
            }
        } catch {
            throw ProjectionError.database("creating the rebuild's stage file", path: stagePath, error)
        }
    }

    /// Moves the winning extractions' staged rows into the tables, in primary key order (each
    /// table then fills page after page), drops the stage file, and counts the aliases and
    /// co-mention pairs of the winners' mentions (the incremental projector's rules).
    func unstage() throws {
        var mark = Date()
        // (column list, primary key order, OR IGNORE when the incremental projector ignores duplicates)
        let tables: [(name: String, columns: String, order: String, ignore: Bool)] = [
            ("mentions", #"article, start, "end", entity, event"#, #"article, start, "end", entity"#, false),
            ("article_entities", "entity, article, mentions, first, type, label", "entity, article", false),
            ("value_mentions", #"article, start, "end", kind, value, unit, event"#, #"article, start, "end", kind"#, true),
            ("facts", #"article, start, "end", subject, predicate, object, "when", event"#, #"article, start, "end", subject, predicate, object"#, true),
            ("statements", #"article, start, "end", speaker, cue, event"#, #"article, start, "end", speaker"#, true),
            ("merge_candidates", "article, a, b, reason, score", "article, a, b, reason", true),
        ]
        do {
            try writer.write { db in
                try db.execute(sql: "CREATE TEMP TABLE winners(event INTEGER PRIMARY KEY, article INTEGER NOT NULL)")
                try db.execute(sql: "INSERT INTO winners(event, article) SELECT extraction, key FROM articles WHERE extraction IS NOT NULL")
                for t in tables {
                    let columns = t.columns.split(separator: ",").map { "s." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")
                    try db.execute(sql: """
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
                let bodies = try Row.fetchCursor(db, sql: "SELECT key, body FROM articles WHERE extraction IS NOT NULL AND body IS NOT NULL ORDER BY key")
                let mentions = try Row.fetchCursor(db, sql: #"SELECT article, start, "end", entity FROM mentions ORDER BY article, start, "end", entity"#)
                var body: (key: Int64, text: TextSpans.UTF8Spans)?
                var article: Int64?
                var spans: [(start: Int, end: Int, entity: Int64)] = []
                func flush() throws {
                    guard let current = article else { return }
                    bulkEdges.countPairs(Projector.coMentions(spans.map { ($0.start, $0.entity) }))
                    while body.map({ $0.key < current }) ?? true, let row = try bodies.next() {
                        body = (row[0], TextSpans.UTF8Spans(row[1] as String))
                    }
                    if let body, body.key == current {
                        for span in spans {
                            if let surface = body.text.slice(span.start, span.end) {
                                bulkAliases[Projector.AliasKey(entity: span.entity, alias: surface), default: 0] += 1
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

    /// Ends a bulk rebuild: derives entity names and entities from the base rows, writes the aliases
    /// and co-mention edges counted during replay (the same rules the incremental projector applies),
    /// then creates the indexes and the FTS index.
    func finishBulk() throws {
        guard bulk else { return }
        Projection.releaseFreedMemory()
        try unstage()
        Projection.releaseFreedMemory()
        var mark = Date()
        let ids = bulkEntityIDs, aliases = bulkAliases
        do {
            try writer.write { db in
                db.add(function: DatabaseFunction("dossier_fold", argumentCount: 1, pure: true) { values in
                    String.fromDatabaseValue(values[0]).map(TextSpans.fold)
                })
                try db.execute(sql: """
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
                try bulkEdges.forEachRow { source, target, weight in
                    try Projector.run(edge) { s in
                        _ = source.bind(to: s, at: 1); _ = target.bind(to: s, at: 2); _ = weight.bind(to: s, at: 3)
                    }
                }
                mark = phase("edges written", since: mark)
                let alias = try db.makeStatement(sql: "INSERT INTO aliases(entity, alias, fold, mentions) VALUES (?, ?, ?, ?)")
                for (key, count) in aliases where count > 0 { try alias.execute(arguments: [key.entity, key.alias, TextSpans.fold(key.alias), count]) }
                let update = try db.makeStatement(sql: "UPDATE entities SET id = ? WHERE key = ?")
                for (key, id) in ids { try update.execute(arguments: [id, key]) }
                if let missing = try String.fetchOne(db, sql: "SELECT key FROM entities WHERE id = '' LIMIT 1") {
                    throw ProjectionError(code: .database, message: "rebuild: entity key \(missing) has no id; report this")
                }
                mark = phase("aliases and ids", since: mark)
                for index in ProjectionSchema.indexes { try db.execute(sql: index) }
                mark = phase("indexes", since: mark)
                // Bodies were not indexed one by one: one pass over the articles builds merged segments.
                for search in Keys.searchTables { try db.execute(sql: "INSERT INTO \(search)(\(search)) VALUES ('rebuild')") }
                mark = phase("full text index", since: mark)
                try CurationResolver.recompute(db)
                mark = phase("curation", since: mark)
            }
        } catch let error as ProjectionError {
            throw error
        } catch {
            throw ProjectionError.database("finishing the rebuild", path: path, error)
        }
        bulk = false
        bulkEntityIDs = [:]
        bulkAliases = [:]
    }
}
