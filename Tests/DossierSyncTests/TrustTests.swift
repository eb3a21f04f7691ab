import DossierEvents
import DossierLog
import Foundation
import Testing

@testable import DossierSync

/// Request signing, the authenticator's refusals, and the peer list.
@Suite struct TrustTests {
    static let alice = try! Identity(name: "alice", rawPrivateKey: [UInt8](repeating: 1, count: 32))
    static let mallory = try! Identity(name: "mallory", rawPrivateKey: [UInt8](repeating: 2, count: 32))
    static let now = 1_800_000_000_000
    static let nonce = [UInt8](repeating: 7, count: 16)

    static func signed(
        _ identity: Identity = alice, path: String = "/v1/push", body: [UInt8] = [1, 2, 3], date: Int = now,
        nonce: [UInt8] = nonce
    ) throws -> RequestSignature {
        try RequestSignature.sign(method: "POST", path: path, body: body, identity: identity, date: date, nonce: nonce)
    }

    @Test func aSignedRequestIsAdmittedAndItsBodyChecked() throws {
        var auth = RequestAuthenticator(peers: [Self.alice.key])
        let sig = try Self.signed()
        let admitted = try auth.admit(
            authorization: sig.headerValue, method: "POST", path: "/v1/push", contentLength: 3,
            nowMillis: Self.now + 1000)
        #expect(admitted == sig)
        try admitted.verifyBody([1, 2, 3])
        let error = try #require(throws: SyncError.self) { try admitted.verifyBody([1, 2, 4]) }
        #expect(error.code == .tampered)
        #expect(
            error.message
                == "the request body does not match the SHA-256 its signature covers; it was altered in transit — nothing stored"
        )
    }

    @Test func unknownKeysGetTheSameRefusalAsBadSignatures() throws {
        var auth = RequestAuthenticator(peers: [Self.alice.key])
        let unknown = try #require(throws: SyncError.self) {
            try auth.admit(
                authorization: try Self.signed(Self.mallory).headerValue, method: "POST", path: "/v1/push",
                contentLength: 3, nowMillis: Self.now)
        }
        var flipped = try Self.signed()
        flipped.signature[0] ^= 1
        let forged = try #require(throws: SyncError.self) {
            try auth.admit(
                authorization: flipped.headerValue, method: "POST", path: "/v1/push", contentLength: 3,
                nowMillis: Self.now)
        }
        #expect(unknown == forged)
        #expect(unknown.code == .badSignature)
        #expect(
            unknown.message
                == "the request (POST /v1/push) is not signed by a key this replica accepts; check that its owner listed your key (`dossier peers add NAME KEY` with the key `dossier whoami` prints on your machine)"
        )
    }

    @Test(arguments: [Int.min, -1, Int.max, RequestSignature.maxDate + 1])
    func absurdDatesAreRefusedWithoutOverflow(date: Int) throws {
        var auth = RequestAuthenticator(peers: [Self.alice.key])
        let header = try Self.signed().headerValue.replacingOccurrences(of: "date=\(Self.now)", with: "date=\(date)")
        for now in [Int.min, 0, Self.now, Int.max] {
            let error = try #require(throws: SyncError.self) {
                try auth.admit(
                    authorization: header, method: "POST", path: "/v1/push", contentLength: 3, nowMillis: now)
            }
            #expect(error.code == .unsigned)
        }
    }

    @Test func badSignaturesSkewReplaysAndSizeAreRefused() throws {
        var auth = RequestAuthenticator(peers: [Self.alice.key], skewMillis: 60_000, maxBodyBytes: 100)
        // Signed for another path.
        let other = try Self.signed(path: "/v1/pull")
        #expect(throws: SyncError.self) {
            try auth.admit(
                authorization: other.headerValue, method: "POST", path: "/v1/push", contentLength: 3,
                nowMillis: Self.now)
        }
        // A flipped signature byte.
        var flipped = try Self.signed()
        flipped.signature[0] ^= 1
        let bad = try #require(throws: SyncError.self) {
            try auth.admit(
                authorization: flipped.headerValue, method: "POST", path: "/v1/push", contentLength: 3,
                nowMillis: Self.now)
        }
        #expect(bad.code == .badSignature)
        // Too old.
        let old = try #require(throws: SyncError.self) {
            try auth.admit(
                authorization: try Self.signed(date: Self.now - 120_000).headerValue, method: "POST", path: "/v1/push",
                contentLength: 3, nowMillis: Self.now)
        }
        #expect(old.code == .clockSkew)
        #expect(
            old.message
                == "the request is dated \(Self.now - 120_000), 120 s from this server's clock (window ±60 s); check both clocks"
        )
        // Replayed.
        let fresh = try Self.signed(nonce: [UInt8](repeating: 9, count: 16))
        _ = try auth.admit(
            authorization: fresh.headerValue, method: "POST", path: "/v1/push", contentLength: 3, nowMillis: Self.now)
        let replay = try #require(throws: SyncError.self) {
            try auth.admit(
                authorization: fresh.headerValue, method: "POST", path: "/v1/push", contentLength: 3,
                nowMillis: Self.now + 5)
        }
        #expect(replay.code == .replayed)
        // Declared too large.
        let big = try #require(throws: SyncError.self) {
            try auth.admit(
                authorization: try Self.signed(nonce: [UInt8](repeating: 3, count: 16)).headerValue, method: "POST",
                path: "/v1/push", contentLength: 101, nowMillis: Self.now)
        }
        #expect(big.code == .tooLarge)
        // Unsigned.
        let none = try #require(throws: SyncError.self) {
            try auth.admit(authorization: nil, method: "POST", path: "/v1/push", contentLength: 0, nowMillis: Self.now)
        }
        #expect(none.code == .unsigned)
    }

    @Test func responsesAreSignedByTheServer() throws {
        let answer = try ResponseSignature.sign(
            method: "POST", path: "/v1/pull", requestNonce: Self.nonce, identity: Self.alice)
        #expect(
            try ResponseSignature.verify(answer.headerValue, method: "POST", path: "/v1/pull", requestNonce: Self.nonce)
                == Self.alice.key)
        #expect(throws: SyncError.self) {
            try ResponseSignature.verify(
                answer.headerValue, method: "POST", path: "/v1/pull", requestNonce: [UInt8](repeating: 0, count: 16))
        }
    }

    @Test func peerListAddsRemovesAndValidates() throws {
        var list = PeerList()
        try list.add(name: "bob", key: Self.alice.key.uppercased(), nowMillis: 1)
        #expect(list.find("bob")?.key == Self.alice.key)
        #expect(throws: SyncError.self) { try list.add(name: "bob", key: Self.mallory.key, nowMillis: 2) }
        let path = try #require(throws: SyncError.self) {
            try list.add(name: "../evil", key: Self.mallory.key, nowMillis: 2)
        }
        #expect(path.message == "peer name '../evil' is invalid: use 1–64 letters, digits, '.', '_' or '-'")
        let key = try #require(throws: SyncError.self) { try list.add(name: "eve", key: "nothex", nowMillis: 2) }
        #expect(
            key.message
                == "'nothex' is not a replica key: give the 64 hex digits `dossier whoami` prints on that machine")
        #expect(try list.remove("bob").name == "bob")
        #expect(list.peers.isEmpty)
        #expect(throws: SyncError.self) { try list.remove("bob") }
    }

    @Test func replayGuardForgetsExpiredEntriesAndStaysBounded() {
        var guardian = ReplayGuard(capacity: 3)
        let first = guardian.admit([1], expiresAt: 10, nowMillis: 0)
        let again = guardian.admit([1], expiresAt: 10, nowMillis: 5)
        let afterExpiry = guardian.admit([1], expiresAt: 30, nowMillis: 11)
        #expect(first && !again && afterExpiry)
        var admitted = 0
        for i in 2...10 where guardian.admit([UInt8(i)], expiresAt: 100, nowMillis: 20) { admitted += 1 }
        #expect(admitted == 9)
        let replayedLast = guardian.admit([10], expiresAt: 100, nowMillis: 21)
        #expect(!replayedLast)
    }
}
