import DossierEvents
import Foundation
import Testing

@testable import DossierLog

/// Damage on disk is found at the exact record and never served silently.
@Suite struct CorruptionTests {
    /// A store with three batches in one open segment; returns the segment path and the
    /// frame offsets of its records.
    static func openSegmentStore() throws -> (TempStore, String, [(offset: Int, record: Record)]) {
        let t = try TempStore()
        let log = try t.open()
        try log.append(try drafts(0..<2, size: 10), nowMillis: 1000)
        try log.append(try drafts(2..<3, size: 10), nowMillis: 1000)
        try log.append(try drafts(3..<5, size: 10), nowMillis: 1000)
        let path = log.segmentFiles(author: log.identity!.key)[0].path
        let records = SegmentScan.scan(fileBytes(path), from: SegmentHeader.size).records
        return (t, path, records)
    }

    @Test func everySingleByteFlipInAnOpenSegmentIsReportedAtItsRecord() throws {
        let (t, path, records) = try Self.openSegmentStore()
        let original = fileBytes(path)
        let expected = try readAll(try t.open(.read))
        #expect(records.count == 8)  // 5 events + 3 commits
        for offset in 0..<original.count {
            var damaged = original
            damaged[offset] ^= 0x20
            writeBytes(damaged, path)
            let report = try t.open(.read).audit()
            #expect(!report.ok, "flip at \(offset) not detected")
            if offset >= SegmentHeader.size {
                let recordIndex = records.lastIndex { $0.offset <= offset }!
                #expect(report.issues.first?.record == recordIndex + 1, "flip at \(offset): \(report.issues)")
                #expect(report.issues.first?.file == path)
            }
            // Reading never hands out the damaged record: it throws, or it serves only
            // intact events (a reader stops silently at a torn tail, which is what a
            // writer's batch in progress looks like).
            if let log = try? t.open(.read) {
                var served: [Event] = []
                do {
                    try log.forEachEvent { served.append($0) }
                    #expect(
                        served.count < expected.count || offset < SegmentHeader.size - 4,
                        "flip at \(offset) went unnoticed")
                } catch {}
                for (event, original) in zip(served, expected) {
                    #expect(event == original, "flip at \(offset) served a damaged event")
                }
            }
        }
        writeBytes(original, path)
        #expect(try t.open(.read).audit().ok)
    }

    @Test func everySingleByteFlipInASealedSegmentIsReported() throws {
        let t = try TempStore()
        let log = try t.open(options: TempStore.options(blockSize: 300))
        try log.append(try drafts(0..<6, size: 30), nowMillis: 1000)
        try log.sealOpenSegment()
        let path = log.segmentFiles(author: log.identity!.key)[0].path
        #expect(path.hasSuffix(".seg"))
        let original = fileBytes(path)
        for offset in 0..<original.count {
            var damaged = original
            damaged[offset] ^= 0x01
            writeBytes(damaged, path)
            let report = try t.open(.read).audit()
            #expect(!report.ok, "flip at \(offset) of \(original.count) not detected")
            #expect(report.issues.first?.file == path)
            if let reader = try? t.open(.read) {
                #expect(throws: (any Error).self, "flip at \(offset) was served") { try reader.forEachEvent { _ in } }
            }
        }
        writeBytes(original, path)
        #expect(try t.open(.read).audit().ok)
    }

    @Test func truncatingTheLastRecordAtEveryOffsetRecovers() throws {
        let (t, path, records) = try Self.openSegmentStore()
        let original = fileBytes(path)
        // The last batch: events 4 and 5 and its commit. Cut anywhere inside the last
        // event record or the commit.
        let lastEvent = records[records.count - 2].offset
        for cut in lastEvent..<original.count {
            writeBytes(Array(original[0..<cut]), path)
            let log = try t.open()
            #expect(log.recoveryNotes.count >= 1, "cut at \(cut) not reported")
            let events = try readAll(log)
            #expect(events.count >= 4, "cut at \(cut) lost acknowledged events")
            #expect(events.prefix(4).map(\.header.seq) == [1, 2, 3, 4])
            let next = try log.append(try drafts(9..<10), nowMillis: 1000)
            #expect(next[0].header.seq == events.count + 1)
            #expect(next[0].header.prev == events.last!.id)
            #expect(log.audit().ok)
        }
    }

    @Test func aCorruptRecordInTheMiddleRefusesWritingInsteadOfTruncating() throws {
        let (t, path, records) = try Self.openSegmentStore()
        var bytes = fileBytes(path)
        bytes[records[1].offset + 20] ^= 0xFF
        writeBytes(bytes, path)
        #expect { _ = try t.open() } throws: { ($0 as? LogError)?.code == .corrupt }
        #expect(fileBytes(path) == bytes, "recovery must not touch a segment with damage in the middle")
    }

    /// Replaces the content of record `index` and fixes its CRC, as a forger would.
    static func forge(_ path: String, _ records: [(offset: Int, record: Record)], _ index: Int, with record: Record) {
        var bytes = fileBytes(path)
        let start = records[index].offset
        let end = index + 1 < records.count ? records[index + 1].offset : bytes.count
        bytes.replaceSubrange(start..<end, with: record.framed)
        writeBytes(bytes, path)
    }

    @Test func aForgedSignatureIsReported() throws {
        let (t, path, records) = try Self.openSegmentStore()
        guard case .commit(var commit) = records[2].record else { Issue.record("record 3 is not a commit"); return }
        commit.signature[5] ^= 0x40
        Self.forge(path, records, 2, with: .commit(commit))
        let report = try t.open(.read).audit()
        #expect(report.issues.map(\.problem).contains { $0.hasPrefix("commit signature is not valid") })
        #expect(report.issues.first?.record == 3)
    }

    @Test func aForgedEventWithValidCRCIsReported() throws {
        let (t, path, records) = try Self.openSegmentStore()
        guard case .event(let header, var payload) = records[3].record else {
            Issue.record("record 4 is not an event"); return
        }
        payload[payload.count - 3] = UInt8(ascii: "y")
        Self.forge(path, records, 3, with: .event(header: header, payload: payload))
        let report = try t.open(.read).audit()
        #expect(
            report.issues.contains { $0.record == 4 && $0.problem == "payload does not match the header's payloadHash" }
        )
    }

    @Test func aBrokenChainIsReported() throws {
        let (t, path, records) = try Self.openSegmentStore()
        guard case .event(let headerBytes, let payload) = records[1].record else {
            Issue.record("record 2 is not an event"); return
        }
        var header = try EventHeader.parse(headerBytes)
        header.prev = String(repeating: "e", count: 64)
        Self.forge(path, records, 1, with: .event(header: header.canonicalBytes(), payload: payload))
        let report = try t.open(.read).audit()
        #expect(report.issues.contains { $0.record == 2 && $0.problem.hasPrefix("chain broken") })
    }
}
