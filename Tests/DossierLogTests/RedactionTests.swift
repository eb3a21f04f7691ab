import DossierEvents
import Foundation
import Testing

@testable import DossierLog

/// Redaction erases payload bytes from every segment file while headers, chain and
/// signatures keep verifying.
@Suite struct RedactionTests {
    static let secret = "Jeanne Secretperson habite 12 rue des Lilas"

    /// All bytes a store holds, with sealed blocks inflated.
    static func storeBytes(_ path: String) throws -> [[UInt8]] {
        var out: [[UInt8]] = []
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let name = enumerator?.nextObject() as? String {
            let full = path + "/" + name
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue else { continue }
            let bytes = fileBytes(full)
            out.append(bytes)
            if name.hasSuffix(".seg"), let file = try? RawFile.open(full, flags: O_RDONLY),
                let (footer, _) = try? SealedFooter.read(file, name: full)
            {
                for (i, block) in footer.blocks.enumerated() {
                    out.append(try SegmentReader.readBlock(file, block, index: i, path: full))
                }
            }
        }
        return out
    }

    static func contains(_ haystacks: [[UInt8]], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        return haystacks.contains { h in
            h.count >= n.count && (0...(h.count - n.count)).contains { h[$0..<($0 + n.count)].elementsEqual(n) }
        }
    }

    @Test func erasesPayloadsInOpenAndSealedSegmentsAndAuditStillPasses() throws {
        let t = try TempStore()
        let log = try t.open(options: TempStore.options(sealThreshold: 2500, blockSize: 600))
        var targets: [RedactionTarget] = []
        for b in 0..<6 {
            var batch = try drafts((b * 3)..<(b * 3 + 3), size: 150)
            batch[1] = try EventDraft(Note(text: Self.secret + " #\(b)", n: 1000 + b))
            let events = try log.append(batch, nowMillis: 1000)
            if b == 1 || b == 5 {
                targets.append(
                    RedactionTarget(author: events[1].header.author, seq: events[1].header.seq, id: events[1].id))
            }
        }
        log.waitForSealing()
        #expect(log.stats().sealedSegments >= 1)
        let before = try readAll(log)
        #expect(Self.contains(try Self.storeBytes(t.path), Self.secret + " #1"))

        #expect(try log.redact(targets, note: "redaction-event-id") == 2)
        let files = try Self.storeBytes(t.path)
        #expect(!Self.contains(files, Self.secret + " #1"), "a sealed copy of the body survived")
        #expect(!Self.contains(files, Self.secret + " #5"), "an open-segment copy of the body survived")
        #expect(Self.contains(files, Self.secret + " #2"), "only the targets are erased")

        let after = try readAll(log)
        #expect(after.map(\.id) == before.map(\.id))
        #expect(after.filter { $0.payload == nil }.map(\.header.seq) == targets.map(\.seq))
        let report = log.audit()
        #expect(report.ok, "\(report.issues)")
        #expect(report.redacted == 2)
        // The writer keeps appending to the rewritten open segment.
        try log.append(try drafts(50..<52), nowMillis: 2000)
        #expect(log.audit().ok)
        for seq in [1, targets[0].seq, targets[1].seq, 20] {
            #expect(try log.event(author: targets[0].author, seq: seq).header.seq == seq)
        }
    }

    @Test func aRedactedEventArrivingFromAPeerIsErasedOnArrival() throws {
        let a = try TempStore(name: "alice", key: 1)
        let source = try a.open()
        let events = try source.append(
            [try EventDraft(Note(text: Self.secret, n: 1)), try EventDraft(Note(text: "ok", n: 2))], nowMillis: 1)
        let b = try TempStore(name: "bob", key: 2)
        let target = try b.open()
        // B redacts before the event has reached it.
        try target.redact([RedactionTarget(author: events[0].header.author, seq: 1, id: events[0].id)], note: "r1")
        for chunk in try source.exportChunks(author: events[0].header.author, after: 0) {
            _ = try target.importChunk(chunk, nowMillis: 2)
        }
        #expect(try readAll(target).map { $0.payload == nil } == [true, false])
        #expect(!Self.contains(try Self.storeBytes(b.path), Self.secret))
        #expect(target.audit().ok)
    }
}
