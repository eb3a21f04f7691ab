import DossierLog
import DossierProjection
import DossierReplica
import DossierSync

extension SyncService {
    /// Serves the store at `path` as `dossier serve` does: its log opened per request (for reading
    /// on a pull, for writing on a push; a store locked by another command answers 503), its peer
    /// list read on every request (so `dossier peers add` applies at once), and after a push that
    /// stored events its projection (of `backend`) caught up through ``Replica``.
    ///
    /// `updates` makes the observer that receives the catch-up's progress and notes. `afterImport`
    /// gets the push's reply and the catch-up's error, if any: the events are stored either way,
    /// and a projection left behind catches up when the store is next opened (or `dossier rebuild`).
    public convenience init<Backend: ProjectionBackend>(
        storeAt path: String, identity: Identity, backend: Backend, limits: StreamLimits = StreamLimits(),
        maxBodyBytes: Int = 256 << 20, skewMillis: Int = 5 * 60_000, timeouts: ServerTimeouts = ServerTimeouts(),
        journal: ReplayJournal? = nil, updates: @escaping @Sendable () -> ReplicaObserver = { { _ in } },
        afterImport: @escaping @Sendable (PushReply, (any Error)?) -> Void = { _, _ in },
        report: @escaping @Sendable (String) -> Void = { _ in }
    ) throws(SyncError) {
        try self.init(
            identity: identity, limits: limits, maxBodyBytes: maxBodyBytes, skewMillis: skewMillis,
            timeouts: timeouts, journal: journal,
            peers: { (try? PeerList.load(from: Store.open(at: path)).keys) ?? [] },
            open: { forWriting throws(SyncError) in try Self.openLog(at: path, forWriting: forWriting) },
            afterImport: { reply in
                var failure: (any Error)?
                do {
                    try Replica.open(at: path, mode: .read, backend: backend, observer: updates()).close()
                } catch {
                    failure = error
                }
                afterImport(reply, failure)
            },
            report: report)
    }

    /// The store's log for one request; a lock held by another command is `busy` (503).
    static func openLog(at path: String, forWriting: Bool) throws(SyncError) -> EventLog {
        do throws(LogError) {
            return try EventLog(store: Store.open(at: path), mode: forWriting ? .write : .read)
        } catch let error where error.code == .locked {
            throw SyncError(
                code: .busy, message: "the store is busy (another dossier command holds its lock); retry in a moment")
        } catch {
            throw SyncError(code: .io, message: "cannot open the store: \(error.message)")
        }
    }
}
