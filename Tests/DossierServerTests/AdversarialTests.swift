import DossierEvents
import DossierLog
import DossierSync
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Synchronization
import Testing

@testable import DossierFuzzTargets
@testable import DossierServer

/// The attacks of a hostile client against a real `serve` (real stores, a real socket): each
/// asserts the answer, that nothing was stored, that `audit` stays clean, and that the server
/// still answers a listed peer's sync.
@Suite(.serialized) struct AdversarialTests {
    static let now = 1_800_000_000_000
    static let serverKey = try! Identity(name: "server", rawPrivateKey: [UInt8](repeating: 1, count: 32))
    static let aliceKey = try! Identity(name: "alice", rawPrivateKey: [UInt8](repeating: 2, count: 32))
    static let erinKey = try! Identity(name: "erin", rawPrivateKey: [UInt8](repeating: 4, count: 32))

    /// A server store holding 2 events of its own, listing alice and the crafted author; alice's store
    /// holds 3 events and lists the server.
    final class World: @unchecked Sendable {
        let root = NSTemporaryDirectory() + "dossier-attack-\(UUID().uuidString)"
        let server: Store
        let alice: Store
        let reports = Reports()

        init() throws {
            server = try Store.create(at: root + "/server", name: "server", identity: AdversarialTests.serverKey)
            alice = try Store.create(at: root + "/alice", name: "alice", identity: AdversarialTests.aliceKey)
            var peers = PeerList()
            try peers.add(name: "alice", key: AdversarialTests.aliceKey.key, nowMillis: 0)
            try peers.add(name: "crafted", key: CraftedLog.author.key, nowMillis: 0)
            try peers.save(to: server)
            var alicePeers = PeerList()
            try alicePeers.add(name: "server", key: AdversarialTests.serverKey.key, nowMillis: 0)
            try alicePeers.save(to: alice)
            try append(server, 2)
            try append(alice, 3)
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        func append(_ store: Store, _ count: Int) throws {
            let log = try EventLog(store: store, mode: .write)
            defer { log.close() }
            try log.append(
                (0..<count).map { EventDraft(type: "Note", typeVersion: 1, payload: Array("{\"n\":\($0)}".utf8)) },
                nowMillis: AdversarialTests.now - 60_000)
        }

        func service(
            timeouts: ServerTimeouts = ServerTimeouts(header: .seconds(20), idle: .seconds(20), body: .seconds(60))
        ) throws -> SyncService {
            let path = server.path
            let reports = reports
            return try SyncService(
                identity: AdversarialTests.serverKey, timeouts: timeouts, journal: ReplayJournal(store: server),
                peers: { (try? PeerList.load(from: Store.open(at: path)).keys) ?? [] },
                open: { forWriting throws(SyncError) in
                    do throws(LogError) {
                        return try EventLog(store: Store.open(at: path), mode: forWriting ? .write : .read)
                    } catch {
                        throw SyncError(code: .io, message: "cannot open the store: \(error.message)")
                    }
                },
                report: { line in reports.lines.withLock { $0.append(line) } },
                clock: { AdversarialTests.now })
        }

        /// The server's vector, its fork files and its audit.
        func serverState() throws -> (VersionVector, [String], AuditReport) {
            let log = try EventLog(store: server, mode: .read)
            defer { log.close() }
            let forks = (try? FileManager.default.contentsOfDirectory(atPath: server.path + "/forks")) ?? []
            return (log.versionVector(), forks, log.audit(nowMillis: AdversarialTests.now))
        }

        /// Alice syncs with the server on `port`; returns the error, if any.
        func aliceSyncs(port: Int) async throws -> SyncError? {
            let log = try EventLog(store: alice, mode: .write)
            defer { log.close() }
            let client = SyncClient(
                identity: AdversarialTests.aliceKey, baseURL: "http://127.0.0.1:\(port)",
                peers: try PeerList.load(from: alice))
            return await client.sync(log, now: { AdversarialTests.now }).error
        }
    }

