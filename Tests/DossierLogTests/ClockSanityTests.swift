import DossierEvents
import Foundation
import Testing

@testable import DossierLog

/// Clocks from elsewhere are never trusted: the clock cannot overflow, a received event dated far
/// ahead is refused, and a store that already holds one (written before these rules) keeps working.
@Suite struct ClockSanityTests {
    static let now = 1_800_000_000_000

    @Test(arguments: [Int.min, -1, 0, HybridLogicalClock.maxValue - 1, HybridLogicalClock.maxValue, Int.max])
    func theClockNeverTrapsNorLeavesItsRange(observed: Int) {
        for now in [Int.min, -1, 0, Self.now, Int.max] {
            var clock = HybridLogicalClock(last: observed)
            clock.observe(observed)
            let tick = clock.tick(nowMillis: now)
            #expect(tick >= 0 && tick <= HybridLogicalClock.maxValue)
            #expect(clock.tick(nowMillis: now) >= tick)
        }
    }

    @Test func anAbsurdObservedClockDoesNotDragNewEventsIntoTheFuture() {
        var clock = HybridLogicalClock()
        clock.observe(HybridLogicalClock.maxValue - 5)
        #expect(clock.tick(nowMillis: Self.now) == Self.now * 1000)
        clock.observe(Int.max)
        #expect(clock.tick(nowMillis: Self.now) == Self.now * 1000 + 1)
    }

    /// A store holding mallory's event with clock Int.max, committed as import did before the rules.
    static func poisoned() throws -> (TempStore, String) {
        let t = try TempStore(name: "alice", key: 1)
        let log = try t.open()
        defer { log.close() }
        let mallory = try Identity(name: "mallory", rawPrivateKey: [UInt8](repeating: 3, count: 32))
        let payload = Array("{}".utf8)
        let header = EventHeader(
            type: "Note", typeVersion: 1, author: mallory.key, seq: 1, prev: nil, hlc: Int.max,
            payloadHash: Hex.sha256(payload), payloadSize: payload.count)
        var framed: [UInt8] = []
        Record.event(header: header.canonicalBytes(), payload: payload).frame(into: &framed)
        let commitStart = framed.count
        Record.commit(try CommitRecord.sign(key: mallory.privateKey, firstSeq: 1, lastSeq: 1, lastId: header.id)).frame(
            into: &framed)
        #expect(commitStart > 0)
        try log.writableLog(mallory.key).appendVerified(
            framed, eventFrameOffsets: [0], lastSeq: 1, lastId: header.id, maxHLC: Int.max)
        return (t, header.id)
    }

    @Test func aStoreHoldingAnAbsurdClockNamesItAndKeepsWriting() throws {
        let (t, id) = try Self.poisoned()
        let log = try t.open()
        defer { log.close() }
        let written = try log.append(try drafts(0..<2), nowMillis: Self.now)
        #expect(written.map(\.header.hlc) == [Self.now * 1000, Self.now * 1000 + 1])
        let report = log.audit(nowMillis: Self.now)
        #expect(report.issues.count == 1)
        #expect(report.issues.first?.problem.contains("clock value \(Int.max) is past the clock's range") == true)
        #expect(report.issues.first?.problem.contains(String(id.prefix(16))) == true)
        let anomalies = try log.clockAnomalies(nowMillis: Self.now)
        #expect(anomalies.count == 1 && anomalies[0].contains(String(id.prefix(16))))
    }

    @Test func aReceivedEventDatedMoreThanADayAheadIsRefusedWhole() throws {
        let source = try TempStore(name: "bob", key: 2)
        let bob = try source.open()
        defer { bob.close() }
        try bob.append(try drafts(0..<2), nowMillis: Self.now + HybridLogicalClock.maxAheadMillis + 1)
        let chunks = try bob.exportChunks(author: bob.identity!.key, after: 0)
        let target = try TempStore(name: "alice", key: 1)
        let alice = try target.open()
        defer { alice.close() }
        let error = try #require(throws: LogError.self) { try alice.importChunk(chunks[0], nowMillis: Self.now) }
        #expect(error.code == .rejected)
        #expect(error.message.contains("record 1 (seq 1) is dated 24 h ahead of this machine's clock"))
        #expect(alice.versionVector().heads.isEmpty)
        // A day ahead exactly is accepted (clocks differ).
        #expect(try alice.importChunk(chunks[0], nowMillis: Self.now + 1).appended == 2)
    }
}
