import Foundation

/// Co-mention pair counts for a ``ProjectionBuilder``: pair codes (`dense(a) << 32 | dense(b)`, a < b by
/// key) appended to a fixed buffer and, when it fills, sorted and merged into a sorted array of
/// distinct codes with counts. No hash table of millions of entries, no hashing per pair, and
/// memory bounded by the distinct pairs (12 bytes each) plus the buffer.
final class EdgeTally {
    /// Dense ids (order of first appearance) of the entity keys met.
    private var dense: [Int64: UInt32] = [:]
    private var keys: [Int64] = []
    private var buffer: [UInt64] = []
    private var codes: [UInt64] = []
    private var counts: [UInt32] = []
    private let bufferLimit: Int

    /// `bufferLimit`: pair occurrences held before they are merged into the counts.
    init(bufferLimit: Int = 1 << 21) {
        self.bufferLimit = bufferLimit
    }

    private func id(_ key: Int64) -> UInt64 {
        if let known = dense[key] { return UInt64(known) }
        let next = UInt32(keys.count)
        dense[key] = next
        keys.append(key)
        return UInt64(next)
    }

    /// Counts each pair (a < b) once more.
    func countPairs(_ pairs: [Projector.EdgeKey]) {
        if buffer.capacity == 0 { buffer.reserveCapacity(bufferLimit) }
        for pair in pairs {
            buffer.append(id(pair.a) << 32 | id(pair.b))
            if buffer.count >= bufferLimit { compact() }
        }
    }

    /// Merges the sorted buffer into the sorted distinct codes and their counts.
    private func compact() {
        guard !buffer.isEmpty else { return }
        buffer.sort()
        var mergedCodes: [UInt64] = [], mergedCounts: [UInt32] = []
        mergedCodes.reserveCapacity(codes.count + buffer.count / 2)
        mergedCounts.reserveCapacity(codes.count + buffer.count / 2)
        var i = 0, j = 0
        while i < codes.count || j < buffer.count {
            let code = j == buffer.count || (i < codes.count && codes[i] <= buffer[j]) ? codes[i] : buffer[j]
            var n: UInt32 = 0
            if i < codes.count && codes[i] == code { n += counts[i]; i += 1 }
            while j < buffer.count && buffer[j] == code { n += 1; j += 1 }
            mergedCodes.append(code)
            mergedCounts.append(n)
        }
        codes = mergedCodes
        counts = mergedCounts
        buffer.removeAll(keepingCapacity: true)
    }

    /// Calls `row` with every pair counted, in both directions, sorted by (source, target);
    /// empties the tally. A counting sort by source, then each source's targets sorted in place.
    func forEachRow(_ row: (_ source: Int64, _ target: Int64, _ weight: Int) throws -> Void) rethrows {
        compact()
        buffer = []
        // Rank of each dense id in key order: ranks sort like keys.
        let byKey = keys.indices.sorted { keys[$0] < keys[$1] }
        var rank = [UInt32](repeating: 0, count: keys.count)
        for (r, d) in byKey.enumerated() { rank[d] = UInt32(r) }
        let sortedKeys = byKey.map { keys[$0] }
        keys = []; dense = [:]
        var offsets = [Int](repeating: 0, count: sortedKeys.count + 1)
        for code in codes {
            offsets[Int(rank[Int(code >> 32)]) + 1] += 1
            offsets[Int(rank[Int(code & 0xFFFF_FFFF)]) + 1] += 1
        }
        for k in sortedKeys.indices { offsets[k + 1] += offsets[k] }
        var cursor = offsets
        var targets = [UInt32](repeating: 0, count: offsets[sortedKeys.count])
        var weights = [UInt32](repeating: 0, count: offsets[sortedKeys.count])
        for (code, n) in zip(codes, counts) {
            let a = Int(rank[Int(code >> 32)]), b = Int(rank[Int(code & 0xFFFF_FFFF)])
            targets[cursor[a]] = UInt32(b); weights[cursor[a]] = n; cursor[a] += 1
            targets[cursor[b]] = UInt32(a); weights[cursor[b]] = n; cursor[b] += 1
        }
        codes = []; counts = []; cursor = []
        var slice: [(target: UInt32, weight: UInt32)] = []
        for source in sortedKeys.indices where offsets[source] < offsets[source + 1] {
            slice.removeAll(keepingCapacity: true)
            for k in offsets[source]..<offsets[source + 1] { slice.append((targets[k], weights[k])) }
            slice.sort { $0.target < $1.target }
            for edge in slice { try row(sortedKeys[source], sortedKeys[Int(edge.target)], Int(edge.weight)) }
        }
    }
}
