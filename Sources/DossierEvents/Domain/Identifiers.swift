/// An identifier of the domain: a string on the wire and in the projection, a type in code,
/// with one short rendering for tables and messages.
public protocol DomainIdentifier: Hashable, Sendable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The full id, as stored.
    var rawValue: String { get }
    /// Wraps a full id (or a prefix typed by a user).
    init(_ rawValue: String)
    /// How many leading characters `short` shows.
    static var shortLength: Int { get }
}

extension DomainIdentifier {
    /// The id as tables and messages show it: its first `shortLength` characters.
    public var short: String { String(rawValue.prefix(Self.shortLength)) }
    public var description: String { rawValue }
    /// A literal id, as code and tests write a known one (`"person:olaf-scholz" as EntityID`).
    public init(stringLiteral value: String) { self.init(value) }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    public init(from decoder: any Decoder) throws { self.init(try decoder.singleValueContainer().decode(String.self)) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// An article: SHA-256 (64 hex digits) of its normalized body.
public struct ArticleID: DomainIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public static var shortLength: Int { 12 }
}

/// An author: the hex Ed25519 public key of a replica's identity.
public struct AuthorID: DomainIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public static var shortLength: Int { 12 }
}

/// An event: SHA-256 of its canonical header.
public struct EventID: DomainIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public static var shortLength: Int { 16 }
}

/// An entity: a type prefix and a slug of its name (`person:olaf-scholz`), or a gazetteer id.
public struct EntityID: DomainIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Entity ids are readable; shown whole.
    public static var shortLength: Int { .max }
}

/// A fact: `fact:` and 20 hex digits of a hash of its article, span and triple.
public struct FactID: DomainIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// `fact:` and 12 hex digits, what `retract` takes.
    public static var shortLength: Int { 17 }
}
