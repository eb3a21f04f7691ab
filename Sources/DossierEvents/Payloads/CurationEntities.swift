/// `merge A B`: entity `entity` is the same as `into`. A last-writer-wins register on `entity`
/// (its merge target), so merging one entity into two different entities concurrently is a
/// conflict; the projection links entities union-find style with a deterministic representative.
public struct EntitiesMerged: EventPayload {
    public static let eventType = "EntitiesMerged"
    public static let typeVersion = 1
    /// The entity id merged away.
    public var entity: String
    /// The entity id it is merged into.
    public var into: String
    /// Ids of the register writes on `entity` this author saw (and so replaces).
    public var supersedes: [String]
    /// Why, as the editor wrote it; omitted when not given.
    public var reason: String?
    /// Makes a payload.
    public init(entity: String, into: String, supersedes: [String] = [], reason: String? = nil) {
        self.entity = entity; self.into = into; self.supersedes = supersedes.sorted(); self.reason = reason
    }
}

/// `unmerge MERGE-ID`: undoes one `EntitiesMerged` event, named by id.
public struct MergeUndone: EventPayload {
    public static let eventType = "MergeUndone"
    public static let typeVersion = 1
    /// The `EntitiesMerged` event undone.
    public var merge: String
    /// The entity that merge moved (its `entity`).
    public var entity: String
    /// Why; omitted when not given.
    public var reason: String?
    /// Makes a payload.
    public init(merge: String, entity: String, reason: String? = nil) {
        self.merge = merge; self.entity = entity; self.reason = reason
    }
}

/// `alias add ENTITY TEXT`: one element of an observed-remove set, tagged by this event's id.
public struct AliasAdded: EventPayload {
    public static let eventType = "AliasAdded"
    public static let typeVersion = 1
    /// The entity id.
    public var entity: String
    /// The alias text (NFC).
    public var alias: String
    /// Why; omitted when not given.
    public var reason: String?
    /// Makes a payload.
    public init(entity: String, alias: String, reason: String? = nil) {
        self.entity = entity; self.alias = alias; self.reason = reason
    }
}

/// `alias remove ENTITY TEXT`: removes the `AliasAdded` events it names (observed-remove);
/// an alias the extractor found (no event to name) is hidden instead.
public struct AliasRemoved: EventPayload {
    public static let eventType = "AliasRemoved"
    public static let typeVersion = 1
    /// The entity id.
    public var entity: String
    /// The alias text.
    public var alias: String
    /// Ids of the `AliasAdded` events removed (the ones this author saw).
    public var removes: [String]
    /// Why; omitted when not given.
    public var reason: String?
    /// Makes a payload.
    public init(entity: String, alias: String, removes: [String], reason: String? = nil) {
        self.entity = entity; self.alias = alias; self.removes = removes.sorted(); self.reason = reason
    }
}

/// `label ENTITY TEXT`: a last-writer-wins register on the entity's label, ordered by (hlc, author).
public struct EntityLabelSet: EventPayload {
    public static let eventType = "EntityLabelSet"
    public static let typeVersion = 1
    /// The entity id.
    public var entity: String
    /// The new label.
    public var label: String
    /// Ids of the register writes this author saw (and so replaces).
    public var supersedes: [String]
    /// Why; omitted when not given.
    public var reason: String?
    /// Makes a payload.
    public init(entity: String, label: String, supersedes: [String] = [], reason: String? = nil) {
        self.entity = entity; self.label = label; self.supersedes = supersedes.sorted(); self.reason = reason
    }
}

/// `type ENTITY TYPE`: a last-writer-wins register on the entity's type (PERSON, ORG, PLACE, EVENT).
public struct EntityTypeSet: EventPayload {
    public static let eventType = "EntityTypeSet"
    public static let typeVersion = 1
    /// The entity id.
    public var entity: String
    /// PERSON, ORG, PLACE or EVENT.
    public var type: String
    /// Ids of the register writes this author saw (and so replaces).
    public var supersedes: [String]
    /// Why; omitted when not given.
    public var reason: String?
    /// Makes a payload.
    public init(entity: String, type: String, supersedes: [String] = [], reason: String? = nil) {
        self.entity = entity; self.type = type; self.supersedes = supersedes.sorted(); self.reason = reason
    }
}
