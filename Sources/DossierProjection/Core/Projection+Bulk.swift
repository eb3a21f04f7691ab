import Foundation
import GRDB

extension Projection {
    /// Ends a bulk rebuild: derives entity names, entities, aliases and co-mention edges from the
    /// base rows with the same rules the incremental projector applies, then creates the indexes.
    func finishBulk() throws {
        guard bulk else { return }
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
                    INSERT INTO edges(source, target, weight)
                      SELECT a, b, count(*) FROM (
                        SELECT DISTINCT m1.article, m1.entity AS a, m2.entity AS b FROM mentions m1
                        JOIN mentions m2 ON m2.article = m1.article AND m2.start BETWEEN m1.start - \(Projector.coMentionWindow) AND m1.start + \(Projector.coMentionWindow)
                        WHERE m2.entity <> m1.entity)
                      GROUP BY a, b;
                    """)
                let alias = try db.makeStatement(sql: "INSERT INTO aliases(entity, alias, fold, mentions) VALUES (?, ?, ?, ?)")
                for (key, count) in aliases where count > 0 { try alias.execute(arguments: [key.entity, key.alias, TextSpans.fold(key.alias), count]) }
                let update = try db.makeStatement(sql: "UPDATE entities SET id = ? WHERE key = ?")
                for (key, id) in ids { try update.execute(arguments: [id, key]) }
                if let missing = try String.fetchOne(db, sql: "SELECT key FROM entities WHERE id = '' LIMIT 1") {
                    throw ProjectionError(code: .database, message: "rebuild: entity key \(missing) has no id; report this")
                }
                for index in ProjectionSchema.indexes { try db.execute(sql: index) }
                // Bodies were not indexed one by one: one pass over the articles builds merged segments.
                try db.execute(sql: "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
                try CurationResolver.recompute(db)
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
