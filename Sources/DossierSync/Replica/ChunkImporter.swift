import DossierLog

/// Imports received chunks into a replica, one at a time, each verified whole before storing.
public enum ChunkImporter {
    /// Imports `chunk` after checking that it attaches to what `replica` holds.
    public static func importChunk(_ chunk: LogChunk, into replica: any SyncReplica, nowMillis: Int) throws(SyncError) -> ImportOutcome {
        let held = replica.syncVector().heads[chunk.author]?.seq ?? 0
        guard chunk.firstSeq <= held + 1 else {
            throw SyncError(code: .rejected, message: "events \(chunk.firstSeq)…\(chunk.lastSeq) of author \(chunk.author.prefix(12))… do not attach: this replica holds up to \(held). The bundle was cut for a replica holding more; ask for one made with `--since` this replica's vector (`dossier bundle vector`). Nothing stored")
        }
        return try replica.syncImport(chunk, nowMillis: nowMillis)
    }
}
