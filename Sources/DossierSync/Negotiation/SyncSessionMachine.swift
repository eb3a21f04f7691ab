import DossierEvents
import DossierLog

/// The initiator's side of one sync exchange (pull, then push), as a pure state machine.
///
/// The driver (HTTP client, in-process transport, tests) performs the returned actions and
/// reports back: no I/O, no clock, no `await` in here.
///
/// ```
/// start ─► sendPull(vector) ─► manifest ─► chunk ─► importChunk ─► imported ─► … ─► end
///   ─► pullEnded ─► push(wants) ─► pushed ─► finish(summary)        (or finish when nothing to push)
/// ```
public struct SyncSessionMachine: Sendable {
    /// What the driver must do next.
    public enum Action: Sendable, Equatable {
        /// Send a pull request carrying this vector.
        case sendPull(VersionVector)
        /// Store this received chunk (verifying it), then call `imported` or `importFailed`.
        case importChunk(LogChunk)
        /// Read more of the pull response.
        case wait
        /// The pull response is complete: call `pullEnded` with the local vector as it is now.
        case pullComplete
        /// Export these runs of the local log and push them to the remote, then call `pushed`.
        case push([Want])
        /// The exchange is complete.
        case finish(SyncSummary)
        /// The exchange stopped; what arrived whole is kept and the next sync resumes from there.
        case fail(SyncError, SyncSummary)
    }

    enum State: Sendable, Equatable {
        case idle
        case awaitingManifest(local: VersionVector)
        case receiving(local: VersionVector, remote: VersionVector)
        case importing(local: VersionVector, remote: VersionVector, chunkBytes: Int)
        case pullDone(remote: VersionVector)
        case pushing(remote: VersionVector)
        case done
    }

    private(set) var state = State.idle
    /// What has moved so far.
    public private(set) var summary = SyncSummary()
    /// The remote's vector once its manifest arrived.
    public private(set) var remote: VersionVector?
    /// When set, the manifest must come from this key.
    public let expectedSender: String?

    /// A machine for one exchange; `expectedSender` pins the remote's key when known.
    public init(expectedSender: String? = nil) { self.expectedSender = expectedSender }

    /// Starts the exchange from the local vector.
    public mutating func start(local: VersionVector) -> Action {
        guard state == .idle else { return misuse("start") }
        state = .awaitingManifest(local: local)
        return .sendPull(local)
    }

    /// Feeds one decoded item of the pull response.
    public mutating func received(_ item: StreamItem) -> Action {
        switch (state, item) {
        case (.awaitingManifest(let local), .manifest(let manifest)):
            guard manifest.kind == .pullResponse else {
                return fail(.malformed("the remote answered a pull with a \(manifest.kind) stream"))
            }
            if let expectedSender, manifest.sender != expectedSender {
                return fail(
                    SyncError(
                        code: .unknownPeer,
                        message:
                            "the remote's stream is signed by \(AuthorID(manifest.sender).short)…, not the peer \(AuthorID(expectedSender).short)… that answered; refusing it"
                    ))
            }
            let full = local.applying(delta: manifest.heads)
            remote = full
            state = .receiving(local: local, remote: full)
            return .wait
        case (.receiving(let local, let remote), .chunk(let chunk)):
            guard let head = remote.heads[chunk.author], chunk.lastSeq <= head.seq else {
                return fail(
                    .malformed(
                        "the remote sent events \(chunk.firstSeq)…\(chunk.lastSeq) of \(AuthorID(chunk.author).short)… beyond the head it announced"
                    ))
            }
            state = .importing(local: local, remote: remote, chunkBytes: chunk.bytes.count)
            return .importChunk(chunk)
        case (.receiving(_, let remote), .end):
            state = .pullDone(remote: remote)
            return .pullComplete
        case (.awaitingManifest, _):
            return fail(.malformed("the pull response does not start with a manifest"))
        default:
            return misuse("received(\(item))")
        }
    }

    /// Reports that the chunk handed out by `.importChunk` was stored (or was a no-op).
    public mutating func imported(_ outcome: ImportOutcome) -> Action {
        guard case .importing(let local, let remote, let bytes) = state else { return misuse("imported") }
        summary.addPulled(outcome, chunkBytes: bytes)
        state = .receiving(local: local, remote: remote)
        return .wait
    }

    /// Reports that the log refused the chunk: the exchange stops, nothing of that chunk is stored.
    public mutating func importFailed(_ error: SyncError) -> Action {
        guard case .importing = state else { return misuse("importFailed") }
        return fail(error)
    }

    /// After the pull: decides what to push, from the local vector as it is now.
    public mutating func pullEnded(local: VersionVector, localId: (String, Int) -> String?) -> Action {
        guard case .pullDone(let remote) = state else { return misuse("pullEnded") }
        let wants = Negotiation.missing(in: remote, from: local, localId: localId)
        if wants.isEmpty {
            state = .done
            summary.complete = true
            return .finish(summary)
        }
        state = .pushing(remote: remote)
        return .push(wants)
    }

    /// Reports the remote's answer to the push.
    public mutating func pushed(_ reply: PushReply, chunks: Int, bytes: Int) -> Action {
        guard case .pushing = state else { return misuse("pushed") }
        summary.pushedChunks += chunks
        summary.pushedBytes += bytes
        summary.pushedEvents += reply.appended
        summary.pushedDuplicates += reply.duplicates
        for fork in reply.forks where !summary.forks.contains(fork) { summary.forks.append(fork) }
        state = .done
        summary.complete = true
        return .finish(summary)
    }

    /// Reports a network or remote failure at any point.
    public mutating func transportFailed(_ error: SyncError) -> Action {
        fail(error)
    }

    private mutating func fail(_ error: SyncError) -> Action {
        state = .done
        return .fail(error, summary)
    }

    private mutating func misuse(_ what: String) -> Action {
        fail(SyncError(code: .invalid, message: "sync state machine: \(what) is not valid in state \(state)"))
    }
}
