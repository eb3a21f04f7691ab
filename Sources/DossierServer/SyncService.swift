import DossierEvents
import DossierLog
import DossierSync
import Foundation
import Synchronization

/// What the sync server serves: a replica, its identity, its peer list and bounds.
///
/// The log is opened per request (for reading on a pull, for writing on a push) so that other
/// commands can use the store between requests; a push finding the store locked answers 503.
public final class SyncService: Sendable {
    /// Opens the replica for a request.
    public typealias Opener = @Sendable (_ forWriting: Bool) throws(SyncError) -> any SyncReplica

    /// The server's identity (signs answers).
    public let identity: Identity
    /// Bounds on incoming streams.
    public let limits: StreamLimits
    let open: Opener
    let peers: @Sendable () -> Set<String>
    let afterImport: @Sendable (PushReply) -> Void
    let clock: @Sendable () -> Int
    let authenticator: Mutex<RequestAuthenticator>
    let writing = Mutex(false)

    /// A service; `peers` is read on every request (so `dossier peers add` applies at once),
    /// `afterImport` runs after a push stored events (the CLI catches the projection up there),
    /// `clock` gives wall milliseconds.
    public init(identity: Identity, limits: StreamLimits = StreamLimits(), maxBodyBytes: Int = 256 << 20,
                skewMillis: Int = 5 * 60_000, peers: @escaping @Sendable () -> Set<String>, open: @escaping Opener,
                afterImport: @escaping @Sendable (PushReply) -> Void = { _ in },
                clock: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970 * 1000) }) {
        self.identity = identity
        self.limits = limits
        self.open = open
        self.peers = peers
        self.afterImport = afterImport
        self.clock = clock
        self.authenticator = Mutex(RequestAuthenticator(peers: [], skewMillis: skewMillis, maxBodyBytes: maxBodyBytes))
    }

    /// Largest request body accepted.
    public var maxBodyBytes: Int { authenticator.withLock { $0.maxBodyBytes } }

    /// Admits a request from its headers alone (no body read).
    func admit(authorization: String?, method: String, path: String, contentLength: Int?) throws(SyncError) -> RequestSignature {
        let keys = peers()
        let now = clock()
        return try authenticator.withLock { (auth: inout RequestAuthenticator) throws(SyncError) -> RequestSignature in
            auth.peers = keys
            return try auth.admit(authorization: authorization, method: method, path: path, contentLength: contentLength, nowMillis: now)
        }
    }

    /// Imports a pushed stream; one push at a time in this process.
    func importPush(_ body: [UInt8]) throws(SyncError) -> PushReply {
        let (manifest, chunks) = try StreamDecoder.decodeAll(body, limits: limits)
        guard manifest.kind == .push else { throw .malformed("a push body must be a push stream, not \(manifest.kind)") }
        let busy = writing.withLock { (w: inout Bool) -> Bool in
            if w { return true }
            w = true
            return false
        }
        guard !busy else { throw SyncError(code: .busy, message: "another push is being stored; retry in a moment") }
        defer { writing.withLock { $0 = false } }
        let replica = try open(true)
        var reply = PushReply()
        for chunk in chunks { reply.add(try ChunkImporter.importChunk(chunk, into: replica, nowMillis: clock())) }
        if reply.appended > 0 || !reply.forks.isEmpty { afterImport(reply) }
        return reply
    }
}

extension SyncError {
    /// The HTTP status for this error.
    var httpStatus: Int {
        switch code {
        case .unsigned, .badSignature, .clockSkew, .replayed: 401
        case .unknownPeer: 403
        case .tooLarge: 413
        case .malformed, .tampered: 400
        case .rejected: 422
        case .busy: 503
        default: 500
        }
    }
}
