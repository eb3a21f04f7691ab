import DossierEvents
import DossierLog
import DossierProjection
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension Replica {
    /// The live projection of `store` in `backend`: rebuilt (with a note) when missing or built
    /// by another schema, rebuilt from the whole log when pinned in the past and `unpin` is set,
    /// caught up with `log`; with a writable log, redactions received from peers are enforced.
    public static func liveProjection<Backend: ProjectionBackend>(
        store: Store, log: EventLog, backend: Backend, unpin: Bool = false,
        observer: @escaping ReplicaObserver = { _ in }
    ) throws -> Backend.Live {
        var fs = statvfs()
        if statvfs(store.path, &fs) == 0, fs.f_flag & UInt(ST_RDONLY) != 0 {
            throw ReplicaError(
                .readOnlyStore,
                "the store \(store.path) is on a read-only filesystem: nothing can be written there, and SQLite cannot open the projection without its shared-memory file. Remount it read-write, or copy the store to a writable disk (cp -r) and use that copy; `dossier log` and `dossier audit` work as they are."
            )
        }
        func rebuilt() throws -> Backend.Live {
            try rebuild(store: store, log: log, backend: backend, observer: observer)
            guard let projection = try backend.openLive(store: store) else {
                throw ReplicaError(
                    .io,
                    "the projection rebuilt from the log cannot be found in \(store.path); check the folder's permissions and free space"
                )
            }
            return projection
        }
        var projection: Backend.Live
        do {
            if let live = try backend.openLive(store: store) {
                projection = live
            } else {
                if log.eventCount > 0 {
                    observer(
                        .note("No projection in \(store.path); rebuilding it from the log (\(log.eventCount) events)."))
                }
                projection = try rebuilt()
            }
        } catch let error as ProjectionError where error.code == .stale {
            observer(
                .note(
                    "\(error.message.replacingOccurrences(of: "; run `dossier rebuild`", with: "")); rebuilding it from the log."
                ))
            projection = try rebuilt()
        }
        if let pinned = try projection.pinnedAsOf() {
            guard unpin else {
                observer(.note("The projection is pinned as of \(pinned) (`dossier rebuild` follows the log again)."))
                return projection
            }
            observer(.note("The projection was pinned as of \(pinned); rebuilding it from the whole log."))
            try projection.close()
            projection = try rebuilt()
        }
        let pending = try projection.pendingEvents(in: log)
        if pending > 0 {
            try projection.catchUp(
                from: log, hlcLimit: nil, batchEvents: 2048,
                progress: { observer(.progress(stage: "projecting", done: $0, total: pending, item: nil)) })
            observer(.progressEnded)
        }
        if log.mode == .write, try enforceRedactions(projection, log) > 0 {
            try projection.scrub(vacuum: true)
            observer(
                .note(
                    "Applied redactions received from peers: erased the articles' payloads from the log and the graph.")
            )
        }
        return projection
    }

    /// Replays `log` (up to `asOf`, pinned there) into `backend`'s live projection of `store`, reporting progress.
    @discardableResult
    public static func rebuild(
        store: Store, log: EventLog, backend: some ProjectionBackend, asOf: AsOf? = nil,
        observer: @escaping ReplicaObserver = { _ in }
    ) throws -> RebuildReport {
        let total = log.eventCount
        let report = try backend.rebuildLive(
            store: store, log: log, asOf: asOf,
            progress: { observer(.progress(stage: "rebuilding", done: $0, total: total, item: nil)) })
        observer(.progressEnded)
        return report
    }

    /// Rebuilds this replica's live projection from its log (or as of a point in time, pinned).
    ///
    /// The projection this replica holds then shows the rebuilt graph only after the replica is
    /// opened again (a SQLite projection does at once: the file is replaced page by page).
    @discardableResult
    public func rebuild(asOf: AsOf? = nil) throws -> RebuildReport {
        try Replica.rebuild(store: store, log: log, backend: backend, asOf: asOf, observer: observer)
    }

    /// Applies the log's events that the projection does not hold yet; returns how many there were.
    @discardableResult
    public func catchUp() throws -> Int {
        let pending = try projection.pendingEvents(in: log)
        guard pending > 0 else { return 0 }
        try projection.catchUp(
            from: log, hlcLimit: nil, batchEvents: 2048,
            progress: { self.observer(.progress(stage: "projecting", done: $0, total: pending, item: nil)) })
        observer(.progressEnded)
        return pending
    }

    /// The SHA-256 digest of the projection's canonical dump.
    public func digest() throws -> String { try projection.digest() }

    /// Resolves an entity name (id, label or alias), failing with the candidates or close matches.
    public static func entity(_ name: String, in projection: any GraphReader) throws -> EntitySummary {
        switch try projection.resolve(name) {
        case .found(let entity):
            return entity
        case .ambiguous(let candidates):
            let lines = candidates.prefix(10).map { "  \($0.id)  \($0.type)  \($0.label)  (\($0.mentions) mentions)" }
            throw ReplicaError(
                .ambiguous,
                "'\(name)' names \(candidates.count) entities; give one of these ids:\n" + lines.joined(separator: "\n")
            )
        case .notFound(let suggestions):
            if suggestions.isEmpty {
                throw ReplicaError(.notFound, "no entity named '\(name)'; see `dossier entities` for what is known")
            }
            let lines = suggestions.map { "  \($0.label)  (\($0.id), \($0.type), \($0.mentions) mentions)" }
            throw ReplicaError(.notFound, "no entity named '\(name)'. Close matches:\n" + lines.joined(separator: "\n"))
        }
    }

    /// Resolves an entity name and follows merges to the representative (said in a note);
    /// counts as curation shows them (merges folded, moved mentions).
    public static func curatedEntity(
        _ name: String, in projection: any GraphReader, observer: ReplicaObserver = { _ in }
    ) throws -> EntitySummary {
        var entity = try self.entity(name, in: projection)
        if let rep = try projection.representative(of: entity.id.rawValue) {
            observer(.note("\(entity.id) is merged into \(rep); using \(rep)"))
            entity = try self.entity(rep, in: projection)
        }
        if let curated = try projection.curated([entity]).first { return curated }
        // Every mention was moved to other entities.
        entity.mentions = 0
        entity.articles = 0
        return entity
    }
}
