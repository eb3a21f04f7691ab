import DossierEvents
import DossierLog
import Foundation
import Testing

@testable import DossierSync

/// Hostile bundles against real stores: every one is refused or changes nothing it should not.
@Suite struct BundleAttackTests {
    typealias Folder = BundleTests.Folder

    static func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    @Test func aBundleFromAnUnlistedSenderIsRefusedAndStoresNothing() throws {
        let dir = Folder()
        let alice = try dir.store("alice", key: 1), bob = try dir.store("bob", key: 2)
        try alice.append(try BundleTests.notes(0..<3), nowMillis: 1_000)
        let file = dir.path + "/a.bundle"
        _ = try SyncBundle.create(at: file, replica: alice, signer: alice.identity!, base: nil, nowMillis: 2_000)
        let error = try #require(throws: SyncError.self) {
            try SyncBundle.apply(file, to: bob, trust: BundleTests.trust(bob), nowMillis: 3_000)
        }
        #expect(error.code == .unknownPeer)
        #expect(
            error.message
                == "\(file) comes from replica \(alice.identity!.key), which is not in this replica's peer list; if you trust it, run `dossier peers add NAME \(alice.identity!.key)` and apply it again. Nothing stored"
        )
        #expect(try BundleTests.held(bob).isEmpty)
    }

    @Test func anUnsignedOrReSignedBundleIsRefused() throws {
        let dir = Folder()
        let alice = try dir.store("alice", key: 1), bob = try dir.store("bob", key: 2),
            mallory = try dir.store("mallory", key: 3)
        try alice.append(try BundleTests.notes(0..<3), nowMillis: 1_000)
        let chunks = try alice.exportChunks(author: alice.identity!.key, after: 0)
        let manifest = Manifest(
            kind: .bundle, sender: alice.identity!.key, createdAt: 2_000, heads: alice.versionVector())
        let unsigned = dir.path + "/unsigned.bundle"
        try Self.write(StreamFormat.encode(manifest: manifest, chunks: chunks), to: unsigned)
        let error = try #require(throws: SyncError.self) {
            try SyncBundle.apply(unsigned, to: bob, trust: BundleTests.trust(bob, listing: alice), nowMillis: 3_000)
        }
        #expect(error.code == .unsigned)
        // Signed by mallory while claiming to come from alice: the signature does not verify for alice.
        let forged = dir.path + "/forged.bundle"
        try Self.write(
            try StreamFormat.encode(manifest: manifest, chunks: chunks, signer: mallory.identity!), to: forged)
        let forgedError = try #require(throws: SyncError.self) {
            try SyncBundle.apply(
                forged, to: bob, trust: BundleTests.trust(bob, listing: alice, mallory), nowMillis: 3_000)
        }
        #expect(forgedError.code == .badSignature)
        #expect(try BundleTests.held(bob).isEmpty)
    }

    @Test func aBundleWithOneBadChunkStoresNothingAtAll() throws {
        let dir = Folder()
        let alice = try dir.store("alice", key: 1), bob = try dir.store("bob", key: 2)
        try alice.append(try BundleTests.notes(0..<3), nowMillis: 1_000)
        try alice.append(try BundleTests.notes(3..<6), nowMillis: 1_000)
        let first = try alice.exportChunks(author: alice.identity!.key, after: 0, maxChunkBytes: 1)
        #expect(first.count == 2)
        var bad = first[1]
        bad.bytes[bad.bytes.count / 2] ^= 0x01
        let file = dir.path + "/half.bundle"
        let manifest = Manifest(
            kind: .bundle, sender: alice.identity!.key, createdAt: 2_000, heads: alice.versionVector())
        try Self.write(
            try StreamFormat.encode(manifest: manifest, chunks: [first[0], bad], signer: alice.identity!), to: file)
        let error = try #require(throws: SyncError.self) {
            try SyncBundle.apply(file, to: bob, trust: BundleTests.trust(bob, listing: alice), nowMillis: 3_000)
        }
        #expect(error.message.hasPrefix("\(file), chunk 2 "))
        #expect(try BundleTests.held(bob).isEmpty)
    }

    @Test func aClaimedHeadThisReplicaDoesNotHoldNeverHidesEventsFromTheSender() throws {
        let dir = Folder()
        let alice = try dir.store("alice", key: 1), bob = try dir.store("bob", key: 2),
            erin = try dir.store("erin", key: 4)
        try alice.append(try BundleTests.notes(0..<2), nowMillis: 1_000)
        try erin.append(try BundleTests.notes(10..<13), nowMillis: 1_000)
        // Bob holds erin's events (from erin) and lists both.
        let fromErin = dir.path + "/erin.bundle"
        _ = try SyncBundle.create(at: fromErin, replica: erin, signer: erin.identity!, base: nil, nowMillis: 2_000)
        _ = try SyncBundle.apply(
            fromErin, to: bob, trust: BundleTests.trust(bob, listing: alice, erin), nowMillis: 3_000)
        // Alice signs a manifest claiming she holds erin up to seq 1,000,000,000.
        var heads = alice.versionVector()
        heads.heads[erin.identity!.key] = VersionVector.Head(seq: 1_000_000_000, id: String(repeating: "ee", count: 32))
        let claim = dir.path + "/claim.bundle"
        let manifest = Manifest(kind: .bundle, sender: alice.identity!.key, createdAt: 2_000, heads: heads)
        try Self.write(
            try StreamFormat.encode(
                manifest: manifest, chunks: try alice.exportChunks(author: alice.identity!.key, after: 0),
                signer: alice.identity!), to: claim)
        let applied = try SyncBundle.apply(
            claim, to: bob, trust: BundleTests.trust(bob, listing: alice, erin), nowMillis: 3_000)
        try KnownVectors.record(applied.senderVector, for: applied.sender, store: bob.store) {
            bob.syncEventId(author: $0, seq: $1)
        }
        let known = try #require(KnownVectors.load(alice.identity!.key, store: bob.store))
        #expect(known.heads[erin.identity!.key] == nil)
        #expect(known.heads[alice.identity!.key] == alice.versionVector().heads[alice.identity!.key])
        // A bundle for alice still carries erin's events.
        let forAlice = try SyncBundle.create(
            at: dir.path + "/for-alice.bundle", replica: bob, signer: bob.identity!, base: known, nowMillis: 4_000)
        #expect(forAlice.wants.contains(Want(author: erin.identity!.key, after: 0)))
    }

    @Test func eventsOfUnlistedAuthorsAreSkippedAndNamed() throws {
        let dir = Folder()
        let alice = try dir.store("alice", key: 1), bob = try dir.store("bob", key: 2),
            erin = try dir.store("erin", key: 4)
        try erin.append(try BundleTests.notes(10..<12), nowMillis: 1_000)
        let fromErin = dir.path + "/erin.bundle"
        _ = try SyncBundle.create(at: fromErin, replica: erin, signer: erin.identity!, base: nil, nowMillis: 2_000)
        _ = try SyncBundle.apply(fromErin, to: alice, trust: BundleTests.trust(alice, listing: erin), nowMillis: 3_000)
        try alice.append(try BundleTests.notes(0..<2), nowMillis: 1_000)
        let relay = dir.path + "/relay.bundle"
        _ = try SyncBundle.create(at: relay, replica: alice, signer: alice.identity!, base: nil, nowMillis: 4_000)
        let applied = try SyncBundle.apply(
            relay, to: bob, trust: BundleTests.trust(bob, listing: alice), nowMillis: 5_000)
        #expect(applied.appended == 2 && applied.untrusted == [erin.identity!.key])
        #expect(bob.versionVector().heads[erin.identity!.key] == nil)
    }
}
