import DossierEvents

/// A reader for the flat JSON objects that curation payloads are (string, integer, null and
/// array-of-string members), used to decode curation events without `JSONDecoder`, which costs
/// more than everything else a rebuild does with such a small event.
///
/// It only answers what it is sure of: any other shape (nested objects, fractions, exponents,
/// duplicate keys, invalid UTF-8, trailing bytes) makes ``parse(_:)`` return nil and the caller
/// falls back to `JSONDecoder`, whose result (or error) stays the reference.
struct FlatJSON {
    enum Value: Equatable {
        case string(String)
        case int(Int)
        case strings([String])
        case null
    }

    private(set) var members: [(key: String, value: Value)] = []

    /// The member `key`, nil when absent.
    subscript(_ key: String) -> Value? {
        for member in members where member.key == key { return member.value }
        return nil
    }

    /// A required string member; nil when absent or of another type.
    func string(_ key: String) -> String? {
        if case .string(let s)? = self[key] { return s }
        return nil
    }

    /// An optional string member: `.some(nil)` when absent or null, nil (does not decode) for another type.
    func optionalString(_ key: String) -> String?? {
        switch self[key] {
        case nil, .null?: return .some(nil)
        case .string(let s)?: return .some(s)
        default: return nil
        }
    }

    /// A required integer member.
    func int(_ key: String) -> Int? {
        if case .int(let n)? = self[key] { return n }
        return nil
    }

    /// A required array-of-strings member.
    func strings(_ key: String) -> [String]? {
        switch self[key] {
        case .strings(let list)?: return list
        default: return nil
        }
    }

    /// Parses `bytes` as one flat object; nil when it is anything else (read with the same
    /// cautious reader as ``ArticleExtracted``'s decoder: ``FastJSONReader``).
    static func parse(_ bytes: [UInt8]) -> FlatJSON? {
        FastJSONReader.decode(bytes) { r in
            var out = FlatJSON()
            try r.object { r, key in
                if out.members.contains(where: { $0.key == key }) { throw FastJSONReader.Bail() }
                let value: Value
                switch r.peek() {
                case UInt8(ascii: "\""): value = .string(try r.string())
                case UInt8(ascii: "["): value = .strings(try r.array { r in try r.string() })
                case UInt8(ascii: "n"): guard try r.optionalString() == nil else { throw FastJSONReader.Bail() }; value = .null
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = .int(try r.int())
                default: throw FastJSONReader.Bail()
                }
                out.members.append((key, value))
            }
            return out
        }
    }
}
