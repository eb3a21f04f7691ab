import Foundation
import GRDB
import GRDBSQLite

/// `dossier_rank(search_K, k)`: an FTS5 auxiliary function that ranks like FTS5's own `bm25()`
/// (same formula, same arithmetic, so the same order) but costs a fraction of it when only the
/// best `k` rows are wanted.
///
/// `bm25()` reads every matching row's token count from the `_docsize` table, one statement per
/// row: about 0.6 µs of the 1 µs a row costs, so a word found in 80,000 articles took about
/// 80 ms to rank. This function first counts the row's hits from its position list (cheap: the
/// list is in memory) and bounds the row's score from above with the shortest length the row
/// can have (one past its last hit in each column). While `k` rows better than that bound are
/// already held, the row cannot be among the best `k`: it gets the worst rank and its length is
/// never read. Otherwise its exact bm25 score is computed. Ranks of the rows that can enter the
/// best `k` are exactly `bm25()`'s, so `ORDER BY dossier_rank(t, k), rowid LIMIT k` returns the
/// rows `ORDER BY bm25(t), rowid LIMIT k` returns (a test compares them).
///
/// Rows are visited in one pass; the bound only prunes against rows already seen, so the order
/// of visits changes how much is skipped, never the result.
enum SearchRank {
    static let name = "dossier_rank"

    /// The rank given to rows that cannot be among the best `k` (they sort after every real rank).
    static let pruned = Double.greatestFiniteMagnitude

