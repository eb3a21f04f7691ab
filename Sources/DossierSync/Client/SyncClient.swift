import AsyncHTTPClient
import DossierEvents
import DossierLog
import Foundation
import NIOCore
import NIOHTTP1

/// The two halves of a sync exchange.
public enum SyncPhase: String, Sendable, CustomStringConvertible {
    /// Receiving what the peer holds and this replica does not.
    case pull
    /// Sending what this replica holds and the peer does not.
    case push

    public var description: String { rawValue }
}

/// Progress of a running sync, for a terminal.
public struct SyncProgress: Sendable {
    /// Which half of the exchange is running.
    public var phase: SyncPhase
    /// Events handled so far in this phase.
    public var events: Int
    /// Events expected in this phase (0 when unknown).
    public var total: Int
    /// Bytes moved so far in this phase.
    public var bytes: Int
}

/// The result of `SyncClient.sync`.
public struct SyncResult: Sendable {
    /// What moved.
    public var summary: SyncSummary
    /// The remote's key (verified), when it answered.
    public var remoteKey: String?
    /// The remote's vector at the end, when known.
    public var remoteVector: VersionVector?
    /// Why the exchange stopped early, if it did.
    public var error: SyncError?
    /// Bytes of HTTP bodies sent and received.
    public var bodyBytesSent = 0
    /// Bytes of HTTP bodies received.
    public var bodyBytesReceived = 0
    /// HTTP requests made.
    public var requests = 0
    /// Authors whose pulled events were skipped because this replica does not trust them (sorted).
    public var untrusted: [String] = []
}

/// `dossier sync URL`: pulls then pushes over HTTP, driving `SyncSessionMachine`.
public struct SyncClient: Sendable {
    /// This replica's identity (signs requests).
    public var identity: Identity
    /// The remote's base URL, e.g. `http://127.0.0.1:7433`.
    public var baseURL: String
    /// Keys this replica accepts answers from.
    public var peers: PeerList
    /// Bounds on what is accepted from the remote.
    public var limits: StreamLimits
    /// Largest push body per request; larger pushes are split.
    public var maxPushBytes: Int
    /// Per-request timeout.
    public var timeout: TimeAmount

    /// A client for `baseURL`.
    public init(
        identity: Identity, baseURL: String, peers: PeerList, limits: StreamLimits = StreamLimits(),
        maxPushBytes: Int = 64 << 20, timeout: TimeAmount = .seconds(600)
    ) {
        self.identity = identity
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.peers = peers
        self.limits = limits
        self.maxPushBytes = maxPushBytes
        self.timeout = timeout
    }

    /// Runs one exchange with the remote: pull what it has that we lack, push what it lacks.
    public func sync(
        _ replica: any SyncReplica, now: @Sendable () -> Int,
        progress: @Sendable (SyncProgress) -> Void = { _ in }
    ) async -> SyncResult {
        var result = SyncResult(summary: SyncSummary())
        var machine = SyncSessionMachine()
        var action = machine.start(local: replica.syncVector())
        var pushTotal = 0
        while true {
            switch action {
            case .sendPull(let vector):
                action = await pull(
                    vector: vector, machine: &machine, replica: replica, now: now, result: &result, progress: progress)
            case .pullComplete:
                action = machine.pullEnded(local: replica.syncVector()) { replica.syncEventId(author: $0, seq: $1) }
            case .push(let wants):
                pushTotal = wants.reduce(0) { $0 + (replica.syncVector().heads[$1.author]?.seq ?? 0) - $1.after }
                do {
                    let (reply, chunks, bytes) = try await push(
                        wants, replica: replica, now: now, total: pushTotal, result: &result, progress: progress)
                    action = machine.pushed(reply, chunks: chunks, bytes: bytes)
                } catch {
                    action = machine.transportFailed(error)
                }
            case .finish(let summary):
                result.summary = summary
                result.remoteVector = machine.remote.map { remote in
                    var v = remote
                    for (author, head) in replica.syncVector().heads
                    where head.seq > (v.heads[author]?.seq ?? 0) && summary.complete { v.heads[author] = head }
                    return v
                }
                return result
            case .fail(let error, let summary):
                result.summary = summary
                result.error = error
                return result
            case .wait, .importChunk:
                action = machine.transportFailed(
                    SyncError(code: .invalid, message: "sync client: unexpected \(action) outside a pull"))
            }
        }
    }

    private func post(_ path: String, body: [UInt8], now: @Sendable () -> Int, result: inout SyncResult)
        async throws(SyncError) -> (HTTPClientResponse, String)
    {
        var nonce = [UInt8](repeating: 0, count: 16)
        var rng = SystemRandomNumberGenerator()
        for i in nonce.indices { nonce[i] = UInt8.random(in: 0...255, using: &rng) }
        let signature = try RequestSignature.sign(
            method: "POST", path: path, body: body, identity: identity, date: now(), nonce: nonce)
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = .POST
        request.headers.add(name: RequestSignature.headerName, value: signature.headerValue)
        request.body = .bytes(ByteBuffer(bytes: body))
        result.requests += 1
        result.bodyBytesSent += body.count
        let response: HTTPClientResponse
        do {
            response = try await HTTPClient.shared.execute(request, timeout: timeout)
        } catch {
            throw SyncError(
                code: .transport, message: "cannot reach \(baseURL)\(path): \(error). Is `dossier serve` running there?"
            )
        }
        guard response.status == .ok else {
            var text = ""
            if let body = try? await response.body.collect(upTo: 64 << 10) { text = String(buffer: body) }
            let code: SyncError.Code =
                switch response.status.code {
                case 401: .badSignature
                case 403: .unknownPeer
                case 413: .tooLarge
                case 503: .busy
                default: .rejected
                }
            throw SyncError(
                code: code,
                message:
                    "\(baseURL) refused \(path) (HTTP \(response.status.code)): \(text.trimmingCharacters(in: .whitespacesAndNewlines))"
            )
        }
        let key = try ResponseSignature.verify(
            response.headers.first(name: ResponseSignature.headerName), method: "POST", path: path, requestNonce: nonce)
        guard peers.keys.contains(key) else {
            throw SyncError(
                code: .unknownPeer,
                message:
                    "\(baseURL) answered as key \(key), which is not in this replica's peer list; if you trust it, run `dossier peers add NAME \(key)`"
            )
        }
        return (response, key)
    }

