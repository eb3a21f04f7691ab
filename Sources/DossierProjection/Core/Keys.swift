import Crypto
import DossierEvents
import Foundation

/// Content-derived 63-bit integer keys, so that rows do not depend on arrival order.
public enum Keys {
    /// Full text search shards (`search_0` … `search_15`, Schemas/projection.sql).
    public static let searchShards = 16

    /// The full text search table holding the article with key `key` (its top four bits).
    public static func searchTable(_ key: Int64) -> String { "search_\(key >> 59)" }

    /// Every full text search table.
    public static var searchTables: [String] { (0..<searchShards).map { "search_\($0)" } }

    /// The key of an id that is already a SHA-256 hex digest (article ids, event ids): its first 63 bits.
    public static func digest(_ hex: String) -> Int64 {
        var value: UInt64 = 0
        var count = 0
        for byte in hex.utf8 {
            guard count < 16 else { break }
            let nibble: UInt64
            switch byte {
            case 0x30...0x39: nibble = UInt64(byte - 0x30)
            case 0x61...0x66: nibble = UInt64(byte - 0x61 + 10)
            case 0x41...0x46: nibble = UInt64(byte - 0x41 + 10)
            default: return string(hex)
            }
            value = value << 4 | nibble
            count += 1
        }
        guard count == 16 else { return string(hex) }
        return Int64(bitPattern: value & 0x7FFF_FFFF_FFFF_FFFF)
    }

    /// The key of any other string (entity ids): the first 63 bits of its SHA-256.
    public static func string(_ text: String) -> Int64 {
        let digest = SHA256.hash(data: Array(text.utf8))
        var value: UInt64 = 0
        for byte in digest.prefix(8) { value = value << 8 | UInt64(byte) }
        return Int64(bitPattern: value & 0x7FFF_FFFF_FFFF_FFFF)
    }
}

/// Unicode-scalar views of article bodies: spans, sentences and folded names.
public enum TextSpans {
    /// The scalars of `[start, end)` as a string, or nil when the span is outside the text.
    public static func slice(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String? {
        guard start >= 0, end >= start, end <= scalars.count else { return nil }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[start..<end])
        return String(out)
    }

    /// A text's UTF-8 bytes with the byte offset of each scalar boundary, for slicing many spans
    /// of one text without decoding it into scalars (same strings as ``slice(_:_:_:)``).
    public struct UTF8Spans {
        let bytes: [UInt8]
        /// Byte offset of scalar i (count + 1 entries); nil when the text is ASCII (offset = i).
        let offsets: [Int32]?
        /// The number of scalars.
        public let count: Int

        public init(_ text: String) {
            bytes = Array(text.utf8)
            if bytes.allSatisfy({ $0 < 0x80 }) {
                offsets = nil
                count = bytes.count
            } else {
                var o: [Int32] = []
                o.reserveCapacity(bytes.count + 1)
                for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 { o.append(Int32(i)) }
                count = o.count
                o.append(Int32(bytes.count))
                offsets = o
            }
        }

        /// The scalars of `[start, end)` as a string, or nil when the span is outside the text.
        public func slice(_ start: Int, _ end: Int) -> String? {
            guard start >= 0, end >= start, end <= count else { return nil }
            let a = offsets.map { Int($0[start]) } ?? start, b = offsets.map { Int($0[end]) } ?? end
            return bytes.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self)
            }
        }
    }

    /// The sentence around `[start, end)`: from after the previous sentence end to the next, at most `limit` scalars each side.
    public static func sentence(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, limit: Int = 240) -> (
        text: String, start: Int, end: Int
    ) {
        let s = max(0, min(start, scalars.count)), e = max(s, min(end, scalars.count))
        var lo = s
        while lo > 0 && s - lo < limit {
            let c = scalars[lo - 1]
            if c == "\n" { break }
            if (c == "." || c == "!" || c == "?" || c == "…") && lo < scalars.count && scalars[lo] == " " { break }
            lo -= 1
        }
        var hi = e
        while hi < scalars.count && hi - e < limit {
            let c = scalars[hi]
            if c == "\n" { break }
            hi += 1
            if (c == "." || c == "!" || c == "?" || c == "…")
                && (hi == scalars.count || scalars[hi] == " " || scalars[hi] == "\n")
            {
                break
            }
        }
        while lo < s && scalars[lo] == " " { lo += 1 }
        return (slice(scalars, lo, hi) ?? "", lo, hi)
    }

    /// Lowercased, diacritics removed, whitespace collapsed: how names are looked up.
    public static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
