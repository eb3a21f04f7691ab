import DossierEvents
import Foundation
import Testing

@testable import DossierLog

/// Export and import of log chunks between replicas: verified before storing, idempotent,
/// incremental, fork-aware.
@Suite struct ExchangeTests {
    static func authorStore(batches: Int, sealEvery threshold: Int = 3000) throws -> (TempStore, EventLog) {
        let t = try TempStore(name: "alice", key: 1)
        let log = try t.open(options: TempStore.options(sealThreshold: threshold, blockSize: 700))
        for b in 0..<batches { try log.append(try drafts((b * 4)..<(b * 4 + 4), size: 120), nowMillis: 1000 + b) }
        return (t, log)
    }

    static func transfer(from source: EventLog, to target: EventLog, author: String) throws -> ImportOutcome {
        var total = ImportOutcome()
        for chunk in try source.exportChunks(
            author: author, after: target.versionVector().seq(of: author), maxChunkBytes: 1500)
        {
            let outcome = try target.importChunk(chunk, nowMillis: 5)
            total.appended += outcome.appended
            total.duplicates += outcome.duplicates
            total.forks += outcome.forks
        }
        return total
    }

    @Test func aFullCopyVerifiesAndMatchesEventForEvent() throws {
        let (storeA, a) = try Self.authorStore(batches: 13)
        defer { withExtendedLifetime(storeA) {} }
        let author = a.identity!.key
        let chunks = try a.exportChunks(author: author, after: 0, maxChunkBytes: 1500)
        #expect(chunks.contains { $0.kind == .sealedSegment })
        #expect(chunks.contains { $0.kind == .records })
        let storeB = try TempStore(name: "bob", key: 2)
        let b = try storeB.open()
        defer { withExtendedLifetime(storeB) {} }
        #expect(try Self.transfer(from: a, to: b, author: author).appended == 52)
        #expect(try readAll(b).map(\.id) == readAll(a).map(\.id))
        #expect(b.versionVector().heads[author] == a.versionVector().heads[author])
        let report = b.audit()
        #expect(report.ok, "\(report.issues)")
        // Re-applying is a no-op.
        for chunk in chunks { #expect(try b.importChunk(chunk, nowMillis: 6).appended == 0) }
        #expect(try readAll(b).count == 52)
    }

    @Test func incrementalTransferSendsOnlyWhatIsMissingEvenMidSegment() throws {
        let (storeA, a) = try Self.authorStore(batches: 3, sealEvery: 1 << 20)
        defer { withExtendedLifetime(storeA) {} }
        let author = a.identity!.key
        let storeB = try TempStore(name: "bob", key: 2)
        let b = try storeB.open()
        defer { withExtendedLifetime(storeB) {} }
        _ = try Self.transfer(from: a, to: b, author: author)
        for k in 3..<6 { try a.append(try drafts((k * 4)..<(k * 4 + 4), size: 120), nowMillis: 2000 + k) }
        let chunks = try a.exportChunks(author: author, after: 12)
        #expect(chunks.map(\.firstSeq) == [13])
        #expect(chunks.last?.lastSeq == 24)
        #expect(try b.importChunk(chunks[0], nowMillis: 7).appended == 12)
        #expect(b.audit().ok)
        // Forwarding: C gets A's events from B.
        let storeC = try TempStore(name: "carol", key: 3)
        let c = try storeC.open()
        defer { withExtendedLifetime(storeC) {} }
        #expect(try Self.transfer(from: b, to: c, author: author).appended == 24)
        #expect(try readAll(c).map(\.id) == readAll(a).map(\.id))
    }

    @Test func theTailOfABatchCanFollowItsHead() throws {
        // B holds seq 1–2 of a batch 1–4 (sent with their own commit earlier by a third
        // party is impossible: chunks end at commits). So cut at a batch boundary and
        // check the commit that starts before the chunk is accepted.
        let (storeA, a) = try Self.authorStore(batches: 2, sealEvery: 1 << 20)
        defer { withExtendedLifetime(storeA) {} }
        let author = a.identity!.key
        let storeB = try TempStore(name: "bob", key: 2)
        let b = try storeB.open()
        defer { withExtendedLifetime(storeB) {} }
        let first = try a.exportChunks(author: author, after: 0)
        _ = try b.importChunk(first[0], nowMillis: 1)
        #expect(b.versionVector().seq(of: author) == 8)
        #expect(b.audit().ok)
    }

    /// Rewrites the records of a `.records` chunk through `edit`, keeping CRCs valid.
    static func tamper(_ chunk: LogChunk, _ edit: (inout [(offset: Int, record: Record)]) -> Void) -> LogChunk {
        let raw = Zlib.inflateBounded(chunk.bytes[...], limit: 1 << 30)!
        var records = SegmentScan.scan(raw, from: 0).records
        edit(&records)
        var out: [UInt8] = []
        for (_, r) in records { r.frame(into: &out) }
        var copy = chunk
        copy.bytes = Zlib.compress(out[...], level: 4)
        return copy
    }

    @Test func tamperedPayloadsForgedSignaturesAndBombsAreRejectedWhole() throws {
        let (storeA, a) = try Self.authorStore(batches: 2, sealEvery: 1 << 20)
        defer { withExtendedLifetime(storeA) {} }
        let author = a.identity!.key
        let chunk = try a.exportChunks(author: author, after: 0)[0]
        var options = TempStore.options()
        options.maxInflatedChunkBytes = 64 << 10
        let storeB = try TempStore(name: "bob", key: 2)
        let b = try storeB.open(options: options)
        defer { withExtendedLifetime(storeB) {} }

        let tampered = Self.tamper(chunk) { records in
            if case .event(let h, var p) = records[1].record {
                p[p.count - 2] = UInt8(ascii: "Z"); records[1].record = .event(header: h, payload: p)
            }
        }
        #expect { try b.importChunk(tampered, nowMillis: 1) } throws: {
            ($0 as? LogError)?.message.contains("payload does not match its payloadHash") == true
        }

        let forged = Self.tamper(chunk) { records in
            if case .commit(var c) = records[4].record { c.signature[0] ^= 1; records[4].record = .commit(c) }
        }
        #expect { try b.importChunk(forged, nowMillis: 1) } throws: {
            ($0 as? LogError)?.message.contains("commit signature is not valid") == true
        }

