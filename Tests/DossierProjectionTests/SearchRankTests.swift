import DossierEvents
import Foundation
import GRDB
import Testing

@testable import DossierProjection

/// `dossier_rank` must return the rows `bm25()` returns, in the same order, for every query
/// shape search accepts, while skipping rows that cannot make the best k.
@Suite struct SearchRankTests {
    /// A two-column FTS5 table (title, body) of random documents over a skewed vocabulary: a few
    /// words are in most documents (as "budget" is in the benchmark corpus), most are rare.
    static func makeIndex(documents: Int, seed: UInt64) throws -> DatabaseQueue {
        var config = Configuration()
        config.prepareDatabase { db in try SearchRank.register(db) }
        let queue = try DatabaseQueue(configuration: config)
        var rng = SplitMix64(state: seed)
        let vocabulary = (0..<400).map { "w\($0)" } + ["budget", "talks", "crise", "négociations", "soldats"]
        func word() -> String {
            // Zipf-like: low indexes are far more frequent; the named words come up often.
            if Int.random(in: 0..<5, using: &rng) == 0 {
                return ["budget", "talks", "crise", "négociations", "soldats"].randomElement(using: &rng)!
            }
            let u = Double.random(in: 0..<1, using: &rng)
            return vocabulary[min(399, Int(pow(400.0, u)) - 1)]
        }
        try queue.write { db in
            try db.execute(
                sql: "CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')")
            for id in 1...documents {
                let title = (0..<Int.random(in: 0...8, using: &rng)).map { _ in word() }.joined(separator: " ")
                let body = (0..<Int.random(in: 1...400, using: &rng)).map { _ in word() }.joined(separator: " ")
                // Keys spread over the whole range, as article keys are.
                let key = Int64(id) * 7_919 * (id % 2 == 0 ? 1 : -1)
                try db.execute(
                    sql: "INSERT INTO t(rowid, title, body) VALUES (?, ?, ?)", arguments: [key, title, body])
            }
        }
        return queue
    }

    static let queries = [
        "budget", "talks", "w0", "w1", "w7", "w399", "crise", "negociations", "budget talks", "budget w3",
        "\"w0 w1\"", "\"budget talks\"", "budget OR w5", "w2 OR w9 OR crise", "budget NOT talks", "w1 NOT w0",
        "NEAR(budget w4, 5)", "title: budget", "title: w0 AND body: talks", "w1*", "soldats", "nothingatall",
    ]

    @Test func sameRowsAndOrderAsBm25() throws {
        let queue = try Self.makeIndex(documents: 1_500, seed: 11)
        try queue.read { db in
            for query in Self.queries {
                for limit in [1, 5, 20, 200] {
                    let expected = try Int64.fetchAll(
                        db, sql: "SELECT rowid FROM t WHERE t MATCH ? ORDER BY bm25(t), rowid LIMIT ?",
                        arguments: [query, limit])
                    let ranked = try Row.fetchAll(
                        db,
                        sql: "SELECT rowid, dossier_rank(t, ?) AS r FROM t WHERE t MATCH ? ORDER BY r, rowid LIMIT ?",
                        arguments: [limit, query, limit])
                    #expect(ranked.map { $0[0] as Int64 } == expected, "query \(query), limit \(limit)")
                    // The ranks returned are bm25's own, not the pruned marker.
                    let bm25 = try Double.fetchAll(
                        db, sql: "SELECT bm25(t) AS r FROM t WHERE t MATCH ? ORDER BY r, rowid LIMIT ?",
                        arguments: [query, limit])
                    #expect(ranked.map { $0[1] as Double } == bm25, "query \(query), limit \(limit)")
                }
            }
        }
    }

    @Test func rowsThatCannotMakeTheBestKAreSkipped() throws {
        let queue = try Self.makeIndex(documents: 1_500, seed: 12)
        try queue.read { db in
            let matches = try Int.fetchOne(db, sql: "SELECT count(*) FROM t WHERE t MATCH 'budget'")!
            let skipped = try Int.fetchOne(
                db,
                sql: "SELECT count(*) FROM (SELECT dossier_rank(t, 10) AS r FROM t WHERE t MATCH 'budget') WHERE r = ?",
                arguments: [SearchRank.pruned])!
            #expect(matches > 1_000)
            // Most rows of a common word are cut without reading their length.
            #expect(skipped > matches / 2, "\(skipped) of \(matches) skipped")
            // Without a limit (or a limit of 0) nothing is skipped.
            let none = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM (SELECT dossier_rank(t) AS r FROM t WHERE t MATCH 'budget') WHERE r = ?",
                arguments: [SearchRank.pruned])!
            #expect(none == 0)
        }
    }

    @Test func projectionSearchRanksLikeBm25AcrossShards() throws {
        let folder = TempFolder()
        let projection = try Projection.open(path: folder.file("p.sqlite"))
        defer { try? projection.close() }
        try projection.apply(TestCorpus.events())
        let hits = try projection.search("the", limit: 5)
        // The same query ranked by bm25 shard by shard and merged by (rank, key).
        let expected: [String] = try projection.writer.read { db in
            var all: [(Double, Int64)] = []
            for table in Keys.searchTables {
                all += try Row.fetchAll(
                    db,
                    sql:
                        "SELECT bm25(\(table)) AS r, rowid FROM \(table) WHERE \(table) MATCH '\"the\"' ORDER BY r, rowid LIMIT 5"
                )
                .map { ($0[0], $0[1]) }
            }
            return try all.sorted { $0 < $1 }.prefix(5).map {
                try String.fetchOne(db, sql: "SELECT id FROM articles WHERE key = ?", arguments: [$0.1])!
            }
        }
        #expect(!hits.isEmpty)
        #expect(hits.map(\.article.rawValue) == expected)
    }
}
