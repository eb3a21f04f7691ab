import DossierEvents
import DossierLog
import DossierProjection
import Foundation

/// One store opened for use: its identity, its event log and its live projection.
///
/// Every front end (the command line, the sync server, the web pages to come) runs the use
/// cases through this type: ingest, curation, redaction, re-extraction, the projection's life
/// cycle and queries. It reports progress and notes through an observer, as values, and
/// returns what it wrote (events, per-item results).
public final class Replica {
    /// The store folder.
    public let store: Store
    /// The store's event log.
    public let log: EventLog
    /// The live projection, caught up with the log when the replica opened.
    public let projection: any GraphProjection
    /// Where the projections live (SQLite files in the store unless told otherwise).
    public let backend: any ProjectionBackend
    /// Milliseconds since 1970, read when an event is written.
    let clock: () -> Int
    /// Where updates go.
    let observer: ReplicaObserver
    private var closed = false

    init(
        store: Store, log: EventLog, projection: any GraphProjection, backend: any ProjectionBackend,
        clock: @escaping () -> Int, observer: @escaping ReplicaObserver
    ) {
        self.store = store
        self.log = log
        self.projection = projection
        self.backend = backend
        self.clock = clock
        self.observer = observer
    }

    /// Opens the store at `path`: its log (for writing, or for reading only) and its live
    /// projection, rebuilt when missing or stale and caught up with the log. `unpin` rebuilds a
    /// projection pinned in the past (an ingest must project onto the present).
    public static func open(
        at path: String, mode: EventLog.Mode = .write, unpin: Bool = false,
        backend: some ProjectionBackend = SQLiteProjections(),
        clock: @escaping () -> Int = Replica.systemMillis,
        observer: @escaping ReplicaObserver = { _ in }
    ) throws -> Replica {
        try open(
            store: try Store.open(at: path), mode: mode, unpin: unpin, backend: backend, clock: clock,
            observer: observer)
    }

    /// Opens the store at `path`, creating it (with a new identity named `name`) when there is none.
    public static func openOrCreate(
        at path: String, name: String, unpin: Bool = false,
        backend: some ProjectionBackend = SQLiteProjections(),
        clock: @escaping () -> Int = Replica.systemMillis,
        observer: @escaping ReplicaObserver = { _ in }
    ) throws -> (Replica, created: Bool) {
        let (store, created) = try Store.openOrCreate(at: path, name: name)
        return (
            try open(store: store, mode: .write, unpin: unpin, backend: backend, clock: clock, observer: observer),
            created
        )
    }

    /// Opens an already opened store folder's log and live projection.
    public static func open(
        store: Store, mode: EventLog.Mode, unpin: Bool = false,
        backend: some ProjectionBackend = SQLiteProjections(),
        clock: @escaping () -> Int = Replica.systemMillis,
        observer: @escaping ReplicaObserver = { _ in }
    ) throws -> Replica {
        let log = try EventLog(store: store, mode: mode)
        for note in log.recoveryNotes { observer(.note(note)) }
        do {
            let projection = try liveProjection(
                store: store, log: log, backend: backend, unpin: unpin, observer: observer)
            return Replica(
                store: store, log: log, projection: projection, backend: backend, clock: clock, observer: observer)
        } catch {
            log.close()
            throw error
        }
    }

    /// Closes the projection and the log; the replica is unusable after.
    public func close() {
        guard !closed else { return }
        closed = true
        try? projection.close()
        log.close()
    }

    deinit { close() }

    /// The system clock in milliseconds since 1970.
    public static func systemMillis() -> Int { Int(Date().timeIntervalSince1970 * 1000) }

    /// Appends drafts as one durable batch and applies them to the projection; returns the events written.
    @discardableResult
    func write(_ drafts: [EventDraft]) throws -> [Event] {
        guard !drafts.isEmpty else { return [] }
        let appended = try log.append(drafts, nowMillis: clock())
        let report = try projection.apply(appended)
        for reason in report.rejected { observer(.rejected(reason)) }
        return appended
    }
}
