import DossierEvents
import DossierLog

/// Imports received chunks into a replica, each verified whole before storing, under a trust policy.
public enum ChunkImporter {
    /// Imports `chunk` after checking that its author is trusted and that it attaches to what
    /// `replica` holds. A chunk of an untrusted author is skipped: nothing stored, and the outcome
    /// names the author.
    public static func importChunk(
        _ chunk: LogChunk, into replica: any SyncReplica, trust: TrustPolicy,
        nowMillis: Int
    ) throws(SyncError) -> ImportOutcome {
        guard trust.accepts(chunk.author) else { return ImportOutcome() }
        let held = replica.syncVector().heads[chunk.author]?.seq ?? 0
        guard chunk.firstSeq <= held + 1 else { throw doesNotAttach(chunk, held: held) }
        return try replica.syncImport(chunk, nowMillis: nowMillis)
    }

    static func doesNotAttach(_ chunk: LogChunk, held: Int) -> SyncError {
        SyncError(
            code: .rejected,
            message:
                "events \(chunk.firstSeq)…\(chunk.lastSeq) of author \(AuthorID(chunk.author).short)… do not attach: this replica holds up to \(held). The bundle was cut for a replica holding more; ask for one made with `--since` this replica's vector (`dossier bundle vector`). Nothing stored"
        )
    }
}

/// Verifies a whole transfer (a bundle, a push) chunk by chunk before any of it is stored: each
/// chunk is checked as if the chunks before it had been stored.
public struct TransferCheck {
    let replica: any SyncReplica
    let trust: TrustPolicy
    let nowMillis: Int
    private var heads: [String: VersionVector.Head] = [:]
    /// Events skipped per untrusted author.
    public private(set) var untrusted: [String: Int] = [:]

    /// A check against what `replica` holds now.
    public init(replica: any SyncReplica, trust: TrustPolicy, nowMillis: Int) {
        self.replica = replica
        self.trust = trust
        self.nowMillis = nowMillis
    }

    /// Verifies `chunk`; false when its author is not trusted (it will be skipped).
    public mutating func check(_ chunk: LogChunk) throws(SyncError) -> Bool {
        guard trust.accepts(chunk.author) else {
            let (sum, overflow) = (untrusted[chunk.author] ?? 0).addingReportingOverflow(
                chunk.lastSeq - chunk.firstSeq + 1)
            untrusted[chunk.author] = overflow ? Int.max : sum
            return false
        }
        let head = heads[chunk.author] ?? replica.syncVector().heads[chunk.author]
        let held = head?.seq ?? 0
        guard chunk.firstSeq <= held + 1 else { throw ChunkImporter.doesNotAttach(chunk, held: held) }
        if let after = try replica.syncCheck(chunk, after: heads[chunk.author], nowMillis: nowMillis) {
            heads[chunk.author] = after
        }
        return true
    }
}
