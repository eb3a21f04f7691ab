/// A fuzz input read as a list of edits to the fields of a valid, signed structure: each edit
/// is 10 bytes — field selector, value kind, 8 bytes of raw value. Value kinds pick the
/// boundaries where integer handling breaks (0, ±1, 2^31, 2^32, 2^53, 2^63, max, min) or the raw
/// bytes, so that a short input reaches the logic behind CRCs, signatures and framing.
struct FieldEdits {
    struct Edit {
        var field: Int
        var value: UInt64
        /// The value as a signed integer (two's complement).
        var signed: Int { Int(truncatingIfNeeded: value) }
    }

    private(set) var edits: [Edit] = []
    /// Flags from the first byte (which structure to build, whether to re-sign, …).
    let flags: UInt8

    static let boundaries: [UInt64] = [
        0, 1, 2, UInt64.max, UInt64(Int64.max), UInt64(bitPattern: Int64.min), (1 << 53) - 1, 1 << 53, (1 << 53) + 1,
        UInt64(UInt32.max), 1 << 32, UInt64(Int32.max), 1 << 31, 1 << 63, (1 << 63) - 1, 3, 1000, 86_400_000,
    ]

    init(_ bytes: [UInt8], fields: Int) {
        flags = bytes.first ?? 0
        var i = 1
        while i + 10 <= bytes.count, edits.count < 16 {
            let field = Int(bytes[i]) % max(fields, 1)
            let kind = Int(bytes[i + 1])
            var raw: UInt64 = 0
            for k in 0..<8 { raw |= UInt64(bytes[i + 2 + k]) << (8 * k) }
            let value =
                kind < FieldEdits.boundaries.count * 2
                ? FieldEdits.boundaries[kind % FieldEdits.boundaries.count]
                    &+ (kind >= FieldEdits.boundaries.count ? UInt64(bitPattern: -1) : 0)
                : raw
            edits.append(Edit(field: field, value: value))
            i += 10
        }
    }

    /// The last edit of `field`, if any.
    func value(_ field: Int) -> Edit? { edits.last { $0.field == field } }

    /// An input that applies `edits` (field, value) with raw values, for regression files.
    static func encode(flags: UInt8, _ edits: [(field: UInt8, value: UInt64)]) -> [UInt8] {
        var out: [UInt8] = [flags]
        for edit in edits {
            out += [edit.field, 255]
            for k in 0..<8 { out.append(UInt8(truncatingIfNeeded: edit.value >> (8 * k))) }
        }
        return out
    }
}
