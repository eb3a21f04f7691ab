import DossierEvents
import DossierLog

/// The real log as a sync replica, over the log's import/export API.
extension EventLog: SyncReplica {
    public func syncVector() -> VersionVector { versionVector() }

    public func syncEventId(author: String, seq: Int) -> String? { try? event(author: author, seq: seq).id }

    public func syncExport(author: String, after: Int, maxChunkBytes: Int) throws(SyncError) -> [LogChunk] {
        do { return try exportChunks(author: author, after: after, maxChunkBytes: maxChunkBytes) } catch {
            throw SyncError(
                code: .io,
                message:
                    "cannot read the log of \(AuthorID(author).short)… after \(after): \(error). Run `dossier audit`")
        }
    }

    public func syncImport(_ chunk: LogChunk, nowMillis: Int) throws(SyncError) -> ImportOutcome {
        do { return try importChunk(chunk, nowMillis: nowMillis) } catch { throw Self.syncError(error, chunk) }
    }

    public func syncCheck(_ chunk: LogChunk, after head: VersionVector.Head?, nowMillis: Int) throws(SyncError)
        -> VersionVector.Head?
    {
        do { return try checkChunk(chunk, after: head, nowMillis: nowMillis) } catch {
            throw Self.syncError(error, chunk)
        }
    }

    /// A refusal of the received bytes is `rejected`; a local failure (reading or writing this
    /// store) is `io`, whose details stay on this machine.
    private static func syncError(_ error: LogError, _ chunk: LogChunk) -> SyncError {
        if error.code == .rejected {
            return SyncError(
                code: .rejected,
                message:
                    "events \(chunk.firstSeq)…\(chunk.lastSeq) of \(AuthorID(chunk.author).short)… refused, nothing of them stored: \(error.message)"
            )
        }
        return SyncError(
            code: .io,
            message:
                "cannot store events \(chunk.firstSeq)…\(chunk.lastSeq) of \(AuthorID(chunk.author).short)…: \(error.message)"
        )
    }
}
