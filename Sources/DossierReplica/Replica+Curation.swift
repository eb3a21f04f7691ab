import DossierEvents
import DossierLog
import DossierProjection
import Foundation

/// A curation edit written: the event appended and a sentence saying what it did.
public struct CurationOutcome: Sendable {
    /// The event appended to the log (and applied to the projection).
    public let event: Event
    /// What the edit did, for people.
    public let summary: String
    /// The id of the event written.
    public var id: EventID { EventID(event.id) }
}

extension Replica {
    /// Merges entity `a` into entity `b` (EntitiesMerged; undone by `unmerge`).
    public func merge(_ a: String, into b: String, reason: String? = nil) throws -> CurationOutcome {
        let from = try editTarget(a), to = try editTarget(b)
        if from.id == to.id {
            throw ReplicaError.usage("'\(a)' and '\(b)' are the same entity (\(from.id)); nothing to merge")
        }
        let heads = try projection.registerHeads(kind: .merge, target: from.id)
        let event = try append(EntitiesMerged(entity: from.id, into: to.id, supersedes: heads, reason: reason))
        return CurationOutcome(event: event, summary: "Merged \(from.label) (\(from.id)) into \(to.label) (\(to.id)).")
    }

    /// Undoes a merge named by its EntitiesMerged event id or a unique prefix (MergeUndone).
    public func unmerge(_ merge: String, reason: String? = nil) throws -> CurationOutcome {
        guard let edit = try projection.curationEvent(prefix: merge), edit.type == EntitiesMerged.eventType else {
            throw ReplicaError.notFound(
                "no merge event \(merge); `dossier history ENTITY` lists the merges of an entity")
        }
        let event = try append(MergeUndone(merge: edit.event, entity: edit.target, reason: reason))
        return CurationOutcome(
            event: event,
            summary: "Undid merge \(EventID(edit.event).short) (\(edit.target) into \(edit.value ?? "?")).")
    }

    /// Adds an alias to an entity (AliasAdded).
    public func addAlias(_ alias: String, to entity: String, reason: String? = nil) throws -> CurationOutcome {
        let e = try editTarget(entity)
        let event = try append(
            AliasAdded(entity: e.id, alias: alias.precomposedStringWithCanonicalMapping, reason: reason))
        return CurationOutcome(event: event, summary: "Added alias \"\(alias)\" to \(e.label) (\(e.id)).")
    }

    /// Removes an alias (AliasRemoved naming the additions it removes; an extracted alias is hidden).
    public func removeAlias(_ alias: String, from entity: String, reason: String? = nil) throws -> CurationOutcome {
        let e = try editTarget(entity)
        let adds = try projection.aliasAdds(entity: e.id, alias: alias)
        let event = try append(
            AliasRemoved(
                entity: e.id, alias: alias.precomposedStringWithCanonicalMapping, removes: adds, reason: reason))
        let hidden = adds.isEmpty ? " (hidden: it came from the extraction)" : ""
        return CurationOutcome(event: event, summary: "Removed alias \"\(alias)\" from \(e.label) (\(e.id))\(hidden).")
    }

    /// Sets an entity's label (EntityLabelSet; last writer wins).
    public func setLabel(_ label: String, of entity: String, reason: String? = nil) throws -> CurationOutcome {
        let e = try editTarget(entity)
        let heads = try projection.registerHeads(kind: .label, target: e.id)
        let event = try append(
            EntityLabelSet(
                entity: e.id, label: label.precomposedStringWithCanonicalMapping, supersedes: heads, reason: reason))
        return CurationOutcome(event: event, summary: "Labelled \(e.id) \"\(label)\".")
    }

    /// Sets an entity's type (EntityTypeSet; last writer wins).
    public func setType(_ type: EntityType, of entity: String, reason: String? = nil) throws -> CurationOutcome {
        let e = try editTarget(entity)
        let heads = try projection.registerHeads(kind: .type, target: e.id)
        let event = try append(EntityTypeSet(entity: e.id, type: type.rawValue, supersedes: heads, reason: reason))
        return CurationOutcome(event: event, summary: "Typed \(e.label) (\(e.id)) \(type.rawValue).")
    }

