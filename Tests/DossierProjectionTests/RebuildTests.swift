import DossierEvents
import DossierLog
import Foundation
import GRDB
import Testing

@testable import DossierProjection

/// A store whose own log holds the test corpus in three batches at three wall times.
final class LoggedCorpus {
    let folder = TempFolder()
    let store: Store
    let batches: [[Event]]
    static let times = [1_772_323_200_000, 1_772_409_600_000, 1_772_496_000_000]  // 2026-03-01, -02, -03 00:00Z

    init() throws {
        let identity = try Identity(name: "test", rawPrivateKey: Array(repeating: 9, count: 32))
        store = try Store.create(at: folder.file("store"), name: "test", identity: identity)
        let log = try EventLog(store: store, mode: .write)
        defer { log.close() }
        var first: [EventDraft] = []
        for i in 0...3 {
            first += [
                try EventDraft(TestCorpus.ingested(i, source: "\(i).txt", at: 1)),
                try EventDraft(TestCorpus.extracted(i, version: 1)),
            ]
        }
        var second: [EventDraft] = []
        for i in [4, 5] {
            second += [
                try EventDraft(TestCorpus.ingested(i, source: "\(i).txt", at: 2)),
                try EventDraft(TestCorpus.extracted(i, version: 1)),
            ]
        }
        let third = try [0, 2, 4].map { try EventDraft(TestCorpus.extracted($0, version: 2)) }
        batches = [
            try log.append(first, nowMillis: Self.times[0]), try log.append(second, nowMillis: Self.times[1]),
            try log.append(third, nowMillis: Self.times[2]),
        ]
    }

    func log() throws -> EventLog { try EventLog(store: store, mode: .read) }

    /// A projection at `name` in the folder with every batch applied, and its path.
    func live(_ name: String = "live.sqlite") throws -> (path: String, projection: Projection) {
        let path = folder.file(name)
        let projection = try Projection.open(path: path)
        for batch in batches { try projection.apply(batch) }
        return (path, projection)
    }
}

@Suite struct RebuildTests {
    /// The staged bulk loader against the incremental projector on the awkward cases: an
    /// extraction logged before its article's body, one replaced by a higher version, an
    /// article redacted between them, and curation; no stage file is left behind.
    @Test func stagedRebuildEqualsIncrementalWithRedactionAndLateBodies() throws {
        let folder = TempFolder()
        let identity = try Identity(name: "test", rawPrivateKey: Array(repeating: 7, count: 32))
        let store = try Store.create(at: folder.file("store"), name: "test", identity: identity)
        let log = try EventLog(store: store, mode: .write)
        var drafts: [EventDraft] = []
        for i in 0...5 { drafts.append(try EventDraft(TestCorpus.extracted(i, version: 1))) }
        for i in 0...5 { drafts.append(try EventDraft(TestCorpus.ingested(i, source: "\(i).txt", at: 1))) }
        drafts.append(
            try EventDraft(
                ArticleRedacted(
                    article: Hex.sha256(Array(TestCorpus.texts[3].body.utf8)), events: [], reason: "private")))
        for i in [1, 3, 5] { drafts.append(try EventDraft(TestCorpus.extracted(i, version: 2))) }
        drafts.append(try EventDraft(EntityLabelSet(entity: TestCorpus.people[0].id, label: "Curated label")))
        let events = try log.append(drafts, nowMillis: LoggedCorpus.times[0])
        log.close()
        let live = try Projection.open(path: folder.file("live.sqlite"))
        for event in events { try live.apply([event]) }
        let path = folder.file("rebuilt.sqlite")
        let report = try Projection.build(from: try EventLog(store: store, mode: .read), at: path)
        #expect(report.articles == 5)
        #expect(!FileManager.default.fileExists(atPath: path + "-stage"))
        let fresh = try Projection.open(path: path)
        #expect(try live.firstDifference(from: fresh) == nil)
        #expect(try live.digest() == fresh.digest())
        #expect(try fresh.query(sql: "SELECT count(*) FROM aliases").rows != [["0"]])
        #expect(try fresh.query(sql: "SELECT count(*) FROM edges").rows != [["0"]])
    }

