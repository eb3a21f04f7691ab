import DossierEvents

/// An article as listed by `articles`.
public struct ArticleSummary: Codable, Sendable, Equatable {
    /// Article id (SHA-256 of the body).
    public var id: ArticleID
    /// Title, when known.
    public var title: String?
    /// Language code.
    public var language: String?
    /// Where it came from.
    public var source: String?
    /// Publication date (ISO), when known.
    public var published: String?
}

/// An entity as listed by `entities`.
public struct EntitySummary: Codable, Sendable, Equatable {
    /// Entity id (`wd:Q30`, `person:mark-milley`).
    public var id: EntityID
    /// PERSON, ORG, PLACE or EVENT.
    public var type: EntityType
    /// Canonical label.
    public var label: String
    /// Surfaces it is mentioned under, most frequent first.
    public var aliases: [String]
    /// Number of mentions.
    public var mentions: Int
    /// Number of articles mentioning it.
    public var articles: Int
}

/// One mention shown with its sentence.
public struct MentionContext: Codable, Sendable, Equatable {
    /// Article id.
    public var article: ArticleID
    /// Article title.
    public var title: String?
    /// Span start (Unicode scalars).
    public var start: Int
    /// Span end.
    public var end: Int
    /// The mentioned text.
    public var surface: String
    /// The sentence around it.
    public var sentence: String
    /// True when curation moved this mention to the entity (`mention move`).
    public var moved: Bool = false
}

/// An article mentioning an entity.
public struct EntityArticle: Codable, Sendable, Equatable {
    /// Article id.
    public var id: ArticleID
    /// Title.
    public var title: String?
    /// Publication date.
    public var published: String?
    /// Mentions of the entity in it.
    public var mentions: Int
}

/// A fact with its provenance.
public struct FactRecord: Codable, Sendable, Equatable {
    /// The fact id (`fact:` + 20 hex digits, see `Schemas/curation.md`), as `retract` and `restore` take it.
    public var id: FactID
    /// Subject id or literal.
    public var subject: String
    /// Subject label when it is an entity.
    public var subjectLabel: String?
    /// Canonical English predicate.
    public var predicate: String
    /// Object id, date or literal.
    public var object: String
    /// Object label when it is an entity.
    public var objectLabel: String?
    /// ISO date of the fact, when given.
    public var when: String?
    /// Article id.
    public var article: ArticleID
    /// Evidence span start.
    public var start: Int
    /// Evidence span end.
    public var end: Int
    /// The evidence text (the span).
    public var evidence: String?
    /// Id of the extraction event that produced it.
    public var event: EventID
}

/// A neighbour in the co-mention graph.
public struct Neighbor: Codable, Sendable, Equatable {
    /// Entity id.
    public var id: EntityID
    /// Label.
    public var label: String
    /// Type.
    public var type: EntityType
    /// Articles co-mentioning it with the entity it was reached from.
    public var weight: Int
    /// Distance from the start entity.
    public var depth: Int
    /// The entity it was reached from.
    public var via: EntityID
}

/// A full entity profile, as shown by `show`.
public struct EntityProfile: Codable, Sendable, Equatable {
    /// Id, type, label, aliases and counts.
    public var entity: EntitySummary
    /// Articles mentioning it, most mentions first.
    public var articles: [EntityArticle]
    /// Mentions with their sentences.
    public var contexts: [MentionContext]
    /// Facts where it is subject or object.
    public var facts: [FactRecord]
    /// Strongest co-mention neighbours.
    public var neighbors: [Neighbor]
}

/// A full text search hit.
public struct SearchHit: Codable, Sendable, Equatable {
    /// Article id.
    public var article: ArticleID
    /// Title.
    public var title: String?
    /// Matching excerpt, hits in [brackets].
    public var snippet: String
}

/// One edge of a path, with its evidence.
public struct PathStep: Codable, Sendable, Equatable {
    /// From entity id.
    public var from: EntityID
    /// Its label.
    public var fromLabel: String
    /// To entity id.
    public var to: EntityID
    /// Its label.
    public var toLabel: String
    /// `fact` (with its predicate) or `co-mention`.
    public var kind: String
    /// The predicate, for a fact.
    public var predicate: String?
    /// Article the evidence comes from.
    public var article: ArticleID
    /// The evidence sentence.
    public var sentence: String
}

/// A dated item of a timeline.
public struct TimelineEntry: Codable, Sendable, Equatable {
    /// ISO date (YYYY, YYYY-MM or YYYY-MM-DD).
    public var date: String
    /// `fact` or `date`.
    public var kind: String
    /// What happened: the fact, or the sentence carrying the date.
    public var text: String
    /// Article id.
    public var article: ArticleID
}

/// The rows of a read-only SQL query.
public struct SQLResult: Codable, Sendable, Equatable {
    /// Column names.
    public var columns: [String]
    /// Rows, values as text (nil for NULL; blobs as hex).
    public var rows: [[String?]]
}

/// How a name given by the user resolved.
public enum EntityResolution: Sendable, Equatable {
    /// Exactly one entity.
    case found(EntitySummary)
    /// Several entities share the name.
    case ambiguous([EntitySummary])
    /// None; close matches, best first.
    case notFound(suggestions: [EntitySummary])
}
