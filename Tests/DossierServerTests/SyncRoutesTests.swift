import DossierEvents
import DossierLog
import DossierSync
import DossierTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Synchronization
import Testing

@testable import DossierServer

/// The sync routes in-process, and one exchange on a real socket.
@Suite struct SyncRoutesTests {
    static let server = try! Identity(name: "server", rawPrivateKey: [UInt8](repeating: 1, count: 32))
    static let alice = try! Identity(name: "alice", rawPrivateKey: [UInt8](repeating: 2, count: 32))
    static let mallory = try! Identity(name: "mallory", rawPrivateKey: [UInt8](repeating: 3, count: 32))
    static let now = 1_800_000_000_000

    final class Counter: @unchecked Sendable {
        let opened = Mutex(0)
    }

    static func service(_ replica: MemorySyncReplica, counter: Counter = Counter(), maxBody: Int = 1 << 20)
        -> SyncService
    {
        try! SyncService(
            identity: server, maxBodyBytes: maxBody, peers: { [alice.key, MemorySyncReplica.author(3)] },
            open: { _ in
                counter.opened.withLock { $0 += 1 }; return replica
            }, clock: { now })
    }

    static func headers(_ identity: Identity = alice, path: String, body: [UInt8], date: Int = now, nonce: UInt8 = 5)
        throws -> HTTPFields
    {
        let sig = try RequestSignature.sign(
            method: "POST", path: path, body: body, identity: identity, date: date,
            nonce: [UInt8](repeating: nonce, count: 16))
        var fields = HTTPFields()
        fields[.authorization] = sig.headerValue
        return fields
    }