    @Test func incrementalCatchUpEqualsAFullRebuild() throws {
        let corpus = try LoggedCorpus()
        let live = try Projection.open(path: corpus.folder.file("live.sqlite"))
        for batch in corpus.batches { try live.apply(batch) }
        let report = try live.catchUp(from: try corpus.log())
        #expect(report.applied == 0)
        let rebuilt = try Projection.build(from: try corpus.log(), at: corpus.folder.file("rebuilt.sqlite"))
        #expect(rebuilt.apply.replaced == 3)
        let fresh = try Projection.open(path: corpus.folder.file("rebuilt.sqlite"))
        #expect(try live.digest() == fresh.digest())
        #expect(try live.firstDifference(from: fresh) == nil)
        #expect(try live.checkpoints().mapValues(\.seq) == fresh.checkpoints().mapValues(\.seq))
    }

    @Test func asOfTimeAndAsOfEventAnswerFromThePast() throws {
        let corpus = try LoggedCorpus()
        let firstOnly = try Projection.open(path: corpus.folder.file("first.sqlite"))
        try firstOnly.apply(corpus.batches[0])
        let expected = try firstOnly.digest()
        for asOf in [
            "2026-03-01T00:00:00Z", "2026-03-01T12:00:00+02:00", String(corpus.batches[0].last!.id.prefix(12)),
        ] {
            let path = corpus.folder.file("asof-\(asOf.hashValue).sqlite")
            try Projection.build(from: try corpus.log(), at: path, asOf: try AsOf.parse(asOf))
            let past = try Projection.open(path: path)
            #expect(try past.digest() == expected, "as of \(asOf)")
            #expect(try past.articleCount() == 4)
            #expect(try past.pinnedAsOf() != nil)
        }
    }

    @Test(arguments: ["yesterday", "2026-13-01", "12:00", "abc", "2026-03-01T25:00:00Z"])
    func malformedAsOfIsRefused(_ text: String) {
        #expect(throws: ProjectionError.self) { try AsOf.parse(text) }
    }