    /// Retracts a fact named by its id or a unique prefix (FactRetracted; undone by `restore`).
    public func retract(fact: String, reason: String) throws -> CurationOutcome {
        let found: FactRecord?
        do throws(ProjectionError) {
            found = try projection.fact(id: fact)
        } catch {
            guard error.code == .notFound else { throw error }
            throw ReplicaError(.usage, error.message, cause: error)
        }
        guard let record = found else { throw ReplicaError.notFound("no fact \(fact); `dossier facts` lists fact ids") }
        let heads = try projection.registerHeads(kind: .fact, target: record.id.rawValue)
        let event = try append(
            FactRetracted(
                fact: record.id.rawValue, article: record.article.rawValue, supersedes: heads, reason: reason))
        let what = "\(record.subjectLabel ?? record.subject) \(record.predicate) \(record.objectLabel ?? record.object)"
        return CurationOutcome(event: event, summary: "Retracted \(record.id): \(what).")
    }

    /// Restores a retracted fact (FactRestored naming the retractions it undoes).
    public func restore(fact: String, reason: String? = nil) throws -> CurationOutcome {
        let retracted = try projection.curationEffects(kind: .fact).filter { $0.target.hasPrefix(fact) }
        guard retracted.count == 1, let effect = retracted.first,
            let edit = try projection.curationEvent(prefix: effect.event)
        else {
            throw ReplicaError.notFound(
                retracted.isEmpty
                    ? "fact \(fact) is not retracted" : "'\(fact)' names several retracted facts; give more of the id")
        }
        let heads = try projection.registerHeads(kind: .fact, target: effect.target)
        let event = try append(
            FactRestored(fact: effect.target, article: edit.article ?? "", supersedes: heads, reason: reason))
        return CurationOutcome(event: event, summary: "Restored \(effect.target).")
    }

    /// Attributes one mention (ARTICLE-ID:START-END) to another entity (MentionMoved).
    public func moveMention(_ mention: String, to entity: String, reason: String? = nil) throws -> CurationOutcome {
        guard let m = CurationIds.parseMention(mention) else {
            throw ReplicaError.usage(
                "MENTION-ID must be ARTICLE-ID:START-END with the full 64-digit article id, not '\(mention)'")
        }
        let to = try editTarget(entity)
        let from = try projection.mentionEntities(article: m.article, start: m.start, end: m.end)
        if from.isEmpty { observer(.note("no extracted mention at \(mention) yet; the move applies when it arrives")) }
        let heads = try projection.registerHeads(kind: .mention, target: mention)
        let event = try append(
            MentionMoved(
                article: m.article, start: m.start, end: m.end, from: from.first, to: to.id, supersedes: heads,
                reason: reason))
        return CurationOutcome(
            event: event, summary: "Moved mention \(mention)\(from.first.map { " from \($0)" } ?? "") to \(to.id).")
    }

    /// Appends one event and applies it to the projection.
    func append<P: EventPayload>(_ payload: P) throws -> Event {
        try write([try EventDraft(payload)])[0]
    }

    /// The entity an edit names: resolved by id, label or alias; an id-shaped name not (yet) in
    /// the projection is taken as is (with a note), so an edit can be made before its target arrives.
    func editTarget(_ name: String) throws -> (id: String, label: String) {
        if case .found(let e) = try projection.resolve(name) { return (e.id.rawValue, e.label) }
        if name.contains(":") && !name.contains(" ") {
            observer(.note("\(name) is not in the graph yet; the edit will apply when it arrives."))
            return (name, name)
        }
        let e = try Replica.entity(name, in: projection)
        return (e.id.rawValue, e.label)
    }
}
