/// `retract FACT-ID`: the fact is wrong. A register on the fact (retracted / restored).
public struct FactRetracted: EventPayload {
    public static let eventType = "FactRetracted"
    public static let typeVersion = 1
    /// The fact id (`fact:` + 20 hex digits, see `Schemas/curation.md`).
    public var fact: String
    /// The article whose extraction states the fact.
    public var article: String
    /// Ids of the register writes on the fact this author saw.
    public var supersedes: [String]
    /// Why.
    public var reason: String?
    /// Makes a payload.
    public init(fact: String, article: String, supersedes: [String] = [], reason: String? = nil) {
        self.fact = fact; self.article = article; self.supersedes = supersedes.sorted(); self.reason = reason
    }
}

/// `restore FACT-ID`: undoes the retractions it names by id.
public struct FactRestored: EventPayload {
    public static let eventType = "FactRestored"
    public static let typeVersion = 1
    /// The fact id.
    public var fact: String
    /// The article whose extraction states the fact.
    public var article: String
    /// Ids of the retractions (and other register writes) undone.
    public var supersedes: [String]
    /// Why; omitted when not given.
    public var reason: String?
    /// Makes a payload.
    public init(fact: String, article: String, supersedes: [String], reason: String? = nil) {
        self.fact = fact; self.article = article; self.supersedes = supersedes.sorted(); self.reason = reason
    }
}

/// `mention move MENTION-ID ENTITY`: one mention (article, span) belongs to another entity.
/// A register on the mention, id `ARTICLE:START-END`.
public struct MentionMoved: EventPayload {
    public static let eventType = "MentionMoved"
    public static let typeVersion = 1
    /// The article id.
    public var article: String
    /// Span start (Unicode scalars of the body).
    public var start: Int
    /// Span end.
    public var end: Int
    /// The entity the extraction gave it (informational); omitted when unknown.
    public var from: String?
    /// The entity it now belongs to.
    public var to: String
    /// Ids of the register writes on the mention this author saw.
    public var supersedes: [String]
    /// Why; omitted when not given.
    public var reason: String?
    /// Makes a payload.
    public init(
        article: String, start: Int, end: Int, from: String?, to: String, supersedes: [String] = [],
        reason: String? = nil
    ) {
        self.article = article; self.start = start; self.end = end; self.from = from; self.to = to
        self.supersedes = supersedes.sorted(); self.reason = reason
    }

    /// The mention's id: `ARTICLE:START-END`.
    public var mention: String { "\(article):\(start)-\(end)" }
}
