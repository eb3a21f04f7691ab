/// A map from ids that are hashes already (FNV-1a feature ids, lexicon names) to small integers: open
/// addressing with linear probing, at most half full.
///
/// A multiplication spreads the ids over the slots: no seeded hashing per lookup as a `Dictionary`
/// does, and one flat array of slots to probe.
struct HashIndex: Sendable {
    /// One slot: an id and its value side by side, so a probe reads one cache line.
    private struct Slot {
        /// The id (meaningful only when ``value`` is not negative).
        var key: UInt64
        /// The id's value, -1 when the slot is empty.
        var value: Int32
    }

    /// The slots.
    private var slots: [Slot]
    /// Bits of a slot index (the table holds `1 << bits` slots).
    private var bits: Int
    /// Number of ids stored.
    private(set) var count = 0

    /// An empty index with room for `capacity` ids before it grows.
    init(capacity: Int = 0) {
        var bits = 4
        while 1 << bits < 2 * capacity { bits += 1 }
        self.bits = bits
        slots = [Slot](repeating: Slot(key: 0, value: -1), count: 1 << bits)
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
        if 2 * (count + 1) > slots.count { grow() }
        let mask = slots.count - 1
        var slot = home(key)
        while slots[slot].value >= 0 {
            if slots[slot].key == key { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(key: key, value: value)
        count += 1
        return true
    }

    /// Moves every id into a table twice as large.
    private mutating func grow() {
        var larger = HashIndex(capacity: slots.count)
        for slot in slots where slot.value >= 0 { larger.insert(slot.key, value: slot.value) }
        self = larger
    }

    /// The value of `key`, nil when absent.
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        let mask = slots.count - 1
        var slot = home(key)
        while true {
            let found = slots[slot]
            if found.value < 0 { return nil }
            if found.key == key { return found.value }
            slot = (slot + 1) & mask
        }
    }

    /// True when `key` is stored.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { self[key] != nil }
}
