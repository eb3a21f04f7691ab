import Foundation

/// Co-mention pair counts for a bulk rebuild, kept as a flat log of pair codes rather than a
/// dictionary: 8 bytes per (article, pair) instead of a hash table of millions of entries, and
/// no hashing on the replay's hot path. ``rows()`` sorts and counts once at the end.
final class EdgeTally {
    /// Dense ids (order of first appearance) of the entity keys met.
    private var dense: [Int64: UInt32] = [:]
    private var keys: [Int64] = []
    /// One code per pair an article added (`dense(a) << 32 | dense(b)`, a < b by key) …
    private var added: [UInt64] = []
    /// … and per pair a replaced extraction took away.
    private var removed: [UInt64] = []

    /// Pairs recorded so far (with repetitions).
    var count: Int { added.count + removed.count }

    private func id(_ key: Int64) -> UInt64 {
        if let known = dense[key] { return UInt64(known) }
        let next = UInt32(keys.count)
        dense[key] = next
        keys.append(key)
        return UInt64(next)
    }

    /// Counts the pair once more (`sign` 1) or once less (-1).
    func record(_ pair: Projector.EdgeKey, sign: Int) {
        let code = id(pair.a) << 32 | id(pair.b)
        if sign > 0 { added.append(code) } else { removed.append(code) }
    }

    /// Calls `row` with every pair with a positive count, in both directions, sorted by
    /// (source, target); empties the tally. Peak memory: the pair log plus 8 bytes per row
    /// (a counting sort by source, then each source's few targets sorted in place).
    func forEachRow(_ row: (_ source: Int64, _ target: Int64, _ weight: Int) throws -> Void) rethrows {
        added.sort()
        removed.sort()
        // Rank of each dense id in key order: ranks sort like keys.
        let byKey = keys.indices.sorted { keys[$0] < keys[$1] }
        var rank = [UInt32](repeating: 0, count: keys.count)
        for (r, d) in byKey.enumerated() { rank[d] = UInt32(r) }
        let sortedKeys = byKey.map { keys[$0] }
        keys = []; dense = [:]
        // The positive runs of the sorted log: (rank a, rank b, count).
        func forEachPair(_ body: (Int, Int, UInt32) -> Void) {
            var i = 0, j = 0
            while i < added.count {
                let code = added[i]
                var n = 0
                while i < added.count && added[i] == code { n += 1; i += 1 }
                while j < removed.count && removed[j] < code { j += 1 }
                while j < removed.count && removed[j] == code { n -= 1; j += 1 }
                if n > 0 { body(Int(rank[Int(code >> 32)]), Int(rank[Int(code & 0xFFFF_FFFF)]), UInt32(n)) }
            }
        }
        var offsets = [Int](repeating: 0, count: sortedKeys.count + 1)
        forEachPair { a, b, _ in offsets[a + 1] += 1; offsets[b + 1] += 1 }
        for k in sortedKeys.indices { offsets[k + 1] += offsets[k] }
        var cursor = offsets
        var targets = [UInt32](repeating: 0, count: offsets[sortedKeys.count])
        var weights = [UInt32](repeating: 0, count: offsets[sortedKeys.count])
        forEachPair { a, b, n in
            targets[cursor[a]] = UInt32(b); weights[cursor[a]] = n; cursor[a] += 1
            targets[cursor[b]] = UInt32(a); weights[cursor[b]] = n; cursor[b] += 1
        }
        added = []; removed = []; cursor = []
        var slice: [(target: UInt32, weight: UInt32)] = []
        for source in sortedKeys.indices where offsets[source] < offsets[source + 1] {
            slice.removeAll(keepingCapacity: true)
            for k in offsets[source]..<offsets[source + 1] { slice.append((targets[k], weights[k])) }
            slice.sort { $0.target < $1.target }
            for edge in slice { try row(sortedKeys[source], sortedKeys[Int(edge.target)], Int(edge.weight)) }
        }
    }
}
