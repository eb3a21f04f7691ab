import ArgumentParser
import DossierLog
import DossierProjection
import DossierReplica
import Foundation

/// `--as-of <ISO time | event id>` on every query.
struct AsOfOption: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Answer from the events up to this ISO time (2026-03-01, 2026-03-01T12:00:00Z) or event id.",
            valueName: "TIME|EVENT"))
    var asOf: String?

    /// The parsed point in time, or a usage failure (exit 2).
    func parsed() throws -> AsOf? {
        guard let asOf else { return nil }
        do throws(ProjectionError) { return try AsOf.parse(asOf) } catch {
            throw CLIFailure(message: error.message, exitCode: 2)
        }
    }
}

/// A projection opened for a command: the live one, or a snapshot of the past (for `--as-of`),
/// deleted when released.
final class OpenedProjection {
    let projection: Projection
    let store: Store
    private let snapshot: ProjectionSnapshot<Projection>?

    init(projection: Projection, store: Store) {
        self.projection = projection
        self.store = store
        snapshot = nil
    }

    init(snapshot: ProjectionSnapshot<Projection>, store: Store) {
        projection = snapshot.projection
        self.store = store
        self.snapshot = snapshot
    }

    deinit {
        if snapshot == nil { try? projection.close() }
    }
}

/// How commands get at the projection: rebuilt when missing or stale, caught up with the log,
/// or built from the past for `--as-of`.
enum ProjectionAccess {
    /// Opens the store's projection up to date with its log (or as of a point in time).
    static func open(_ storeOptions: StoreOptions, asOf: AsOfOption, readOnly: Bool = false) throws -> OpenedProjection
    {
        let store = try storeOptions.open()
        let log = try EventLog(store: store, mode: .read)
        if let point = try asOf.parsed() {
            let snapshot = try Replica.snapshot(
                of: log, asOf: point, backend: SQLiteProjections(), readOnly: readOnly,
                observer: ReplicaOutput.observer())
            return OpenedProjection(snapshot: snapshot, store: store)
        }
        let projection = try live(store: store, log: log)
        if readOnly {
            try projection.close()
            return OpenedProjection(
                projection: try Projection.openReadOnly(path: Projection.path(in: store)), store: store)
        }
        return OpenedProjection(projection: projection, store: store)
    }

    /// The live projection (see `Replica.liveProjection`), its updates printed.
    /// The sync commands and `serve` reach it by this name.
    static func live(store: Store, log: EventLog, unpin: Bool = false) throws -> Projection {
        try Replica.liveProjection(
            store: store, log: log, backend: SQLiteProjections(), unpin: unpin, observer: ReplicaOutput.observer())
    }

    /// Rebuilds the store's projection from `log` with progress on a terminal.
    @discardableResult
    static func rebuild(store: Store, log: EventLog, asOf: AsOf? = nil) throws -> RebuildReport {
        try Replica.rebuild(
            store: store, log: log, backend: SQLiteProjections(), asOf: asOf, observer: ReplicaOutput.observer())
    }

    /// A progress callback printing events done, rate and ETA on a terminal.
    static func progress(total: Int, verb: String) -> (Int) -> Void {
        let started = Date()
        return { done in
            let elapsed = Date().timeIntervalSince(started)
            let rate = elapsed > 0 ? Double(done) / elapsed : 0
            let eta = rate > 0 ? Double(max(0, total - done)) / rate : 0
            Output.progress("\(verb): \(done)/\(total) events  \(Int(rate)) events/s  ETA \(Int(eta.rounded())) s")
        }
    }

    /// Resolves an entity name and follows merges to its representative (see `Replica.curatedEntity`).
    static func curatedEntity(_ name: String, in projection: Projection) throws -> EntitySummary {
        try Replica.curatedEntity(name, in: projection, observer: ReplicaOutput.observer())
    }

    /// Resolves an entity name for a command, failing with the candidates or close matches.
    static func entity(_ name: String, in projection: Projection) throws -> EntitySummary {
        try Replica.entity(name, in: projection)
    }
}