    /// Registers the function on a connection (every connection that runs `search` needs it).
    static func register(_ db: Database) throws {
        // GRDB's FTS5.api stops the process when FTS5 is missing: ask SQLite first.
        guard sqlite3_compileoption_used("ENABLE_FTS5") == 1 else {
            throw DatabaseError(
                message: "this SQLite was built without FTS5; install a SQLite with it (Debian's libsqlite3-0 has it)")
        }
        let api = UnsafeMutablePointer(mutating: FTS5.api(db))
        guard api.pointee.iVersion >= 2, let create = api.pointee.xCreateFunction else {
            throw DatabaseError(
                message:
                    "this SQLite's FTS5 is too old (its API is version \(api.pointee.iVersion), 2 or later is needed)")
        }
        let code = create(api, name, nil, rankFunction, nil)
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "registering \(name)")
        }
    }

    /// What one query keeps between rows: bm25's per-query figures and the best scores so far.
    final class State {
        let limit: Int
        let idf: [Double]
        let averageLength: Double
        var frequency: [Double]
        /// Per column, the offset of the row's last hit (-1: none); reused from row to row.
        var lastHit: [Int32] = []
        /// A min-heap of the best `limit` exact scores seen (higher is better).
        var best: [Double] = []

        init(limit: Int, idf: [Double], averageLength: Double) {
            self.limit = limit
            self.idf = idf
            self.averageLength = averageLength
            self.frequency = Array(repeating: 0, count: idf.count)
            best.reserveCapacity(max(0, limit))
        }

        static let k1 = 1.2
        static let b = 0.75

        /// bm25's score for the current frequencies and a row of `length` tokens (as fts5_aux.c computes it).
        func score(length: Double) -> Double {
            let k1 = State.k1, b = State.b
            var score = 0.0
            for i in 0..<idf.count {
                score +=
                    idf[i] * ((frequency[i] * (k1 + 1.0)) / (frequency[i] + k1 * (1 - b + b * length / averageLength)))
            }
            return score
        }

        /// True when `limit` rows scoring more than `bound` are already held.
        func excludes(_ bound: Double) -> Bool {
            limit > 0 && best.count >= limit && bound < best[0]
        }

        func keep(_ score: Double) {
            guard limit > 0 else { return }
            if best.count < limit {
                best.append(score)
                var i = best.count - 1
                while i > 0 {
                    let parent = (i - 1) / 2
                    guard best[i] < best[parent] else { break }
                    best.swapAt(i, parent)
                    i = parent
                }
            } else if score > best[0] {
                best[0] = score
                var i = 0
                while true {
                    let l = 2 * i + 1, r = l + 1
                    var m = i
                    if l < best.count, best[l] < best[m] { m = l }
                    if r < best.count, best[r] < best[m] { m = r }
                    if m == i { break }
                    best.swapAt(i, m)
                    i = m
                }
            }
        }
    }

    private static let countRows:
        @convention(c) (UnsafePointer<Fts5ExtensionApi>?, OpaquePointer?, UnsafeMutableRawPointer?) -> Int32 = {
            _, _, user in
            user?.assumingMemoryBound(to: Int64.self).pointee += 1
            return SQLITE_OK
        }

    private static let releaseState: @convention(c) (UnsafeMutableRawPointer?) -> Void = { pointer in
        if let pointer { Unmanaged<State>.fromOpaque(pointer).release() }
    }

    /// The per-query figures bm25 uses: row count, average length, and each phrase's idf.
    private static func makeState(_ api: Fts5ExtensionApi, _ fts: OpaquePointer?, limit: Int) -> (State?, Int32) {
        var rows: Int64 = 0, tokens: Int64 = 0
        var code = api.xRowCount(fts, &rows)
        if code == SQLITE_OK { code = api.xColumnTotalSize(fts, -1, &tokens) }
        guard code == SQLITE_OK else { return (nil, code) }
        let phrases = Int(api.xPhraseCount(fts))
        var idf: [Double] = []
        idf.reserveCapacity(phrases)
        for phrase in 0..<phrases {
            var hits: Int64 = 0
            code = api.xQueryPhrase(fts, Int32(phrase), &hits, countRows)
            guard code == SQLITE_OK else { return (nil, code) }
            var value = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
            if value <= 0.0 { value = 1e-6 }
            idf.append(value)
        }
        return (State(limit: limit, idf: idf, averageLength: Double(tokens) / Double(rows)), SQLITE_OK)
    }

    private static let rankFunction: fts5_extension_function = { apiPointer, fts, context, count, values in
        guard let apiPointer else { return }
        let api = apiPointer.pointee
        let state: State
        if let saved = api.xGetAuxdata(fts, 0) {
            state = Unmanaged<State>.fromOpaque(saved).takeUnretainedValue()
        } else {
            let limit = count > 0 ? Int(sqlite3_value_int64(values![0])) : 0
            let (made, code) = makeState(api, fts, limit: limit)
            guard let made else { sqlite3_result_error_code(context, code); return }
            let code2 = api.xSetAuxdata(fts, Unmanaged.passRetained(made).toOpaque(), releaseState)
            guard code2 == SQLITE_OK else { sqlite3_result_error_code(context, code2); return }
            state = made
        }
        // Hits per phrase, and the shortest length the row can have: one past its last hit in each column.
        let columns = Int(api.xColumnCount(fts))
        if state.lastHit.count != columns { state.lastHit = Array(repeating: -1, count: columns) }
        for i in 0..<columns { state.lastHit[i] = -1 }
        for phrase in 0..<state.idf.count {
            var iterator = Fts5PhraseIter()
            var column: Int32 = 0, offset: Int32 = 0
            var hits = 0
            let code = api.xPhraseFirst(fts, Int32(phrase), &iterator, &column, &offset)
            guard code == SQLITE_OK else { sqlite3_result_error_code(context, code); return }
            while column >= 0 {
                hits += 1
                if Int(column) < columns, offset > state.lastHit[Int(column)] { state.lastHit[Int(column)] = offset }
                api.xPhraseNext(fts, &iterator, &column, &offset)
            }
            state.frequency[phrase] = Double(hits)
        }
        var shortest = 0.0
        for hit in state.lastHit where hit >= 0 { shortest += Double(hit) + 1 }
        if state.excludes(state.score(length: shortest)) {
            sqlite3_result_double(context, pruned)
            return
        }
        var tokens: Int32 = 0
        let code = api.xColumnSize(fts, -1, &tokens)
        guard code == SQLITE_OK else { sqlite3_result_error_code(context, code); return }
        let score = state.score(length: Double(tokens))
        state.keep(score)
        sqlite3_result_double(context, -1.0 * score)
    }
}
