/// A map from ids that are hashes already (FNV-1a feature ids, lexicon names) to small integers: open
/// addressing with linear probing, at most half full.
///
/// A multiplication spreads the ids over the slots: no seeded hashing per lookup as a `Dictionary`
/// does, and one flat array of keys to probe.
struct HashIndex: Sendable {
    /// The id in each slot (meaningful only where ``values`` is not negative).
    private var keys: [UInt64]
    /// The value of each slot, -1 when the slot is empty.
    private var values: [Int32]
    /// Bits of a slot index (the table holds `1 << bits` slots).
    private var bits: Int
    /// Number of ids stored.
    private(set) var count = 0

    /// An empty index with room for `capacity` ids before it grows.
    init(capacity: Int = 0) {
        var bits = 4
        while 1 << bits < 2 * capacity { bits += 1 }
        self.bits = bits
        keys = [UInt64](repeating: 0, count: 1 << bits)
        values = [Int32](repeating: -1, count: 1 << bits)
    }

    /// The first slot to probe for `key` (Fibonacci hashing: the high bits of the product).
    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> UInt64(64 - bits))
    }

    /// Stores `value` (not negative) for `key`; false, and nothing changed, when the key is already there.
    @discardableResult
    mutating func insert(_ key: UInt64, value: Int32) -> Bool {
        precondition(value >= 0, "HashIndex values are not negative")
        if 2 * (count + 1) > values.count { grow() }
        let mask = values.count - 1
        var slot = home(key)
        while values[slot] >= 0 {
            if keys[slot] == key { return false }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = value
        count += 1
        return true
    }

    /// Moves every id into a table twice as large.
    private mutating func grow() {
        var larger = HashIndex(capacity: values.count)
        for slot in values.indices where values[slot] >= 0 { larger.insert(keys[slot], value: values[slot]) }
        self = larger
    }

    /// The value of `key`, nil when absent.
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        let mask = values.count - 1
        var slot = home(key)
        while true {
            let value = values[slot]
            if value < 0 { return nil }
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
    }

    /// True when `key` is stored.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { self[key] != nil }
}
