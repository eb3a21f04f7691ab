import DossierEvents

/// Bytes → Unicode text: UTF-8 (with or without BOM), UTF-16 with BOM (or an obvious NUL
/// pattern), and a recorded Windows-1252 fallback for legacy 8-bit text.
public enum TextDecoding {
    /// The outcome of decoding: the text, the encoding's name and whether it was a fallback.
    public struct Decoded: Sendable, Equatable {
        /// The decoded text, not yet normalized.
        public var text: String
        /// UTF-8, UTF-16 (either order) or the Windows-1252 fallback.
        public var encoding: TextEncoding
        /// True when the bytes were not valid UTF-8 and Windows-1252 was used instead.
        public var fallback: Bool
    }

    /// Decodes `bytes`, or throws a precise error naming `source` and the byte offset.
    public static func decode(_ bytes: [UInt8], source: String) throws(ExtractionError) -> Decoded {
        if bytes.isEmpty { throw .empty(source: source) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return Decoded(
                text: try utf16(bytes, from: 2, littleEndian: true, source: source), encoding: .utf16LE,
                fallback: false)
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return Decoded(
                text: try utf16(bytes, from: 2, littleEndian: false, source: source), encoding: .utf16BE,
                fallback: false)
        }
        if let littleEndian = utf16WithoutBOM(bytes) {
            return Decoded(
                text: try utf16(bytes, from: 0, littleEndian: littleEndian, source: source),
                encoding: littleEndian ? .utf16LE : .utf16BE, fallback: false)
        }
        let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        if let offset = binaryOffset(bytes) { throw .binary(source: source, offset: offset) }
        let check = validateUTF8(bytes, from: start)
        if check.invalidOffset == nil {
            return Decoded(text: String(decoding: bytes[start...], as: UTF8.self), encoding: .utf8, fallback: false)
        }
        // Valid multi-byte sequences next to invalid ones mean damaged UTF-8, not legacy text.
        if check.multiByteSequences > 0, let offset = check.invalidOffset {
            throw .invalidEncoding(source: source, encoding: "UTF-8", offset: offset)
        }
        return Decoded(text: windows1252(bytes[start...]), encoding: .windows1252, fallback: true)
    }

    /// Result of a UTF-8 scan: first invalid byte offset and how many valid multi-byte sequences were seen.
    struct UTF8Check { var invalidOffset: Int?; var multiByteSequences: Int }

    /// Scans `bytes` as UTF-8, reporting the first invalid byte offset.
    static func validateUTF8(_ bytes: [UInt8], from start: Int) -> UTF8Check {
        var i = start
        var multi = 0
        var firstInvalid: Int?
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            var need = 0
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; upper = 0x9F
            case 0xF0: need = 3; lower = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; upper = 0x8F
            default: need = -1
            }
            var ok = need > 0
            if ok {
                for k in 1...need {
                    guard i + k < n else { ok = false; break }
                    let c = bytes[i + k]
                    let lo: UInt8 = k == 1 ? lower : 0x80, hi: UInt8 = k == 1 ? upper : 0xBF
                    if c < lo || c > hi { ok = false; break }
                }
            }
            if ok {
                multi += 1; i += need + 1
            } else {
                if firstInvalid == nil { firstInvalid = i }
                i += 1
            }
        }
        return UTF8Check(invalidOffset: firstInvalid, multiByteSequences: multi)
    }

    /// Offset of the first byte that marks the input as binary, if any.
    static func binaryOffset(_ bytes: [UInt8]) -> Int? {
        var controls = 0
        let limit = min(bytes.count, 65536)
        var firstControl: Int?
        for i in 0..<limit {
            let b = bytes[i]
            if b == 0 { return i }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B || b == 0x7F {
                controls += 1
                if firstControl == nil { firstControl = i }
            }
        }
        if let first = firstControl, controls * 20 > limit { return first }
        return nil
    }

    /// Recognises BOM-less UTF-16 by its NUL bytes on one side of each code unit.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        let limit = min(bytes.count, 4096) & ~1
        guard limit >= 4 else { return nil }
        var evenZero = 0, oddZero = 0
        for i in stride(from: 0, to: limit, by: 2) {
            if bytes[i] == 0 { evenZero += 1 }
            if bytes[i + 1] == 0 { oddZero += 1 }
        }
        let units = limit / 2
        if oddZero * 10 >= units * 7 && evenZero * 10 < units { return true }
        if evenZero * 10 >= units * 7 && oddZero * 10 < units { return false }
        return nil
    }

    /// Decodes UTF-16 code units, throwing at the first unpaired surrogate or odd trailing byte.
    static func utf16(_ bytes: [UInt8], from start: Int, littleEndian: Bool, source: String) throws(ExtractionError)
        -> String
    {
        let encoding = littleEndian ? "UTF-16LE" : "UTF-16BE"
        if (bytes.count - start) % 2 != 0 {
            throw .invalidEncoding(source: source, encoding: encoding, offset: bytes.count - 1)
        }
        var scalars = String.UnicodeScalarView()
        var i = start
        func unit(_ at: Int) -> UInt16 {
            littleEndian
                ? UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 : UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1])
        }
        while i < bytes.count {
            let u = unit(i)
            if u >= 0xD800 && u <= 0xDBFF {
                guard i + 3 < bytes.count else { throw .invalidEncoding(source: source, encoding: encoding, offset: i) }
                let low = unit(i + 2)
                guard low >= 0xDC00 && low <= 0xDFFF else {
                    throw .invalidEncoding(source: source, encoding: encoding, offset: i)
                }
                let value = 0x10000 + (UInt32(u - 0xD800) << 10) + UInt32(low - 0xDC00)
                guard let scalar = Unicode.Scalar(value) else {
                    throw .invalidEncoding(source: source, encoding: encoding, offset: i)
                }
                scalars.append(scalar)
                i += 4
            } else if u >= 0xDC00 && u <= 0xDFFF {
                throw .invalidEncoding(source: source, encoding: encoding, offset: i)
            } else {
                if u == 0 { throw .binary(source: source, offset: i) }
                if let scalar = Unicode.Scalar(UInt32(u)) { scalars.append(scalar) }
                i += 2
            }
        }
        return String(scalars)
    }

    /// Windows-1252 code points for bytes 0x80–0x9F (0 where the byte is undefined: kept as C1).
    static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,
        0x017E, 0x0178,
    ]

    /// Decodes bytes as Windows-1252 (a superset of Latin-1's printable range).
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            let value = b >= 0x80 && b <= 0x9F ? cp1252High[Int(b - 0x80)] : UInt32(b)
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }
}
