import DossierEvents
import Foundation
import Testing

@testable import DossierLog

@Suite struct EventLogTests {
    @Test func appendsChainsAndReadsBack() throws {
        let t = try TempStore()
        let log = try t.open()
        let first = try log.append(try drafts(0..<3), nowMillis: 1000)
        let second = try log.append(try drafts(3..<5), nowMillis: 1000)
        #expect(first.map(\.header.seq) == [1, 2, 3])
        #expect(second[0].header.prev == first[2].id)
        #expect(first[0].header.prev == nil)
        let events = try readAll(log)
        #expect(events.map(\.id) == (first + second).map(\.id))
        #expect(try events[4].decode(Note.self).n == 4)
        #expect(log.head(of: log.identity!.key)?.seq == 5)
        // Clock values strictly increase.
        #expect(zip(events, events.dropFirst()).allSatisfy { $0.header.hlc < $1.header.hlc })
    }

    @Test func reopensWithTheSameHeadAndContinues() throws {
        let t = try TempStore()
        do {
            let log = try t.open()
            try log.append(try drafts(0..<4), nowMillis: 1000)
        }
        let log = try t.open()
        #expect(log.recoveryNotes.isEmpty)
        let more = try log.append(try drafts(4..<5), nowMillis: 1000)
        #expect(more[0].header.seq == 5)
        #expect(log.audit().ok)
    }

    @Test func sealsAtTheThresholdAndStaysReadable() throws {
        let t = try TempStore()
        let options = TempStore.options(sealThreshold: 4000, blockSize: 1000)
        var ids: [String] = []
        do {
            let log = try t.open(options: options)
            for b in 0..<10 {
                ids += try log.append(try drafts((b * 5)..<(b * 5 + 5), size: 200), nowMillis: 1000).map(\.id)
            }
            log.close()
            let stats = log.stats()
            #expect(stats.sealedSegments >= 3)
            #expect(stats.storedBytes < stats.rawBytes)
        }
        let reader = try t.open(.read, options: options)
        #expect(try readAll(reader).map(\.id) == ids)
        let report = reader.audit()
        #expect(report.ok, "\(report.issues)")
        #expect(report.events == 50)
        let author = reader.authors[0]
        for seq in [1, 7, 23, 50] { #expect(try reader.event(author: author, seq: seq).id == ids[seq - 1]) }
    }

    @Test func backgroundSealingCompletesAndSurvivesReopen() throws {
        let t = try TempStore()
        let options = TempStore.options(sealThreshold: 3000, blockSize: 800, background: true)
        do {
            let log = try t.open(options: options)
            for b in 0..<8 { try log.append(try drafts((b * 5)..<(b * 5 + 5), size: 200), nowMillis: 1000) }
            log.close()
            #expect(log.stats().sealedSegments >= 2)
        }
        let again = try t.open(options: options)
        #expect(try readAll(again).count == 40)
        #expect(again.audit().ok)
    }

    @Test func indexIsRebuildableAndUsedForLookups() throws {
        let t = try TempStore()
        let options = TempStore.options(sealThreshold: 3000, blockSize: 700)
        let log = try t.open(options: options)
        for b in 0..<6 { try log.append(try drafts((b * 5)..<(b * 5 + 5), size: 150), nowMillis: 1000) }
        let author = log.identity!.key
        let expected = try readAll(log).map(\.id)
        try FileManager.default.removeItem(atPath: t.path + "/index/\(author).idx")
        #expect(try log.rebuildIndex() == 30)
        for seq in 1...30 { #expect(try log.event(author: author, seq: seq).id == expected[seq - 1]) }
    }

    @Test func secondWriterIsRefusedWithAClearMessage() throws {
        let t = try TempStore()
        let first = try t.open()
        _ = first
        do {
            _ = try t.open()
            Issue.record("a second writer was allowed")
        } catch let error as LogError {
            #expect(error.code == .locked)
            #expect(error.message.hasPrefix("the store is being written by another dossier process (pid \(getpid()))"))
        }
        // Readers are not blocked.
        _ = try t.open(.read)
    }

    @Test func aClosedWriterGivesUpTheLockAndWritesNoMore() throws {
        let t = try TempStore()
        let first = try t.open()
        try first.append(try drafts(0..<3), nowMillis: 1_700_000_000_000)
        first.close()
        // The next writer gets the store while the closed log is still alive…
        let second = try t.open()
        try second.append(try drafts(3..<4), nowMillis: 1_700_000_000_000)
        // …and the closed one refuses to write rather than write without the lock.
        #expect(throws: LogError.self) { try first.append(try drafts(4..<5), nowMillis: 1_700_000_000_000) }
        #expect(second.eventCount == 4)
        withExtendedLifetime(first) {}
    }

    @Test func readersSharingTheLogWithAWriterSeeAGrowingConsistentHead() async throws {
        let t = try TempStore()
        let log = try t.open(options: TempStore.options(sealThreshold: 3000, blockSize: 700, background: true))
        let author = log.identity!.key
        try log.append(try drafts(0..<1), nowMillis: 1000)
        let batches = 60
        let writer = Task.detached {
            for b in 0..<batches {
                try log.append(try drafts((1 + b * 3)..<(4 + b * 3), size: 120), nowMillis: 1000)
            }
        }
        // While the writer appends and seals in the background, each reader sees the head only
        // grow, reads every event up to it in order, and finds the head's event by seq.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<3 {
                group.addTask {
                    var last = 0
                    while last < 1 + batches * 3 {
                        guard let head = log.head(of: author) else { throw LogError.corrupt("head", "vanished") }
                        #expect(head.seq >= last)
                        #expect(try log.event(author: author, seq: head.seq).id == head.id)
                        var seqs: [Int] = []
                        try log.forEachEvent(author: author) { seqs.append($0.header.seq) }
                        #expect(seqs == Array(1...seqs.count))
                        #expect(seqs.count >= head.seq)
                        last = head.seq
                    }
                }
            }
            try await group.waitForAll()
        }
        try await writer.value
        log.close()
        #expect(log.eventCount == 1 + batches * 3)
        #expect(log.audit().ok)
    }

    @Test func privateKeyReadableByOthersIsRefused() throws {
        let t = try TempStore()
        chmod(t.path + "/identity/key", 0o644)
        #expect { try t.store.identity() } throws: { error in
            (error as? LogError)?.message
                == "private key \(t.path)/identity/key is readable by others (mode 644); run `chmod 600 \(t.path)/identity/key` and try again"
        }
        #expect(FileManager.default.fileExists(atPath: t.path + "/identity/key"))
        chmod(t.path + "/identity/key", 0o600)
        #expect(try t.store.identity().name == "test")
    }

    @Test func newIdentityKeyFileIsPrivate() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-test-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try Store.create(at: path, name: "anna")
        let attributes = try FileManager.default.attributesOfItem(atPath: path + "/identity/key")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try store.identity().key.count == 64)
        #expect(throws: LogError.self) { try Store.create(at: path, name: "again") }
    }
}