    @Test func aSignedPullAnswersWhatTheClientLacks() async throws {
        let replica = MemorySyncReplica(eventsPerChunk: .max)
        replica.write(MemorySyncReplica.author(7), count: 4)
        let app = SyncServer.application(Self.service(replica), host: "127.0.0.1", port: 0)
        let body = VectorCoding.encode(VersionVector())
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/v1/pull", method: .post, headers: try Self.headers(path: "/v1/pull", body: body),
                body: ByteBuffer(bytes: body)
            ) { response in
                #expect(response.status == .ok)
                let key = try ResponseSignature.verify(
                    response.headers[SyncRoutes.serverHeader], method: "POST", path: "/v1/pull",
                    requestNonce: [UInt8](repeating: 5, count: 16))
                #expect(key == Self.server.key)
                let (manifest, chunks) = try StreamDecoder.decodeAll(Array(response.body.readableBytesView))
                #expect(manifest.sender == Self.server.key)
                #expect(manifest.heads == replica.syncVector())
                #expect(chunks.map(\.lastSeq) == [4])
            }
        }
    }

    @Test func unknownKeysAndBadSignaturesAreRefusedBeforeTheBodyIsRead() async throws {
        let replica = MemorySyncReplica(eventsPerChunk: .max)
        let counter = Counter()
        let app = SyncServer.application(Self.service(replica, counter: counter), host: "127.0.0.1", port: 0)
        let push = StreamFormat.encode(
            manifest: Manifest(kind: .push, sender: Self.mallory.key, createdAt: 0, heads: VersionVector()),
            chunks: [
                LogChunk(
                    author: MemorySyncReplica.author(3), kind: .records, firstSeq: 1, lastSeq: 1, bytes: Array("x".utf8)
                )
            ])
        try await app.test(.router) { client in
            // Unknown key: 401, with the same answer as a bad signature (a refusal does not tell whether a key is listed).
            let refusal =
                "the request (POST /v1/push) is not signed by a key this replica accepts; check that its owner listed your key (`dossier peers add NAME KEY` with the key `dossier whoami` prints on your machine)\n"
            try await client.execute(
                uri: "/v1/push", method: .post, headers: try Self.headers(Self.mallory, path: "/v1/push", body: push),
                body: ByteBuffer(bytes: push)
            ) { r in
                #expect(r.status == .unauthorized)
                #expect(String(buffer: r.body) == refusal)
            }
            // Unsigned: 401.
            try await client.execute(uri: "/v1/push", method: .post, body: ByteBuffer(bytes: push)) { r in
                #expect(r.status == .unauthorized)
            }
            // Signed for /v1/pull, sent to /v1/push: 401, the same answer.
            try await client.execute(
                uri: "/v1/push", method: .post, headers: try Self.headers(path: "/v1/pull", body: push),
                body: ByteBuffer(bytes: push)
            ) { r in
                #expect(r.status == .unauthorized)
                #expect(String(buffer: r.body) == refusal)
            }
            // Old date: 401.
            try await client.execute(
                uri: "/v1/push", method: .post,
                headers: try Self.headers(path: "/v1/push", body: push, date: Self.now - 3_600_000),
                body: ByteBuffer(bytes: push)
            ) { r in
                #expect(r.status == .unauthorized)
                #expect(String(buffer: r.body).hasPrefix("the request is dated"))
            }
        }
        #expect(counter.opened.withLock { $0 } == 0)
        #expect(replica.imports == 0)
    }

    @Test func tamperedReplayedOversizedAndPathLikePushesStoreNothing() async throws {
        let replica = MemorySyncReplica(eventsPerChunk: .max)
        let app = SyncServer.application(Self.service(replica, maxBody: 4096), host: "127.0.0.1", port: 0)
        let good = StreamFormat.encode(
            manifest: Manifest(kind: .push, sender: Self.alice.key, createdAt: 0, heads: VersionVector()),
            chunks: [
                LogChunk(
                    author: MemorySyncReplica.author(3), kind: .records, firstSeq: 1, lastSeq: 1, bytes: Array("x".utf8)
                )
            ])
        var altered = good
        altered[altered.count - 20] ^= 1
        let tampered = altered
        let evil = StreamFormat.encode(
            manifest: Manifest(kind: .push, sender: Self.alice.key, createdAt: 0, heads: VersionVector()),
            chunks: [LogChunk(author: "../../../etc/passwd", kind: .records, firstSeq: 1, lastSeq: 1, bytes: [1])])
        let huge = [UInt8](repeating: 0, count: 5000)
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/v1/push", method: .post, headers: try Self.headers(path: "/v1/push", body: good, nonce: 1),
                body: ByteBuffer(bytes: tampered)
            ) { r in
                #expect(r.status == .badRequest)
                #expect(
                    String(buffer: r.body)
                        == "the request body does not match the SHA-256 its signature covers; it was altered in transit — nothing stored\n"
                )
            }
            try await client.execute(
                uri: "/v1/push", method: .post, headers: try Self.headers(path: "/v1/push", body: evil, nonce: 2),
                body: ByteBuffer(bytes: evil)
            ) { r in
                #expect(r.status == .badRequest)
                #expect(
                    String(buffer: r.body).contains(
                        "not a 64-hex-digit key; refusing a path-like or invalid name, nothing stored"))
            }
            try await client.execute(
                uri: "/v1/push", method: .post, headers: try Self.headers(path: "/v1/push", body: huge, nonce: 3),
                body: ByteBuffer(bytes: huge)
            ) { r in
                #expect(r.status == .contentTooLarge)
            }
            #expect(replica.imports == 0)
            let headers = try Self.headers(path: "/v1/push", body: good, nonce: 4)
            try await client.execute(uri: "/v1/push", method: .post, headers: headers, body: ByteBuffer(bytes: good)) {
                r in
                #expect(r.status == .ok)
                let reply = try JSONDecoder().decode(PushReply.self, from: Data(r.body.readableBytesView))
                #expect(reply == PushReply(appended: 1, duplicates: 0, chunks: 1, forks: []))
            }
            try await client.execute(uri: "/v1/push", method: .post, headers: headers, body: ByteBuffer(bytes: good)) {
                r in
                #expect(r.status == .unauthorized)
                #expect(
                    String(buffer: r.body)
                        == "this signed request was already received (replay); each request must be signed anew\n")
            }
        }
        #expect(replica.imports == 1)
    }

    @Test func theClientSyncsWithTheServerOnARealSocket() async throws {
        let serverReplica = MemorySyncReplica(eventsPerChunk: .max),
            clientReplica = MemorySyncReplica(eventsPerChunk: .max)
        serverReplica.write(MemorySyncReplica.author(7), count: 3)
        clientReplica.write(MemorySyncReplica.author(8), count: 5)
        let service = try SyncService(
            identity: Self.server, peers: { [Self.alice.key, MemorySyncReplica.author(8)] },
            open: { _ in serverReplica })
        let app = SyncServer.application(service, host: "127.0.0.1", port: 0)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            var peers = PeerList()
            try peers.add(name: "server", key: Self.server.key, nowMillis: 0)
            try peers.add(name: "writer7", key: MemorySyncReplica.author(7), nowMillis: 0)
            let syncClient = SyncClient(identity: Self.alice, baseURL: "http://127.0.0.1:\(port)", peers: peers)
            let result = await syncClient.sync(clientReplica, now: { Int(Date().timeIntervalSince1970 * 1000) })
            #expect(result.error == nil)
            #expect(result.summary.pulledEvents == 3 && result.summary.pushedEvents == 5)
            #expect(result.requests == 2)
            #expect(clientReplica.logs == serverReplica.logs)
            let again = await syncClient.sync(clientReplica, now: { Int(Date().timeIntervalSince1970 * 1000) })
            #expect(again.requests == 1 && again.summary.complete && again.summary.pulledEvents == 0)
            // A client that does not trust the server's key refuses its answer.
            let wary = SyncClient(identity: Self.alice, baseURL: "http://127.0.0.1:\(port)", peers: PeerList())
            let refused = await wary.sync(clientReplica, now: { Int(Date().timeIntervalSince1970 * 1000) })
            #expect(refused.error?.code == .unknownPeer)
        }
    }
}
