import DossierEvents
import DossierProjection

extension Replica {
    /// The curation conflicts: registers written concurrently, with every side, winner first.
    public func conflicts() throws -> [CurationConflict] { try projection.curationConflicts() }

    /// Settles the conflict named by `id` (or a unique prefix) (ConflictResolved): keeps the
    /// winner, or the side whose event id starts with `pick`.
    public func resolveConflict(_ id: String, pick: String? = nil, reason: String? = nil) throws -> CurationOutcome {
        guard let conflict = try conflicts().first(where: { $0.id.hasPrefix(id) }) else {
            throw ReplicaError.notFound("no curation conflict \(id); `dossier conflicts` lists them")
        }
        let chosen = pick.flatMap { p in conflict.sides.first { $0.event.hasPrefix(p) } } ?? conflict.sides[0]
        if let pick, !chosen.event.hasPrefix(pick) {
            let sides = conflict.sides.map { EventID($0.event).short }.joined(separator: ", ")
            throw ReplicaError.usage("\(pick) is not a side of conflict \(conflict.id); its sides are \(sides)")
        }
        let event = try append(
            ConflictResolved(
                conflict: conflict.id, kind: conflict.kind, target: conflict.target, chosen: chosen.event,
                value: chosen.value, supersedes: [conflict.winner] + conflict.losers, reason: reason))
        return CurationOutcome(
            event: event,
            summary:
                "Resolved \(conflict.kind) of \(conflict.target): \(chosen.value ?? "(none)") (from \(EventID(chosen.event).short))."
        )
    }
}
