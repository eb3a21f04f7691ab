/// `redact ARTICLE-ID`: the article's body and everything derived from it must be erased.
///
/// Names the events whose payloads the author erased (`ArticleIngested`, `ArticleExtracted`);
/// a replica applying it erases those and any other event of the article it holds.
public struct ArticleRedacted: EventPayload {
    public static let eventType = "ArticleRedacted"
    public static let typeVersion = 1
    /// The article id (SHA-256 of the body).
    public var article: String
    /// Ids of the events whose payloads are erased.
    public var events: [String]
    /// Why (do not repeat what is being erased here: this payload is kept).
    public var reason: String
    /// Makes a payload.
    public init(article: String, events: [String], reason: String) {
        self.article = article; self.events = events.sorted(); self.reason = reason
    }
}

/// `conflicts resolve ID`: settles a conflict by choosing a value; supersedes every side.
public struct ConflictResolved: EventPayload {
    public static let eventType = "ConflictResolved"
    public static let typeVersion = 1
    /// The conflict id as listed by `dossier conflicts`.
    public var conflict: String
    /// The register kind: `label`, `type`, `merge`, `fact`, `mention`.
    public var kind: String
    /// The register's target (entity id, fact id, mention id).
    public var target: String
    /// The event whose value is chosen.
    public var chosen: String
    /// The chosen value (omitted when the choice is "none": unmerged, restored).
    public var value: String?
    /// Ids of the conflicting writes settled.
    public var supersedes: [String]
    /// Why; omitted when not given.
    public var reason: String?
    /// Makes a payload.
    public init(
        conflict: String, kind: String, target: String, chosen: String, value: String?, supersedes: [String],
        reason: String? = nil
    ) {
        self.conflict = conflict; self.kind = kind; self.target = target; self.chosen = chosen; self.value = value
        self.supersedes = supersedes.sorted(); self.reason = reason
    }
}
