import Foundation

/// A JSON value restricted to what events may hold: no floating point, strings in NFC.
///
/// ``serialized()`` gives the canonical bytes: UTF-8, keys sorted by their UTF-8 bytes,
/// no insignificant whitespace, minimal string escaping.
public indirect enum CanonicalValue: Sendable, Equatable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case string(String)
    case array([CanonicalValue])
    case object([String: CanonicalValue])

    /// The canonical UTF-8 bytes of this value.
    public func serialized() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(into: &out)
        return out
    }

    /// Appends the canonical bytes of this value to `out`.
    public func write(into out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
        case .bool(let b): out.append(contentsOf: b ? Array("true".utf8) : Array("false".utf8))
        case .int(let i): CanonicalValue.writeInt(i, into: &out)
        case .string(let s): CanonicalValue.writeString(s, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            let keys = members.keys.map { CanonicalValue.nfc($0) }
            let sorted = zip(keys, members.values).sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            for (n, (key, value)) in sorted.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                CanonicalValue.writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                value.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Writes a decimal integer.
    public static func writeInt(_ value: Int64, into out: inout [UInt8]) {
        if value == 0 { out.append(UInt8(ascii: "0")); return }
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for 20 digits
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            while magnitude > 0 {
                buf[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            for i in stride(from: count - 1, through: 0, by: -1) { out.append(buf[i]) }
        }
    }

    /// Writes a JSON string literal of `value` after NFC normalization.
    public static func writeString(_ value: String, into out: inout [UInt8]) {
        // Fast path: printable ASCII without quote or backslash is written as is.
        var plain = true
        for byte in value.utf8 where byte < 0x20 || byte >= 0x80 || byte == 0x22 || byte == 0x5C {
            plain = false; break
        }
        if plain {
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: value.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        let normalized = nfc(value)
        out.append(UInt8(ascii: "\""))
        for byte in normalized.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `value` in Unicode Normalization Form C (ASCII is returned as is, without work).
    public static func nfc(_ value: String) -> String {
        var ascii = true
        for byte in value.utf8 where byte >= 0x80 { ascii = false; break }
        if ascii { return value }
        return value.precomposedStringWithCanonicalMapping
    }
}

extension CanonicalValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let b = try? container.decode(Bool.self) { self = .bool(b); return }
        if let i = try? container.decode(Int64.self) { self = .int(i); return }
        if let s = try? container.decode(String.self) { self = .string(s); return }
        if let a = try? container.decode([CanonicalValue].self) { self = .array(a); return }
        if let o = try? container.decode([String: CanonicalValue].self) { self = .object(o); return }
        throw DecodingError.dataCorruptedError(
            in: container, debugDescription: "not a canonical JSON value (floating point is not allowed in events)")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let b): try container.encode(b)
        case .int(let i): try container.encode(i)
        case .string(let s): try container.encode(s)
        case .array(let a): try container.encode(a)
        case .object(let o): try container.encode(o)
        }
    }
}
