import DossierEvents
import DossierLog
import Foundation
import GRDB

extension Projection {
    /// Full text search over titles and bodies, best matches first, with snippets (hits in [brackets]).
    ///
    /// Plain words are all required; text with FTS5 syntax (quotes, OR, NEAR, *) is passed as is.
    /// Each search shard gives its best `limit` by bm25 rank (ties: lowest key), computed by
    /// `dossier_rank` (SearchRank), which skips the rows that cannot make the best `limit`; the
    /// merged best `limit` get snippets.
    public func search(_ text: String, limit: Int = 20) throws(ProjectionError) -> [SearchHit] {
        let query = Projection.ftsQuery(text)
        guard !query.isEmpty else {
            throw ProjectionError(code: .usage, message: "search '\(text)': no word to search for (letters or digits)")
        }
        let tables = Keys.searchTables
        @Sendable func best(_ db: Database, _ table: String) throws -> [(rank: Double, key: Int64, table: String)] {
            let sql =
                "SELECT rowid, \(SearchRank.name)(\(table), ?) AS r FROM \(table) WHERE \(table) MATCH ? ORDER BY r, rowid LIMIT ?"
            return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [limit, query, limit]).map {
                ($0[1], $0[0], table)
            }
        }
        do {
            var hits: [(rank: Double, key: Int64, table: String)] = []
            if let pool = writer as? DatabasePool {
                // Shards are ranked concurrently, each on a reader of the pool.
                let results = ParallelResults<Result<[(rank: Double, key: Int64, table: String)], any Error>>(
                    count: tables.count)
                DispatchQueue.concurrentPerform(iterations: tables.count) { i in
                    results.set(i, Result { try pool.read { db in try best(db, tables[i]) } })
                }
                for result in results.all { hits += try result.get() }
            } else {
                hits = try writer.read { db in try tables.flatMap { try best(db, $0) } }
            }
            hits.sort { ($0.rank, $0.key) < ($1.rank, $1.key) }
            let top = hits.prefix(max(0, limit))
            return try writer.read { db in
                try top.compactMap { hit in
                    let sql =
                        "SELECT a.id, a.title, snippet(\(hit.table), 1, '[', ']', '…', 16) FROM \(hit.table) JOIN articles a ON a.key = \(hit.table).rowid WHERE \(hit.table) MATCH ? AND \(hit.table).rowid = ?"
                    return try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [query, hit.key]).map {
                        SearchHit(article: $0[0], title: $0[1], snippet: $0[2])
                    }
                }
            }
        } catch let error as DatabaseError {
            throw ProjectionError(
                code: .usage,
                message: "search '\(text)': \(error.message ?? "\(error)"). The text is read as an FTS5 query "
                    + "(https://sqlite.org/fts5.html#full_text_query_syntax) when it has quotes, OR, NOT, AND, NEAR(, *, ^ "
                    + "or a column filter (title: or body:); put words in double quotes to search for them as they are",
                cause: error)
        } catch let error as ProjectionError {
            throw error
        } catch {
            throw ProjectionError.database("searching", path: path, error)
        }
    }

    /// The FTS5 query for `text`: as given when it uses FTS5 syntax, else each word quoted (all required).
    static func ftsQuery(_ text: String) -> String {
        let operators = ["\"", " OR ", " NOT ", " AND ", "NEAR(", "*", "^"]
        if operators.contains(where: { text.contains($0) }) { return text }
        // Column filters: "title: words", "body: words" (FTS5 column names are case-insensitive).
        let lowered = text.lowercased()
        for column in ["title:", "body:"] where lowered.hasPrefix(column) || lowered.contains(" " + column) {
            return text
        }
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return words.map { "\"\($0)\"" }.joined(separator: " ")
    }
}