        let unsigned = Self.tamper(chunk) { records in records.removeLast() }
        #expect { try b.importChunk(unsigned, nowMillis: 1) } throws: {
            ($0 as? LogError)?.message.contains("not covered by a signed commit") == true
        }

        var bomb = chunk
        bomb.bytes = Zlib.compress([UInt8](repeating: 0, count: 1 << 20)[...], level: 9)
        #expect { try b.importChunk(bomb, nowMillis: 1) } throws: {
            ($0 as? LogError)?.message.contains("inflates past") == true
        }

        var garbage = chunk
        garbage.kind = .sealedSegment
        #expect(throws: LogError.self) { try b.importChunk(garbage, nowMillis: 1) }

        #expect(b.versionVector().heads.isEmpty, "nothing may be stored from a rejected chunk")
        #expect(try b.importChunk(chunk, nowMillis: 1).appended == 8)
    }

    @Test func aForkIsKeptAsEvidenceAndReported() throws {
        // Two copies of one identity write different events at the same seq (a replica
        // restored from an old backup kept writing).
        let original = try TempStore(name: "alice", key: 1)
        let backupPath = original.path + "-backup"
        defer { try? FileManager.default.removeItem(atPath: backupPath) }
        do {
            let log = try original.open()
            try log.append(try drafts(0..<2), nowMillis: 1)
        }
        try FileManager.default.copyItem(atPath: original.path, toPath: backupPath)
        let a = try original.open()
        try a.append(try drafts(10..<12), nowMillis: 2)
        let restored = try EventLog(store: try Store.open(at: backupPath), mode: .write, options: TempStore.options())
        try restored.append(try drafts(20..<22), nowMillis: 3)
        let author = a.identity!.key

        let storeB = try TempStore(name: "bob", key: 2)
        let b = try storeB.open()
        defer { withExtendedLifetime(storeB) {} }
        #expect(try Self.transfer(from: a, to: b, author: author).appended == 4)
        let outcome = try b.importChunk(try restored.exportChunks(author: author, after: 2)[0], nowMillis: 99)
        #expect(outcome.appended == 0)
        #expect(outcome.forks.count == 1)
        #expect(outcome.forks.first?.seq == 3)
        #expect(try b.forks() == outcome.forks)
        #expect(try readAll(b).map(\.id) == readAll(a).map(\.id), "the held branch is untouched")
        let report = b.audit()
        #expect(report.issues.contains { $0.problem.hasPrefix("fork: author") })
    }
}
