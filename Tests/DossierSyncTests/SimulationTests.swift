import DossierEvents
import DossierLog
import DossierProjection
import Foundation
import Testing

@testable import DossierSync

/// Many replicas, random partitions, faulty transfers, kills and restarts: once everyone has
/// synced with someone who synced with everyone, all hold the same events and the same digest.
@Suite struct SimulationTests {
    /// Deterministic random numbers (SplitMix64).
    typealias Rng = SplitMix64

    /// One replica: a store folder and (while "alive") its open log.
    final class Replica {
        let path: String
        let store: Store
        var log: EventLog?
        var written = 0

        init(index: Int) throws {
            path =
                FileManager.default.temporaryDirectory.appendingPathComponent(
                    "dossier-sim-\(index)-\(UUID().uuidString)"
                ).path
            let identity = try Identity(
                name: "r\(index)", rawPrivateKey: [UInt8](repeating: UInt8(index + 11), count: 32))
            store = try Store.create(at: path, name: "r\(index)", identity: identity)
            log = try Self.open(store)
        }

        static func open(_ store: Store) throws -> EventLog {
            var options = LogOptions()
            options.sealThreshold = 6_000  // small segments: sealed ones travel too
            options.sealInBackground = false
            return try EventLog(store: store, mode: .write, options: options)
        }

        var live: EventLog { get throws { if let log { return log }; let l = try Self.open(store); log = l; return l } }

        /// "Kill": drop the in-memory objects without closing anything cleanly, then reopen from disk.
        func kill() { log = nil }

        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    enum Fault: CaseIterable { case none, dropAfterSome, duplicate, reorder, killReceiver }

    /// One pull+push exchange driven through the state machine and the wire bytes, with a fault.
    static func exchange(_ client: Replica, _ server: Replica, fault: Fault, rng: inout Rng, now: Int) throws {
        let c = try client.live, s = try server.live
        let serverKey = try server.store.identity().key
        var machine = SyncSessionMachine(expectedSender: serverKey)
        var action = machine.start(local: c.syncVector())
        while true {
            switch action {
            case .sendPull(let vector):
                let (manifest, wants) = SyncResponder.answerPull(
                    requester: try VectorCoding.decode(VectorCoding.encode(vector)),
                    replica: s, sender: serverKey, nowMillis: now)
                var chunks = try wants.flatMap {
                    try s.syncExport(author: $0.author, after: $0.after, maxChunkBytes: 4_000)
                }
                switch fault {
                case .duplicate:
                    if let x = chunks.randomElement(using: &rng) {
                        chunks.insert(x, at: Int.random(in: 0...chunks.count, using: &rng))
                    }
                case .reorder: chunks.shuffle(using: &rng)
                default: break
                }
                let cut =
                    fault == .dropAfterSome || fault == .killReceiver
                    ? Int.random(in: 0...chunks.count, using: &rng) : Int.max
                var decoder = StreamDecoder()
                try decoder.feed(StreamFormat.preamble() + StreamFormat.frame(manifest))
                action = machine.received(try decoder.next()!)
                for (n, chunk) in chunks.enumerated() {
                    if n == cut {
                        if fault == .killReceiver { client.kill() }
                        return  // the connection drops
                    }
                    try decoder.feed(StreamFormat.frame(chunk))
                    action = machine.received(try decoder.next()!)
                    guard case .importChunk(let received) = action else { break }
                    let local = try client.live
                    do {
                        action = machine.imported(
                            try ChunkImporter.importChunk(received, into: local, trust: .unrestricted, nowMillis: now))
                    } catch {
                        action = machine.importFailed(error)
                        return  // a reordered chunk that does not attach stops this exchange
                    }
                }
                action = machine.received(.end(StreamEnd(chunks: 0, chunkBytes: 0)))
            case .pullComplete:
                let local = try client.live
                action = machine.pullEnded(local: local.syncVector()) { local.syncEventId(author: $0, seq: $1) }
            case .push(let wants):
                var chunks = try wants.flatMap {
                    try client.live.syncExport(author: $0.author, after: $0.after, maxChunkBytes: 4_000)
                }
                if fault == .duplicate { chunks += chunks.prefix(1) }
                let body = StreamFormat.encode(
                    manifest: Manifest(kind: .push, sender: "", createdAt: now, heads: c.syncVector()), chunks: chunks)
                let (_, decoded) = try StreamDecoder.decodeAll(body)
                var reply = PushReply()
                for (n, chunk) in decoded.enumerated() {
                    if fault == .killReceiver && n == decoded.count / 2 { server.kill(); return }
                    reply.add(
                        try ChunkImporter.importChunk(
                            chunk, into: try server.live, trust: .unrestricted, nowMillis: now))
                }
                action = machine.pushed(reply, chunks: decoded.count, bytes: 0)
            case .finish, .fail, .wait, .importChunk:
                return
            }
        }
    }

