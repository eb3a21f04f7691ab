import DossierEvents
import DossierLog
import Foundation
import Testing

@testable import DossierSync

/// Offline bundles between real stores: round trip, `--since`, and hostile files.
@Suite struct BundleTests {
    final class Folder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bundle-\(UUID().uuidString)")
            .path
        init() { try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        func store(_ name: String, key: UInt8) throws -> EventLog {
            let store = try Store.create(
                at: path + "/" + name, name: name,
                identity: try Identity(name: name, rawPrivateKey: [UInt8](repeating: key, count: 32)))
            return try EventLog(store: store, mode: .write)
        }
    }

    static func notes(_ range: Range<Int>) throws -> [EventDraft] {
        try range.map { try SimulationTests.article(99, $0) }
    }

    /// The trust of `log`'s replica when it lists the authors of `peers`.
    static func trust(_ log: EventLog, listing peers: EventLog...) -> TrustPolicy {
        TrustPolicy(authors: Set(peers.map { $0.identity!.key }).union([log.identity!.key]))
    }

    static func held(_ log: EventLog) throws -> [String] {
        var ids: [String] = []
        try log.forEachEvent { ids.append($0.id) }
        return ids
    }

    @Test func aBundleCarriesWhatThePeerLacksAndReapplyingIsANoOp() throws {
        let dir = Folder()
        let alice = try dir.store("alice", key: 1), bob = try dir.store("bob", key: 2)
        try alice.append(try Self.notes(0..<5), nowMillis: 1_000)
        try bob.append(try Self.notes(5..<7), nowMillis: 1_000)
        let file = dir.path + "/a.bundle"
        let created = try SyncBundle.create(
            at: file, replica: alice, signer: alice.identity!, base: nil, nowMillis: 2_000)
        #expect(created.events == 5)
        let applied = try SyncBundle.apply(file, to: bob, trust: Self.trust(bob, listing: alice), nowMillis: 3_000)
        #expect(applied.appended == 5 && applied.duplicates == 0 && applied.sender == alice.identity!.key)
        let again = try SyncBundle.apply(file, to: bob, trust: Self.trust(bob, listing: alice), nowMillis: 3_000)
        #expect(again.appended == 0 && again.duplicates == 5)
        // --since: only what a replica at bob's vector lacks.
        try alice.append(try Self.notes(10..<12), nowMillis: 4_000)
        let since = try SyncBundle.create(
            at: dir.path + "/b.bundle", replica: alice, signer: alice.identity!, base: bob.versionVector(),
            nowMillis: 5_000)
        #expect(since.events == 2 && since.wants == [Want(author: alice.identity!.key, after: 5)])
        #expect(
            try SyncBundle.apply(
                dir.path + "/b.bundle", to: bob, trust: Self.trust(bob, listing: alice), nowMillis: 6_000
            ).appended == 2)
        #expect(bob.versionVector().heads[alice.identity!.key] == alice.versionVector().heads[alice.identity!.key])
    }

    @Test func aTamperedChunkIsRefusedWholeAndNothingIsStored() throws {
        let dir = Folder()
        let alice = try dir.store("alice", key: 1), bob = try dir.store("bob", key: 2)
        try alice.append(try Self.notes(0..<3), nowMillis: 1_000)
        let chunks = try alice.exportChunks(author: alice.identity!.key, after: 0)
        var forged = chunks[0]
        // Re-compress the records with one payload byte changed: CRCs still match, the ids/hashes do not.
        forged.bytes[forged.bytes.count / 2] ^= 0x01
        let file = dir.path + "/t.bundle"
        try Data(
            StreamFormat.encode(
                manifest: Manifest(
                    kind: .bundle, sender: alice.identity!.key, createdAt: 0, heads: alice.versionVector()),
                chunks: [forged], signer: alice.identity!)
        ).write(to: URL(fileURLWithPath: file))
        let before = try Self.held(bob)
        let error = try #require(throws: SyncError.self) {
            try SyncBundle.apply(file, to: bob, trust: Self.trust(bob, listing: alice), nowMillis: 2_000)
        }
        #expect(error.code == .rejected)
        #expect(error.message.hasPrefix("\(file), chunk 1 (\(alice.identity!.key.prefix(12))… 1…3): events 1…3 of"))
        #expect(try Self.held(bob) == before)
        #expect(bob.versionVector().heads[alice.identity!.key] == nil)
    }

    @Test func pathLikeNamesAndTruncatedBundlesStoreNothing() throws {
        let dir = Folder()
        let alice = try dir.store("alice", key: 1), bob = try dir.store("bob", key: 2)
        try alice.append(try Self.notes(0..<3), nowMillis: 1_000)
        var chunks = try alice.exportChunks(author: alice.identity!.key, after: 0)
        let good = chunks[0]
        chunks[0].author = "../../" + String(repeating: "a", count: 20)
        let manifest = Manifest(kind: .bundle, sender: alice.identity!.key, createdAt: 0, heads: alice.versionVector())
        // A good chunk first, then the hostile one: the whole file is checked before anything is stored.
        let evil = dir.path + "/evil.bundle"
        try Data(StreamFormat.encode(manifest: manifest, chunks: [good, chunks[0]])).write(
            to: URL(fileURLWithPath: evil))
        let error = try #require(throws: SyncError.self) {
            try SyncBundle.apply(evil, to: bob, trust: Self.trust(bob, listing: alice), nowMillis: 2_000)
        }
        #expect(
            error.message
                == "\(evil): chunk 2 names author '../../aaaaaaaaaaaaaaaaaaaa', which is not a 64-hex-digit key; refusing a path-like or invalid name, nothing stored"
        )
        let cut = dir.path + "/cut.bundle"
        let whole = StreamFormat.encode(manifest: manifest, chunks: [good])
        try Data(whole.dropLast(3)).write(to: URL(fileURLWithPath: cut))
        #expect(throws: SyncError.self) {
            try SyncBundle.apply(cut, to: bob, trust: Self.trust(bob, listing: alice), nowMillis: 2_000)
        }
        #expect(try Self.held(bob).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: bob.store.path + "/log/" + String(repeating: "a", count: 20)))
    }

    @Test func aBundleCutForAReplicaHoldingMoreDoesNotAttachAndSaysWhy() throws {
        let dir = Folder()
        let alice = try dir.store("alice", key: 1), bob = try dir.store("bob", key: 2)
        try alice.append(try Self.notes(0..<3), nowMillis: 1_000)
        try alice.append(try Self.notes(3..<6), nowMillis: 1_000)
        var base = alice.versionVector()
        base.heads[alice.identity!.key]?.seq = 3
        base.heads[alice.identity!.key]?.id = try alice.event(author: alice.identity!.key, seq: 3).id
        let file = dir.path + "/since.bundle"
        _ = try SyncBundle.create(at: file, replica: alice, signer: alice.identity!, base: base, nowMillis: 0)
        let error = try #require(throws: SyncError.self) {
            try SyncBundle.apply(file, to: bob, trust: Self.trust(bob, listing: alice), nowMillis: 0)
        }
        #expect(
            error.message.contains(
                "events 4…6 of author \(alice.identity!.key.prefix(12))… do not attach: this replica holds up to 0"))
    }
}
