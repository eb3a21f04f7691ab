import DossierEvents
import Foundation

/// A curation event reduced to what the projection keeps of it: one row of the `curation` table.
///
/// Register edits (`label`, `type`, `merge`, `fact`, `mention`) write a value to (kind, target)
/// and name the writes they replace in `refs`; `alias`/`unalias` are the observed-remove set;
/// `redact` names the article and the events erased.
public struct CurationEdit: Sendable, Equatable {
    /// The event type (`EntityLabelSet`, …).
    public var type: String
    /// `label`, `type`, `merge`, `fact`, `mention`, `alias`, `unalias` or `redact`.
    public var kind: String
    /// Entity id, fact id, mention id (`ARTICLE:START-END`) or article id.
    public var target: String
    /// The value written; nil for "none" (unmerged, restored) and for redactions.
    public var value: String?
    /// Event ids this edit replaces, removes, undoes or erases.
    public var refs: [String]
    /// Why, as written by the editor.
    public var reason: String?
    /// The article the target lives in (facts, mentions, redactions).
    public var article: String?

    /// The register kinds: single-valued, last writer wins, concurrent writes are conflicts.
    public static let registerKinds: Set<String> = Set(CurationKind.allCases.filter(\.isRegister).map(\.rawValue))

    /// The curation event types.
    public static let types: Set<String> = Set(EventKind.allCases.filter(\.isCuration).map(\.rawValue))

    /// Decodes a curation event; nil for other types; throws when the payload does not decode (or was erased).
    ///
    /// Payloads decode through the type registry: the current version by its hand-written
    /// decoder (``FastDecodable``) when that is sure to agree with `JSONDecoder`, older versions
    /// upcast.
    public static func decode(_ event: Event) throws(EventError) -> CurationEdit? {
        switch event.header.type {
        case EntitiesMerged.eventType:
            let p = try event.decode(EntitiesMerged.self)
            return CurationEdit(
                type: p.eventTypeName, kind: "merge", target: p.entity, value: p.into, refs: p.supersedes,
                reason: p.reason)
        case MergeUndone.eventType:
            let p = try event.decode(MergeUndone.self)
            return CurationEdit(
                type: p.eventTypeName, kind: "merge", target: p.entity, value: nil, refs: [p.merge], reason: p.reason)
        case AliasAdded.eventType:
            let p = try event.decode(AliasAdded.self)
            return CurationEdit(
                type: p.eventTypeName, kind: "alias", target: p.entity, value: p.alias, refs: [], reason: p.reason)
        case AliasRemoved.eventType:
            let p = try event.decode(AliasRemoved.self)
            return CurationEdit(
                type: p.eventTypeName, kind: "unalias", target: p.entity, value: p.alias, refs: p.removes,
                reason: p.reason)
        case EntityLabelSet.eventType:
            let p = try event.decode(EntityLabelSet.self)
            return CurationEdit(
                type: p.eventTypeName, kind: "label", target: p.entity, value: p.label, refs: p.supersedes,
                reason: p.reason)
        case EntityTypeSet.eventType:
            let p = try event.decode(EntityTypeSet.self)
            return CurationEdit(
                type: p.eventTypeName, kind: "type", target: p.entity, value: p.type, refs: p.supersedes,
                reason: p.reason)
        case FactRetracted.eventType:
            let p = try event.decode(FactRetracted.self)
            return CurationEdit(
                type: p.eventTypeName, kind: "fact", target: p.fact, value: "retracted", refs: p.supersedes,
                reason: p.reason, article: p.article)
        case FactRestored.eventType:
            let p = try event.decode(FactRestored.self)
            return CurationEdit(
                type: p.eventTypeName, kind: "fact", target: p.fact, value: nil, refs: p.supersedes, reason: p.reason,
                article: p.article)
        case MentionMoved.eventType:
            let p = try event.decode(MentionMoved.self)
            return CurationEdit(
                type: p.eventTypeName, kind: "mention", target: p.mention, value: p.to, refs: p.supersedes,
                reason: p.reason, article: p.article)
        case ArticleRedacted.eventType:
            let p = try event.decode(ArticleRedacted.self)
            return CurationEdit(
                type: p.eventTypeName, kind: "redact", target: p.article, value: nil, refs: p.events, reason: p.reason,
                article: p.article)
        case ConflictResolved.eventType:
            let p = try event.decode(ConflictResolved.self)
            return CurationEdit(
                type: p.eventTypeName, kind: p.kind, target: p.target, value: p.value, refs: p.supersedes,
                reason: p.reason)
        default:
            return nil
        }
    }
}

extension EventPayload {
    var eventTypeName: String { Self.eventType }
}

/// Ids of curation targets.
public enum CurationIds {
    /// A fact's id: `fact:` and the first 20 hex digits of SHA-256 over its article, span and triple.
    /// Stable across re-extractions that find the same triple at the same span.
    public static func fact(article: String, start: Int, end: Int, subject: String, predicate: String, object: String)
        -> String
    {
        let text = [article, String(start), String(end), subject, predicate, object].joined(separator: "\u{1F}")
        return "fact:" + Hex.sha256(Array(text.utf8)).prefix(20)
    }

    /// A mention's id: `ARTICLE:START-END`.
    public static func mention(article: String, start: Int, end: Int) -> String { "\(article):\(start)-\(end)" }

    /// Parses a mention id into article id and span.
    public static func parseMention(_ id: String) -> (article: String, start: Int, end: Int)? {
        let parts = id.split(separator: ":")
        guard parts.count == 2, Hex.isDigest(String(parts[0])) else { return nil }
        let span = parts[1].split(separator: "-")
        guard span.count == 2, let s = Int(span[0]), let e = Int(span[1]), s >= 0, e >= s else { return nil }
        return (String(parts[0]), s, e)
    }

    /// A conflict's id: 16 hex digits over its register and the competing writes.
    public static func conflict(kind: String, target: String, heads: [String]) -> String {
        String(Hex.sha256(Array(([kind, target] + heads.sorted()).joined(separator: "\u{1F}").utf8)).prefix(16))
    }
}