    static func signed(_ identity: Identity = aliceKey, path: String, body: [UInt8], date: Int = now) throws
        -> HTTPFields
    {
        var nonce = [UInt8](repeating: 0, count: 16)
        for i in nonce.indices { nonce[i] = UInt8.random(in: 0...255) }
        let sig = try RequestSignature.sign(
            method: "POST", path: path, body: body, identity: identity, date: date, nonce: nonce)
        var fields = HTTPFields()
        fields[.authorization] = sig.headerValue
        return fields
    }

    /// A push body carrying `chunks`, from alice.
    static func push(_ chunks: [LogChunk]) -> [UInt8] {
        StreamFormat.encode(
            manifest: Manifest(kind: .push, sender: aliceKey.key, createdAt: now, heads: VersionVector()),
            chunks: chunks)
    }

    static func chunk(_ crafted: CraftedLog, sign: Bool = true) -> LogChunk {
        LogChunk(
            author: crafted.signer.key, kind: .records, firstSeq: crafted.events.first!.seq,
            lastSeq: crafted.events.last!.seq,
            bytes: CraftedLog.deflate(crafted.records(sign: sign)))
    }

    /// Runs `attack` against a live server, then checks that nothing was stored, the audit is clean,
    /// and alice can still sync.
    func underAttack(_ world: World, _ attack: @escaping @Sendable (any TestClientProtocol) async throws -> Void)
        async throws
    {
        let before = try world.serverState()
        let app = SyncServer.application(try world.service(), host: "127.0.0.1", port: 0)
        try await app.test(.live) { client in
            try await attack(client)
            let (vector, forks, audit) = try world.serverState()
            #expect(vector == before.0, "the attack stored events")
            #expect(forks == before.1, "the attack wrote fork evidence")
            #expect(audit.ok, "audit: \(audit.issues)")
            let error = try await world.aliceSyncs(port: try #require(client.port))
            #expect(error == nil, "a listed peer's sync failed after the attack: \(error?.message ?? "")")
        }
    }

    @Test func aDateOfInt64MinIsRefusedWithoutCrashingServe() async throws {
        let world = try World()
        try await underAttack(world) { client in
            let sig = try RequestSignature.sign(
                method: "POST", path: "/v1/pull", body: [], identity: Self.aliceKey, date: 0,
                nonce: [UInt8](repeating: 9, count: 16))
            for date in ["-9223372036854775808", "9223372036854775807", "99999999999999999999", "-1"] {
                var headers = HTTPFields()
                headers[.authorization] = sig.headerValue.replacingOccurrences(of: "date=0", with: "date=\(date)")
                try await client.execute(uri: "/v1/pull", method: .post, headers: headers, body: ByteBuffer()) { r in
                    #expect(r.status == .unauthorized)
                    #expect(String(buffer: r.body).hasPrefix("malformed Dossier signature: field `date`"))
                }
            }
        }
    }

    @Test func sealedChunksWithHugeIntegersAreRefused() async throws {
        let world = try World()
        let run = CraftedLog(count: 2)
        let raw = run.records()
        let bodies = [
            (1, UInt64(1) << 63), (2, UInt64.max), (2, UInt64(Int64.max)), (8, UInt64.max), (9, UInt64(1) << 63),
        ].map { field, value in
            let segment = CraftedLog.sealedSegment(raw, firstSeq: 1, lastSeq: 2, count: 2, lastId: run.events[1].id) {
                $0 == field ? value : nil
            }
            return Self.push([
                LogChunk(author: CraftedLog.author.key, kind: .sealedSegment, firstSeq: 1, lastSeq: 2, bytes: segment)
            ])
        }
        try await underAttack(world) { client in
            for body in bodies {
                try await client.execute(
                    uri: "/v1/push", method: .post, headers: try Self.signed(path: "/v1/push", body: body),
                    body: ByteBuffer(bytes: body)
                ) { r in
                    #expect(r.status == .unprocessableContent)
                    #expect(String(buffer: r.body).contains("nothing from it was stored"))
                }
            }
        }
    }

    @Test func anEventSignedWithAnAbsurdClockIsRefusedAndPoisonsNothing() async throws {
        let world = try World()
        var absurd = CraftedLog(count: 2)
        absurd.events[1].hlc = Int.max
        absurd.chain(prev: nil)
        var aYearAhead = CraftedLog(count: 1)
        aYearAhead.events[0].hlc = (Self.now + 365 * 86_400_000) * 1000
        aYearAhead.chain(prev: nil)
        let bodies = [Self.push([Self.chunk(absurd)]), Self.push([Self.chunk(aYearAhead)])]
        try await underAttack(world) { client in
            for body in bodies {
                try await client.execute(
                    uri: "/v1/push", method: .post, headers: try Self.signed(path: "/v1/push", body: body),
                    body: ByteBuffer(bytes: body)
                ) { r in
                    #expect(r.status == .unprocessableContent)
                    #expect(String(buffer: r.body).contains("ahead of this machine's clock"))
                }
            }
        }
        // The server still writes.
        try world.append(world.server, 1)
    }

    @Test func forkClaimsWithoutTheAuthorsSignatureWriteNoEvidence() async throws {
        let world = try World()
        let serverLog = try EventLog(store: world.server, mode: .read)
        let serverHead = try #require(serverLog.versionVector().heads[Self.serverKey.key])
        serverLog.close()
        // An unsigned alternative for the server's own seq 1.
        let alternative = Self.chunk(CraftedLog(count: 1, variant: "forged", signer: Self.serverKey), sign: false)
        // A successor of the server's head whose prev names another event (signed by nobody).
        var successor = CraftedLog(
            count: 1, from: serverHead.seq + 1, prev: String(repeating: "ab", count: 32), signer: Self.serverKey)
        successor.chain(prev: String(repeating: "ab", count: 32))
        let wrongPrev = Self.chunk(successor, sign: false)
        let bodies =
            [Self.push([alternative]), Self.push([wrongPrev])]
            + (0..<20).map { i in
                Self.push([Self.chunk(CraftedLog(count: 1, variant: "flood\(i)", signer: Self.serverKey), sign: false)])
            }
        try await underAttack(world) { client in
            for body in bodies {
                try await client.execute(
                    uri: "/v1/push", method: .post, headers: try Self.signed(path: "/v1/push", body: body),
                    body: ByteBuffer(bytes: body)
                ) { r in
                    #expect(r.status == .unprocessableContent)
                    #expect(!String(buffer: r.body).lowercased().contains("fork:"))
                }
            }
        }
    }

    @Test func aSignedForkIsKeptAsEvidenceBoundedPerAuthor() throws {
        let world = try World()
        let log = try EventLog(store: world.server, mode: .write)
        defer { log.close() }
        _ = try log.importChunk(Self.chunk(CraftedLog(count: 1)), nowMillis: Self.now)
        for i in 0..<(EventLog.maxForkEvidencePerAuthor + 4) {
            let outcome = try log.importChunk(
                Self.chunk(CraftedLog(count: 1, variant: "fork\(i)")), nowMillis: Self.now)
            #expect(outcome.forks.count == 1)
            #expect(outcome.evidenceDropped == (i < EventLog.maxForkEvidencePerAuthor ? 0 : 1))
        }
        #expect(try log.forks().count == EventLog.maxForkEvidencePerAuthor)
    }

    @Test func aPushNamingAnotherSenderOrCarryingUnlistedAuthorsStoresNothingOfThem() async throws {
        let world = try World()
        let stranger = try Identity(name: "stranger", rawPrivateKey: [UInt8](repeating: 6, count: 32))
        let impersonating = StreamFormat.encode(
            manifest: Manifest(kind: .push, sender: Self.serverKey.key, createdAt: Self.now, heads: VersionVector()),
            chunks: [Self.chunk(CraftedLog(count: 1))])
        let unlisted = Self.push([Self.chunk(CraftedLog(count: 2, signer: stranger))])
        try await underAttack(world) { client in
            try await client.execute(
                uri: "/v1/push", method: .post, headers: try Self.signed(path: "/v1/push", body: impersonating),
                body: ByteBuffer(bytes: impersonating)
            ) { r in
                #expect(r.status == .badRequest)
            }
            try await client.execute(
                uri: "/v1/push", method: .post, headers: try Self.signed(path: "/v1/push", body: unlisted),
                body: ByteBuffer(bytes: unlisted)
            ) { r in
                #expect(r.status == .ok)
                let reply = try JSONDecoder().decode(PushReply.self, from: Data(r.body.readableBytesView))
                #expect(reply.appended == 0 && reply.untrusted == [stranger.key])
            }
        }
    }

    @Test func aReplayIsRefusedAfterTheServerRestarts() async throws {
        let world = try World()
        let body = VectorCoding.encode(VersionVector())
        let headers = try Self.signed(path: "/v1/pull", body: body)
        let first = SyncServer.application(try world.service(), host: "127.0.0.1", port: 0)
        try await first.test(.router) { client in
            try await client.execute(uri: "/v1/pull", method: .post, headers: headers, body: ByteBuffer(bytes: body)) {
                r in #expect(r.status == .ok)
            }
        }
        let restarted = SyncServer.application(try world.service(), host: "127.0.0.1", port: 0)
        try await restarted.test(.router) { client in
            try await client.execute(uri: "/v1/pull", method: .post, headers: headers, body: ByteBuffer(bytes: body)) {
                r in
                #expect(r.status == .unauthorized)
                #expect(String(buffer: r.body).contains("already received (replay)"))
            }
        }
        #expect(StoreFiles.mode(world.server.path + "/sync/replay.log") == 0o600)
    }

    @Test func aServerFailureShowsNoPathOrInternals() async throws {
        let world = try World()
        let secret = world.server.path
        let service = try SyncService(
            identity: Self.serverKey, peers: { [Self.aliceKey.key] },
            open: { _ throws(SyncError) in
                throw SyncError(code: .io, message: "cannot open the store at \(secret)/log: EIO")
            },
            report: { [reports = world.reports] line in reports.lines.withLock { $0.append(line) } },
            clock: { Self.now })
        let body = VectorCoding.encode(VersionVector())
        try await SyncServer.application(service, host: "127.0.0.1", port: 0).test(.router) { client in
            try await client.execute(
                uri: "/v1/pull", method: .post, headers: try Self.signed(path: "/v1/pull", body: body),
                body: ByteBuffer(bytes: body)
            ) { r in
                #expect(r.status == .internalServerError)
                #expect(
                    String(buffer: r.body)
                        == "the server could not complete the request; its operator can see why in its log\n")
            }
        }
        #expect(world.reports.lines.withLock { $0 }.contains { $0.contains(secret) })
    }

