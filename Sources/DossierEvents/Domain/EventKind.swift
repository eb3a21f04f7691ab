/// Every event type this build knows, by the name its header carries.
///
/// A header keeps its type as a string, since a log may hold events of a newer build's types
/// (kept, synced and skipped by the projection); ``EventHeader/kind`` is nil for those.
public enum EventKind: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case articleIngested = "ArticleIngested"
    case articleExtracted = "ArticleExtracted"
    case entitiesMerged = "EntitiesMerged"
    case mergeUndone = "MergeUndone"
    case aliasAdded = "AliasAdded"
    case aliasRemoved = "AliasRemoved"
    case entityLabelSet = "EntityLabelSet"
    case entityTypeSet = "EntityTypeSet"
    case factRetracted = "FactRetracted"
    case factRestored = "FactRestored"
    case mentionMoved = "MentionMoved"
    case articleRedacted = "ArticleRedacted"
    case conflictResolved = "ConflictResolved"

    public var description: String { rawValue }

    /// True for the curation edits (everything but ingestion and extraction).
    public var isCuration: Bool { self != .articleIngested && self != .articleExtracted }
}

extension EventHeader {
    /// The header's type as a known kind; nil for a type this build does not know.
    public var kind: EventKind? { EventKind(rawValue: type) }
}