    private func pull(
        vector: VersionVector, machine: inout SyncSessionMachine, replica: any SyncReplica, now: @Sendable () -> Int,
        result: inout SyncResult, progress: @Sendable (SyncProgress) -> Void
    ) async -> SyncSessionMachine.Action {
        let response: HTTPClientResponse
        do {
            (response, result.remoteKey) = try await post(
                "/v1/pull", body: VectorCoding.encode(vector), now: now, result: &result)
        } catch {
            return machine.transportFailed(error)
        }
        var decoder = StreamDecoder(limits: limits)
        var total = 0
        var events = 0
        var sender: String?
        let trust = TrustPolicy(own: identity.key, peers: peers)
        var untrusted = Set<String>()
        defer { result.untrusted = untrusted.sorted() }
        do {
            for try await buffer in response.body {
                result.bodyBytesReceived += buffer.readableBytes
                try decoder.feed(buffer.readableBytesView)
                while let item = try decoder.next() {
                    if case .manifest(let m) = item {
                        sender = m.sender
                        total = max(0, vector.applying(delta: m.heads).eventCount - vector.eventCount)
                    }
                    if case .end = item {
                        // The answer's vector is used only if the server signed the whole stream.
                        guard decoder.isSigned, sender == result.remoteKey else {
                            return machine.transportFailed(
                                SyncError(
                                    code: .badSignature,
                                    message:
                                        "the pull response from \(baseURL) is not signed by the replica that answered; what arrived whole was verified and kept, the rest refused"
                                ))
                        }
                    }
                    var action = machine.received(item)
                    if case .importChunk(let chunk) = action {
                        if !trust.accepts(chunk.author) { untrusted.insert(chunk.author) }
                        do {
                            action = machine.imported(
                                try ChunkImporter.importChunk(chunk, into: replica, trust: trust, nowMillis: now()))
                        } catch {
                            action = machine.importFailed(error)
                        }
                        events += chunk.lastSeq - chunk.firstSeq + 1
                        progress(
                            SyncProgress(phase: .pull, events: events, total: total, bytes: result.bodyBytesReceived))
                    }
                    switch action {
                    case .wait: continue
                    default: return action
                    }
                }
            }
            try decoder.finish()
        } catch let error as SyncError {
            return machine.transportFailed(error)
        } catch {
            return machine.transportFailed(
                SyncError(
                    code: .transport,
                    message:
                        "the pull from \(baseURL) was interrupted: \(error); what arrived whole is kept — sync again to resume"
                ))
        }
        return machine.transportFailed(.malformed("the pull response ended without its end frame"))
    }

    private func push(
        _ wants: [Want], replica: any SyncReplica, now: @Sendable () -> Int, total: Int,
        result: inout SyncResult, progress: @Sendable (SyncProgress) -> Void
    ) async throws(SyncError) -> (PushReply, Int, Int) {
        var reply = PushReply()
        var chunksSent = 0, bytesSent = 0, events = 0
        var batch: [LogChunk] = []
        var batchBytes = 0
        func send() async throws(SyncError) {
            guard !batch.isEmpty else { return }
            let manifest = Manifest(kind: .push, sender: identity.key, createdAt: now(), heads: replica.syncVector())
            let body = StreamFormat.encode(manifest: manifest, chunks: batch)
            let (response, _) = try await post("/v1/push", body: body, now: now, result: &result)
            let data: ByteBuffer
            do { data = try await response.body.collect(upTo: 1 << 20) } catch {
                throw SyncError(
                    code: .transport, message: "the push to \(baseURL) was interrupted: \(error); sync again to resume")
            }
            result.bodyBytesReceived += data.readableBytes
            guard let part = try? JSONDecoder().decode(PushReply.self, from: Data(data.readableBytesView)) else {
                throw .malformed("the server's push reply is not JSON")
            }
            reply.appended += part.appended
            reply.duplicates += part.duplicates
            reply.chunks += part.chunks
            for fork in part.forks where !reply.forks.contains(fork) { reply.forks.append(fork) }
            chunksSent += batch.count
            bytesSent += batchBytes
            events += batch.reduce(0) { $0 + $1.lastSeq - $1.firstSeq + 1 }
            progress(SyncProgress(phase: .push, events: events, total: total, bytes: bytesSent))
            batch.removeAll()
            batchBytes = 0
        }
        for want in wants {
            for chunk in try replica.syncExport(
                author: want.author, after: want.after, maxChunkBytes: min(32 << 20, maxPushBytes))
            {
                if batchBytes + chunk.bytes.count > maxPushBytes { try await send() }
                batch.append(chunk)
                batchBytes += chunk.bytes.count
            }
        }
        try await send()
        return (reply, chunksSent, bytesSent)
    }
}
