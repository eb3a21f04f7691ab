/// One thing curation currently does (a row of `curation_effects`).
public struct CurationEffect: Codable, Sendable, Equatable {
    /// `label`, `type`, `fact`, `mention`, `merge`, `alias` or `unalias`.
    public var kind: String
    /// Entity id, fact id or mention id.
    public var target: String
    /// The value in force (label, type, `retracted`, entity id, representative, alias text).
    public var value: String
    /// The event that gives it.
    public var event: String
    /// False while the target is not in the projection (not synced yet, or gone after a re-extraction).
    public var applied: Bool
}

/// One side of a conflict.
public struct ConflictSide: Codable, Sendable, Equatable {
    /// The event id.
    public var event: String
    /// Its type.
    public var type: String
    /// Its author (public key).
    public var author: String
    /// Its hybrid clock (wall milliseconds × 65536 + counter).
    public var hlc: Int
    /// The value it writes; nil for "none" (unmerged, restored).
    public var value: String?
    /// Why, as its author wrote.
    public var reason: String?
}

/// Concurrent writes to one register: the winner by (hlc, author, event id), and the others.
public struct CurationConflict: Codable, Sendable, Equatable {
    /// Conflict id (16 hex digits over the register and the competing writes).
    public var id: String
    /// Entity id, fact id or mention id.
    public var target: String
    /// `label`, `type`, `merge`, `fact` or `mention`.
    public var kind: String
    /// The winning event id.
    public var winner: String
    /// The losing event ids, best first.
    public var losers: [String]
    /// Every side, winner first.
    public var sides: [ConflictSide]
}

/// One event that shaped an entity or a fact.
public struct HistoryItem: Codable, Sendable, Equatable {
    /// The event id.
    public var event: String
    /// Its type.
    public var type: String
    /// Its author.
    public var author: String
    /// Its hybrid clock.
    public var hlc: Int
    /// What it did, in words.
    public var summary: String
    /// Why, when given.
    public var reason: String?
}

/// An article's stored text, for re-extraction.
public struct StoredArticle: Sendable, Equatable {
    /// Article id.
    public var id: String
    /// Body text.
    public var body: String
    /// Title.
    public var title: String?
    /// Language.
    public var language: String?
    /// Publication date.
    public var published: String?
    /// Extractor name and version of the extraction in use, if any.
    public var extractor: String?
    /// Its version.
    public var extractorVersion: Int?
}

/// A curation event as the projection holds it (a row of `curation`).
public struct CurationRecord: Codable, Sendable, Equatable {
    /// Event id.
    public var event: String
    /// Event type.
    public var type: String
    /// Register or set kind.
    public var kind: String
    /// Target id.
    public var target: String
    /// Value written.
    public var value: String?
    /// Event ids superseded, removed, undone or erased.
    public var refs: [String]
    /// Why.
    public var reason: String?
    /// Author.
    public var author: String
    /// Hybrid clock.
    public var hlc: Int
    /// The article the target lives in (facts, mentions, redactions).
    public var article: String?
}
