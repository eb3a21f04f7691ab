import Foundation
import GRDB

extension Projection {
    /// Ends a bulk rebuild: derives entity names and entities from the base rows, writes the aliases
    /// and co-mention edges counted during replay (the same rules the incremental projector applies),
    /// then creates the indexes and the FTS index.
    func finishBulk() throws {
        guard bulk else { return }
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