    static func digest(_ replica: Replica) throws -> String {
        let file = replica.path + "/sim-projection.sqlite"
        try? FileManager.default.removeItem(atPath: file)
        try Projection.rebuild(from: try EventLog(store: replica.store, mode: .read), at: file)
        let projection = try Projection.open(path: file)
        defer { try? projection.close() }
        return try projection.digest()
    }

    static func article(_ replica: Int, _ n: Int) throws -> EventDraft {
        let body = "Dépêche \(replica)-\(n). Le ministre a rencontré la présidente à Paris le 3 mars 2026."
        return try EventDraft(
            ArticleIngested(
                articleId: Hex.sha256(Array(body.utf8)), source: "sim/\(replica)/\(n).txt",
                title: "Dépêche \(replica)-\(n)",
                language: "fr", published: nil, ingestedAt: 1_000, body: body, boilerplate: [], format: "txt",
                encoding: .utf8, encodingFallback: false))
    }

    @Test(arguments: [1 as UInt64, 2, 3])
    func randomPartitionsFaultsAndKillsStillConverge(seed: UInt64) throws {
        var rng = Rng(state: seed)
        let replicas = try (0..<6).map(Replica.init)
        var appended: Set<String> = []
        for step in 0..<40 {
            // Some replicas write.
            for (i, r) in replicas.enumerated() where Int.random(in: 0..<3, using: &rng) == 0 {
                let count = Int.random(in: 1...4, using: &rng)
                let events = try r.live.append(
                    try (0..<count).map { try Self.article(i, r.written + $0) }, nowMillis: 1_000 + step)
                r.written += count
                appended.formUnion(events.map(\.id))
            }
            // A random partition: two sides; exchanges happen only within a side.
            let side = replicas.indices.map { _ in Bool.random(using: &rng) }
            for _ in 0..<3 {
                let a = Int.random(in: 0..<replicas.count, using: &rng),
                    b = Int.random(in: 0..<replicas.count, using: &rng)
                guard a != b, side[a] == side[b] else { continue }
                try Self.exchange(
                    replicas[a], replicas[b], fault: Fault.allCases.randomElement(using: &rng)!, rng: &rng,
                    now: 2_000 + step)
            }
        }
        // Heal: everyone syncs with replica 0, then replica 0 with everyone — no faults.
        for r in replicas.dropFirst() { try Self.exchange(r, replicas[0], fault: .none, rng: &rng, now: 9_000) }
        for r in replicas.dropFirst() { try Self.exchange(replicas[0], r, fault: .none, rng: &rng, now: 9_000) }
        for r in replicas { r.kill() }
        var vectors: [VersionVector] = []
        for r in replicas {
            let log = try EventLog(store: r.store, mode: .read)
            #expect(log.audit().ok)
            var held: Set<String> = []
            try log.forEachEvent { held.insert($0.id) }
            #expect(held == appended, "replica \(r.path) lost \(appended.subtracting(held).count) events")
            vectors.append(log.versionVector())
        }
        #expect(Set(vectors.map { VectorCoding.encode($0) }).count == 1)
        let digests = try replicas.map(Self.digest)
        #expect(Set(digests).count == 1, "digests: \(digests)")
    }
}