    @Test func unknownAsOfEventIsRefusedWithAMessage() throws {
        let corpus = try LoggedCorpus()
        let error = try #require(throws: ProjectionError.self) {
            try AsOf.parse("ffffffffffff").hlcLimit(in: try corpus.log())
        }
        #expect(error.message == "--as-of: no event id starts with ffffffffffff; see `dossier log`")
    }

    @Test func verifyNamesTheFirstTamperedRow() throws {
        let corpus = try LoggedCorpus()
        let path = corpus.folder.file("live.sqlite")
        try Projection.rebuild(from: try corpus.log(), at: path)
        let queue = try DatabaseQueue(path: path)
        let key = Keys.string("wd:Q61053")
        try queue.write { db in
            try db.execute(sql: "UPDATE entities SET mentions = mentions + 1 WHERE key = ?", arguments: [key])
        }
        try queue.close()
        let live = try Projection.open(path: path)
        try Projection.build(from: try corpus.log(), at: corpus.folder.file("check.sqlite"))
        let check = try Projection.open(path: corpus.folder.file("check.sqlite"))
        let difference = try #require(try live.firstDifference(from: check))
        #expect(difference.table == "entities")
        #expect(difference.key == "key=\(key)")
        #expect(difference.detail.hasPrefix("mentions: "))
        #expect(try live.digest() != check.digest())
    }

    @Test func rebuildReplacesALiveFileAndIgnoresItsWAL() throws {
        let corpus = try LoggedCorpus()
        let (path, live) = try corpus.live()
        // A stray half-written scratch file from a crashed rebuild must not matter.
        _ = FileManager.default.createFile(atPath: path + ".rebuild", contents: Data("garbage".utf8))
        try Projection.rebuild(from: try corpus.log(), at: path, asOf: .time(millis: LoggedCorpus.times[0]))
        try live.close()
        let reopened = try Projection.open(path: path)
        #expect(try reopened.articleCount() == 4)
        let firstOnly = try Projection.open(path: corpus.folder.file("first.sqlite"))
        try firstOnly.apply(corpus.batches[0])
        #expect(try reopened.digest() == firstOnly.digest())
        #expect(!FileManager.default.fileExists(atPath: path + ".rebuild"))
    }

    /// A rebuild replaces a projection that another handle holds open (as `serve` does) by
    /// copying into it, not by renaming over it: the open handle sees the new projection, keeps
    /// writing to the same file, and nothing is corrupted.
    @Test func aRebuildReplacesAnOpenProjectionInPlace() throws {
        let corpus = try LoggedCorpus()
        let (path, live) = try corpus.live()
        defer { try? live.close() }
        #expect(try live.articleCount() == 6)
        try Projection.rebuild(from: try corpus.log(), at: path, asOf: .time(millis: LoggedCorpus.times[0]))
        // The handle opened before the rebuild reads the rebuilt projection (a rename would leave it on the old file).
        #expect(try live.articleCount() == 4)
        let firstOnly = try Projection.open(path: corpus.folder.file("first.sqlite"))
        defer { try? firstOnly.close() }
        try firstOnly.apply(corpus.batches[0])
        #expect(try live.digest() == firstOnly.digest())
        // It writes on (the later batches), and a handle opened now sees the same file.
        try live.apply(corpus.batches[1] + corpus.batches[2])
        let reopened = try Projection.open(path: path)
        defer { try? reopened.close() }
        #expect(try reopened.query(sql: "PRAGMA integrity_check").rows == [["ok"]])
        #expect(try reopened.articleCount() == 6)
        #expect(!FileManager.default.fileExists(atPath: path + ".rebuild"))
    }

    /// While another connection holds the live file's write lock, the rebuilt file is not swapped
    /// in under it (that would be the unsafe rename): the replacement fails with a message, and
    /// the live projection is unchanged and still writable afterwards.
    @Test func aLockedProjectionIsNotSwappedUnderItsWriter() throws {
        let corpus = try LoggedCorpus()
        let (path, live) = try corpus.live()
        defer { try? live.close() }
        let scratch = corpus.folder.file("new.sqlite")
        try Projection.build(from: try corpus.log(), at: scratch, asOf: .time(millis: LoggedCorpus.times[0]))
        let holder = try DatabaseQueue(path: path)
        let error: ProjectionError = try holder.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            return try #require(throws: ProjectionError.self) {
                try Projection.replace(path, with: scratch, busyTimeout: 0.2)
            }
        }
        try holder.close()
        #expect(error.message.contains("is busy"))
        #expect(FileManager.default.fileExists(atPath: scratch))
        #expect(try live.articleCount() == 6)
        // Once the lock is gone, the replacement goes through, in place.
        try Projection.replace(path, with: scratch)
        #expect(try live.articleCount() == 4)
        #expect(!FileManager.default.fileExists(atPath: scratch))
    }

    /// A user deletes projection.sqlite and leaves its -wal and -shm: replayed into the new file,
    /// the old file's pages would corrupt it ("database disk image is malformed").
    @Test func aDeletedProjectionsWALIsNotReplayedIntoTheNewOne() throws {
        let corpus = try LoggedCorpus()
        let path = corpus.folder.file("live.sqlite")
        let fm = FileManager.default
        func leaveOrphanSidecars() throws {
            let live = try corpus.live().projection
            // Keep the WAL as an open connection leaves it (frames not yet checkpointed).
            for suffix in ["-wal", "-shm"] where fm.fileExists(atPath: path + suffix) {
                try? fm.removeItem(atPath: path + suffix + ".kept")
                try fm.copyItem(atPath: path + suffix, toPath: path + suffix + ".kept")
            }
            try live.close()
            try fm.removeItem(atPath: path)
            for suffix in ["-wal", "-shm"] where fm.fileExists(atPath: path + suffix + ".kept") {
                try? fm.removeItem(atPath: path + suffix)
                try fm.moveItem(atPath: path + suffix + ".kept", toPath: path + suffix)
            }
        }
        // The new file holds less than the deleted one: the old pages would show.
        let reference = try Projection.open(path: corpus.folder.file("reference.sqlite"))
        defer { try? reference.close() }
        try reference.apply(corpus.batches[0])
        try leaveOrphanSidecars()
        #expect(fm.fileExists(atPath: path + "-wal"))
        // Rebuilt from the log (up to the first batch) over the orphans.
        try Projection.rebuild(from: try corpus.log(), at: path, asOf: .time(millis: LoggedCorpus.times[0]))
        let rebuilt = try Projection.open(path: path)
        #expect(try rebuilt.query(sql: "PRAGMA integrity_check").rows == [["ok"]])
        #expect(try rebuilt.digest() == reference.digest())
        try rebuilt.close()
        // Or opened empty and applied to, as a first ingest does.
        try leaveOrphanSidecars()
        let fresh = try Projection.open(path: path)
        try fresh.apply(corpus.batches[0])
        #expect(try fresh.query(sql: "PRAGMA integrity_check").rows == [["ok"]])
        #expect(try fresh.digest() == reference.digest())
        try fresh.close()
    }
}
