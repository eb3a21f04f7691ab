/// A payload type with a hand-written decoder for its current version, tried before
/// `JSONDecoder`. It returns nil whenever it is not certain to agree with `JSONDecoder`
/// (anything unusual: a missing or repeated key, a number with a fraction, invalid UTF-8),
/// and the caller then decodes with `JSONDecoder`, which gives the same value or the error.
public protocol FastDecodable {
    /// The payload, or nil to fall back to `JSONDecoder`.
    static func fastDecode(_ bytes: [UInt8]) -> Self?
}

/// A forward-only reader of JSON text that gives up (throws ``Bail``) rather than guess: for
/// hand-written payload decoders that fall back to `JSONDecoder` when it gives up.
public struct FastJSONReader {
    /// Thrown when the text is not what the reader is sure to read as `JSONDecoder` would.
    public struct Bail: Error { public init() {} }

    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The next byte after white space (0 at the end).
    public mutating func peek() -> UInt8 {
        skipSpace()
        return i < bytes.count ? bytes[i] : 0
    }

    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    mutating func expect(_ byte: UInt8) throws {
        skipSpace()
        guard i < bytes.count, bytes[i] == byte else { throw Bail() }
        i += 1
    }

    /// True (and consumed) when the next byte is `byte`.
    mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        if i < bytes.count, bytes[i] == byte { i += 1; return true }
        return false
    }

    public mutating func string() throws -> String {
        try expect(0x22)
        let start = i
        while i < bytes.count, bytes[i] != 0x22, bytes[i] != 0x5C {
            guard bytes[i] >= 0x20 else { throw Bail() }
            i += 1
        }
        guard i < bytes.count else { throw Bail() }
        if bytes[i] == 0x22 {
            let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            i += 1
            guard let text else { throw Bail() }
            return text
        }
        var out = Array(bytes[start..<i])
        while true {
            guard i < bytes.count else { throw Bail() }
            let b = bytes[i]
            if b == 0x22 { i += 1; break }
            guard b >= 0x20 else { throw Bail() }
            if b != 0x5C { out.append(b); i += 1; continue }
            guard i + 1 < bytes.count else { throw Bail() }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar) {
                    guard i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == UInt8(ascii: "u") else { throw Bail() }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw Bail() }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let s = Unicode.Scalar(scalar) else { throw Bail() }
                out.append(contentsOf: UTF8.encode(s)!)
            default: throw Bail()
            }
        }
        guard let text = String(validating: out, as: UTF8.self) else { throw Bail() }
        return text
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= bytes.count else { throw Bail() }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let d: UInt8
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x41...0x46: d = c - 0x41 + 10
            case 0x61...0x66: d = c - 0x61 + 10
            default: throw Bail()
            }
            v = v << 4 | UInt32(d)
            i += 1
        }
        return v
    }

    public mutating func int() throws -> Int {
        skipSpace()
        var negative = false
        if i < bytes.count, bytes[i] == 0x2D { negative = true; i += 1 }
        let start = i
        var value = 0
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(bytes[i] - 0x30))
            guard !o1, !o2 else { throw Bail() }
            value = a
            i += 1
        }
        guard i > start, !(i - start > 1 && bytes[start] == 0x30) else { throw Bail() }
        if i < bytes.count, bytes[i] == 0x2E || bytes[i] == 0x65 || bytes[i] == 0x45 { throw Bail() }
        return negative ? -value : value
    }

    /// nil for JSON null, else the string.
    public mutating func optionalString() throws -> String? {
        skipSpace()
        if i + 4 <= bytes.count, bytes[i] == 0x6E, bytes[i + 1] == 0x75, bytes[i + 2] == 0x6C, bytes[i + 3] == 0x6C {
            i += 4; return nil
        }
        return try string()
    }

    /// Reads an object, calling `member` with each key (which must consume the value).
    public mutating func object(_ member: (inout FastJSONReader, String) throws -> Void) throws {
        try expect(0x7B)
        if take(0x7D) { return }
        repeat {
            let key = try string()
            try expect(0x3A)
            try member(&self, key)
        } while take(0x2C)
        try expect(0x7D)
    }

    public mutating func array<T>(_ element: (inout FastJSONReader) throws -> T) throws -> [T] {
        try expect(0x5B)
        var out: [T] = []
        if take(0x5D) { return out }
        repeat { out.append(try element(&self)) } while take(0x2C)
        try expect(0x5D)
        return out
    }

    /// Skips any value (an unknown key's).
    public mutating func skipValue() throws {
        skipSpace()
        guard i < bytes.count else { throw Bail() }
        switch bytes[i] {
        case 0x22: _ = try string()
        case 0x7B: try object { r, _ in try r.skipValue() }
        case 0x5B: _ = try array { r in try r.skipValue() }
        case 0x74: try literal("true")
        case 0x66: try literal("false")
        case 0x6E: try literal("null")
        default: _ = try int()
        }
    }

    private mutating func literal(_ word: String) throws {
        let utf8 = Array(word.utf8)
        guard i + utf8.count <= bytes.count, Array(bytes[i..<i + utf8.count]) == utf8 else { throw Bail() }
        i += utf8.count
    }

    /// Decodes one value with `body`; nil when it bails or anything but white space follows.
    public static func decode<T>(_ bytes: [UInt8], _ body: (inout FastJSONReader) throws -> T) -> T? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = FastJSONReader(buffer)
            guard let value = try? body(&reader) else { return nil }
            reader.skipSpace()
            return reader.i == buffer.count ? value : nil
        }
    }
}

/// Keys met in one object: each required once, none twice.
struct SeenKeys {
    private var bits: UInt32 = 0
    mutating func mark(_ k: Int) throws {
        guard bits & (1 << k) == 0 else { throw FastJSONReader.Bail() }
        bits |= 1 << k
    }
    func require(_ mask: UInt32) throws {
        guard bits & mask == mask else { throw FastJSONReader.Bail() }
    }
}
