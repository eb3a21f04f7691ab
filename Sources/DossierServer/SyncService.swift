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

    /// The server's identity (signs answers and pull streams).
    public let identity: Identity
    /// Bounds on incoming streams.
    public let limits: StreamLimits
    /// Connection and request time limits.
    public let timeouts: ServerTimeouts
    let open: Opener
    let peers: @Sendable () -> Set<String>
    let afterImport: @Sendable (PushReply) -> Void
    let clock: @Sendable () -> Int
    let report: @Sendable (String) -> Void
    let journal: ReplayJournal?
    let authenticator: Mutex<RequestAuthenticator>
    let writing = Mutex(false)

    /// A service; `peers` is read on every request (so `dossier peers add` applies at once),
    /// `afterImport` runs after a push stored events (the CLI catches the projection up there),
    /// `clock` gives wall milliseconds, `journal` keeps admitted signatures across restarts, and
    /// `report` receives the details of internal failures, which clients never see.
    public init(
        identity: Identity, limits: StreamLimits = StreamLimits(), maxBodyBytes: Int = 256 << 20,
        skewMillis: Int = 5 * 60_000, timeouts: ServerTimeouts = ServerTimeouts(),
        journal: ReplayJournal? = nil, peers: @escaping @Sendable () -> Set<String>, open: @escaping Opener,
        afterImport: @escaping @Sendable (PushReply) -> Void = { _ in },
        report: @escaping @Sendable (String) -> Void = { _ in },
        clock: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970 * 1000) }
    ) throws(SyncError) {
        self.identity = identity
        self.limits = limits
        self.timeouts = timeouts
        self.open = open
        self.peers = peers
        self.afterImport = afterImport
        self.report = report
        self.clock = clock
        self.journal = journal
        var authenticator = RequestAuthenticator(peers: [], skewMillis: skewMillis, maxBodyBytes: maxBodyBytes)
        if let journal {
            let now = clock()
            for entry in try journal.load(nowMillis: now) {
                _ = authenticator.replays.admit(entry.signature, expiresAt: entry.expiresAt, nowMillis: now)
            }
        }
        self.authenticator = Mutex(authenticator)
    }

    /// Largest request body accepted.
    public var maxBodyBytes: Int { authenticator.withLock { $0.maxBodyBytes } }

    /// The authors whose events this server stores: its own and its peers'.
    var trust: TrustPolicy { TrustPolicy(authors: peers().union([identity.key])) }

    /// Admits a request from its headers alone (no body read); journals its signature.
    func admit(authorization: String?, method: String, path: String, contentLength: Int?) throws(SyncError)
        -> RequestSignature
    {
        let keys = peers()
        let now = clock()
        let signature = try authenticator.withLock {
            (auth: inout RequestAuthenticator) throws(SyncError) -> RequestSignature in
            auth.peers = keys
            return try auth.admit(
                authorization: authorization, method: method, path: path, contentLength: contentLength, nowMillis: now)
        }
        let expiry = signature.date + authenticator.withLock { $0.skewMillis }
        try journal?.record(signature.signature, expiresAt: expiry, nowMillis: now)
        return signature
    }

    /// Imports a pushed stream all or nothing; one push at a time in this process. The stream's
    /// manifest must name the key that signed the request.
    func importPush(_ body: [UInt8], signer: String) throws(SyncError) -> PushReply {
        let (manifest, chunks) = try StreamDecoder.decodeAll(body, limits: limits)
        guard manifest.kind == .push else {
            throw .malformed("a push body must be a push stream, not \(manifest.kind)")
        }
        guard manifest.sender == signer else {
            throw .malformed(
                "the push stream names sender \(AuthorID(manifest.sender).short)…, but the request is signed by \(AuthorID(signer).short)…"
            )
        }
        let busy = writing.withLock { (w: inout Bool) -> Bool in
            if w { return true }
            w = true
            return false
        }
        guard !busy else { throw SyncError(code: .busy, message: "another push is being stored; retry in a moment") }
        defer { writing.withLock { $0 = false } }
        let replica = try open(true)
        let reply = try SyncResponder.importTransfer(chunks, into: replica, trust: trust, nowMillis: clock())
        if reply.appended > 0 || !reply.forks.isEmpty { afterImport(reply) }
        return reply
    }
}

/// How long the server waits on a client.
public struct ServerTimeouts: Sendable, Equatable {
    /// Longest wait for the request head after a connection opens.
    public var header: Duration
    /// Longest time without a byte read while a request is being read, and between requests.
    public var idle: Duration
    /// Longest time to receive a whole request body.
    public var body: Duration

    /// 10 s for the head, 30 s idle, 10 minutes for a body by default.
    public init(header: Duration = .seconds(10), idle: Duration = .seconds(30), body: Duration = .seconds(600)) {
        self.header = header
        self.idle = idle
        self.body = body
    }
}

extension SyncError {
    /// The HTTP status for this error.
    var httpStatus: Int {
        switch code {
        case .unsigned, .badSignature, .clockSkew, .replayed, .unknownPeer: 401
        case .tooLarge: 413
        case .malformed, .tampered: 400
        case .rejected: 422
        case .busy: 503
        case .timeout: 408
        default: 500
        }
    }

    /// What a client is told: the message for refusals, nothing of this machine for internal failures.
    var publicMessage: String {
        httpStatus == 500 ? "the server could not complete the request; its operator can see why in its log" : message
    }
}
