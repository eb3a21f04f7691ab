import DossierLog

/// What sync needs of a replica's log. `EventLog` conforms; tests may use an in-memory fake.
public protocol SyncReplica: AnyObject, Sendable {
    /// The last (seq, id) of every author held.
    func syncVector() -> VersionVector
    /// The id held at (author, seq), or nil.
    func syncEventId(author: String, seq: Int) -> String?
    /// Chunks holding `author`'s events after `after`, each at most about `maxChunkBytes`.
    func syncExport(author: String, after: Int, maxChunkBytes: Int) throws(SyncError) -> [LogChunk]
    /// Verifies and stores `chunk` (all or nothing).
    func syncImport(_ chunk: LogChunk, nowMillis: Int) throws(SyncError) -> ImportOutcome
    /// Verifies `chunk` as `syncImport` would if the author's log were held up to `head` (nil: as
    /// held now), storing nothing; returns the head after it.
    func syncCheck(_ chunk: LogChunk, after head: VersionVector.Head?, nowMillis: Int) throws(SyncError)
        -> VersionVector.Head?
}

/// The responder's side of an exchange: what to answer a pull and how to take a push.
public enum SyncResponder {
    /// The pull response for a requester holding `requester`: manifest and the runs to send.
    public static func answerPull(
        requester: VersionVector, replica: any SyncReplica, sender: String,
        nowMillis: Int
    ) -> (Manifest, [Want]) {
        let local = replica.syncVector()
        let wants = Negotiation.missing(in: requester, from: local) { replica.syncEventId(author: $0, seq: $1) }
        let manifest = Manifest(
            kind: .pullResponse, sender: sender, createdAt: nowMillis, heads: local.delta(from: requester))
        return (manifest, wants)
    }

    /// Imports a received transfer all or nothing: every chunk is verified (against what the
    /// replica holds and the chunks before it) before any is stored; chunks of untrusted authors
    /// are skipped and named in the reply.
    public static func importTransfer(
        _ chunks: [LogChunk], into replica: any SyncReplica, trust: TrustPolicy,
        nowMillis: Int
    ) throws(SyncError) -> PushReply {
        var check = TransferCheck(replica: replica, trust: trust, nowMillis: nowMillis)
        for chunk in chunks { _ = try check.check(chunk) }
        var reply = PushReply()
        for chunk in chunks where trust.accepts(chunk.author) {
            reply.add(try ChunkImporter.importChunk(chunk, into: replica, trust: trust, nowMillis: nowMillis))
        }
        reply.untrusted = check.untrusted.keys.sorted()
        return reply
    }
}

extension PushReply {
    /// Adds what importing one chunk did.
    public mutating func add(_ outcome: ImportOutcome) {
        chunks += 1
        appended += outcome.appended
        duplicates += outcome.duplicates
        for fork in outcome.forks where !forks.contains(fork) { forks.append(fork) }
    }
}
