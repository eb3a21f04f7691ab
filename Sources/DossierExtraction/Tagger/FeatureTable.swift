/// Feature id → weight row: an open-addressing hash table with linear probing, built once at load.
///
/// The ids are already hashes (FNV-1a), so a multiplication spreads them over the slots: no seeded
/// hashing per lookup as a `Dictionary` does, and one flat array of keys to probe.
struct FeatureTable: Sendable {
    /// The id in each slot (meaningful only where ``rows`` is not negative).
    private var keys: [UInt64]
    /// The row of each slot, -1 when the slot is empty.
    private var rows: [Int32]
    /// Bits of a slot index (the table holds `1 << bits` slots).
    private let bits: Int
    /// Number of ids stored.
    private(set) var count = 0

    /// An empty table with room for `capacity` ids at most half full.
    init(capacity: Int) {
        var bits = 4
        while 1 << bits < 2 * capacity { bits += 1 }
        self.bits = bits
        keys = [UInt64](repeating: 0, count: 1 << bits)
        rows = [Int32](repeating: -1, count: 1 << bits)
    }

    /// The first slot to probe for `key` (Fibonacci hashing: the high bits of the product).
    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> UInt64(64 - bits))
    }

    /// Stores `row` for `key`; false (and nothing changed) when the key is already there or the table is
    /// half full.
    mutating func insert(_ key: UInt64, row: Int32) -> Bool {
        guard 2 * (count + 1) <= rows.count else { return false }
        let mask = rows.count - 1
        var slot = home(key)
        while rows[slot] >= 0 {
            if keys[slot] == key { return false }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        rows[slot] = row
        count += 1
        return true
    }

    /// The row of `key`, nil when absent.
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        let mask = rows.count - 1
        var slot = home(key)
        while true {
            let row = rows[slot]
            if row < 0 { return nil }
            if keys[slot] == key { return row }
            slot = (slot + 1) & mask
        }
    }
}