    @Test func slowAndSilentConnectionsAreClosedAndPeersAreStillServed() async throws {
        let world = try World()
        let app = SyncServer.application(
            try world.service(timeouts: ServerTimeouts(header: .seconds(1), idle: .seconds(1), body: .seconds(5))),
            host: "127.0.0.1", port: 0)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            // 50 connections: silent, or a declared 200 MiB body of which 10 bytes arrive.
            let body = [UInt8](repeating: 0, count: 10)
            let auth = try Self.signed(path: "/v1/push", body: body)[.authorization]!
            var sockets: [Int32] = []
            for i in 0..<50 {
                let fd = try RawSocket.connect(port: port)
                if i % 2 == 0 {
                    RawSocket.send(
                        fd,
                        "POST /v1/push HTTP/1.1\r\nHost: x\r\nAuthorization: \(auth)\r\nContent-Length: 209715200\r\n\r\n0123456789"
                    )
                }
                sockets.append(fd)
            }
            let started = ContinuousClock.now
            let error = try await world.aliceSyncs(port: port)
            #expect(error == nil)
            #expect(ContinuousClock.now - started < .seconds(1), "a listed peer waited behind slow connections")
            try await Task.sleep(for: .milliseconds(2500))
            for fd in sockets {
                #expect(RawSocket.isClosedByPeer(fd), "a slow connection is still open after the idle timeout")
                close(fd)
            }
        }
    }
}

/// What a server reported to its operator.
final class Reports: Sendable {
    let lines = Mutex<[String]>([])
}

/// A blocking loopback TCP socket, for clients that misbehave on purpose.
enum RawSocket {
    static func connect(port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else { throw SyncError(code: .transport, message: "cannot connect to port \(port)") }
        return fd
    }

    static func send(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// True when the peer closed the connection (a read returns end of file or an error).
    static func isClosedByPeer(_ fd: Int32) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 4096)
        var pollfd = Glibc.pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while true {
            guard poll(&pollfd, 1, 500) > 0 else { return false }
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { return true }
        }
    }
}
