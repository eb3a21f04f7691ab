/// FNV-1a over feature parts: a stable (unseeded) hash, so weights trained once index the same buckets everywhere.
struct FeatureHasher {
    /// Running hash.
    var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Starts a feature with its template number.
    init(_ template: UInt8) { add(template) }

    /// Mixes one byte.
    @inline(__always)
    mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x100_0000_01b3
    }

    /// Mixes the UTF-8 bytes of a string, then a separator.
    @inline(__always)
    mutating func add(_ text: String) {
        for byte in text.utf8 { add(byte) }
        add(0xff)
    }

    /// Mixes the last `n` UTF-8 bytes of a string (all of it when shorter), then a separator.
    @inline(__always)
    mutating func add(suffix n: Int, of text: String) {
        let bytes = text.utf8
        var index = bytes.endIndex
        var taken = 0
        while taken < n, index > bytes.startIndex { bytes.formIndex(before: &index); taken += 1 }
        for byte in bytes[index...] { add(byte) }
        add(0xfe)
    }

    /// The feature's 64-bit id.
    @inline(__always)
    var id: UInt64 { value }
}
