import DossierEvents
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The store's event log: one verbatim log per author, appended to only by its author.
///
/// Open it for reading (no lock; serves committed events) or for writing (takes the
/// store's lock, recovers torn tails, and appends to the replica's own log). The author logs
/// held, the clock and whether it is closed are behind one lock, so that readers may share the
/// log with a writer.
public final class EventLog: Sendable {
    /// How the log is opened.
    public enum Mode: Sendable { case read, write }

    public let store: Store
    public let mode: Mode
    let options: LogOptions
    private struct State: Sendable {
        var logs: [String: AuthorLog] = [:]
        var clock = HybridLogicalClock()
        var closed = false
    }
    private let state: Mutex<State>
    private let writeLock: FileLock?
    /// The replica's identity (always loaded for writers).
    public let identity: Identity?
    /// What recovery did while opening, in words (empty when nothing was needed).
    public let recoveryNotes: [String]
    /// The replica's clock, advanced past every event held.
    public var clock: HybridLogicalClock { state.withLock { $0.clock } }
    /// The author logs held, by author.
    private var logs: [String: AuthorLog] { state.withLock { $0.logs } }

    /// Opens the log of `store`.
    public init(store: Store, mode: Mode, options: LogOptions = LogOptions()) throws(LogError) {
        self.store = store
        self.mode = mode
        self.options = options
        writeLock = mode == .write ? try store.lock(wait: options.lockWait, onWait: options.onLockWait) : nil
        identity = mode == .write ? try store.identity() : (try? store.identity())
        try FS.mkdirs(store.logFolder)
        var loaded = State()
        var notes: [String] = []
        for name in try FS.list(store.logFolder) where Hex.isDigest(name) {
            let log = AuthorLog(author: name, folder: store.logFolder + "/" + name, options: options)
            notes += try log.load(recover: mode == .write, signer: identity)
            if mode == .write { try EventLog.attachIndex(log, in: store) }
            loaded.logs[name] = log
            loaded.clock.observe(log.maxHLC)
        }
        recoveryNotes = notes
        state = Mutex(loaded)
    }

    /// Waits for background sealing to finish.
    public func waitForSealing() {
        for log in logs.values { log.waitForSealing() }
    }

    /// Waits for background sealing, then gives up the store's lock: a closed log still reads
    /// but no longer writes. Call before exiting, or to let another writer have the store.
    public func close() {
        waitForSealing()
        state.withLock { $0.closed = true }
        writeLock?.release()
    }

    /// Throws unless this log may write: opened for writing and not closed (a closed log has given
    /// up the store's lock to the next writer).
    func requireWriter(to what: String) throws(LogError) {
        guard mode == .write else {
            throw LogError(code: .invalid, message: "the log was opened for reading; open it for writing to \(what)")
        }
        guard !state.withLock({ $0.closed }) else {
            throw LogError(code: .invalid, message: "the log was closed; open the store again to \(what)")
        }
    }

    deinit { close() }

    /// Authors with a log in this store, sorted.
    public var authors: [String] { logs.keys.sorted() }

    /// The last committed (seq, id) of `author`, or `nil` when none is held.
    public func head(of author: String) -> (seq: Int, id: String)? {
        guard let head = logs[author]?.head, head.seq > 0, let id = head.id else { return nil }
        return (head.seq, id)
    }

    /// Total number of committed events across authors.
    public var eventCount: Int { logs.values.reduce(0) { $0 + $1.lastSeq } }

    /// Appends `drafts` to this replica's log as one durable, signed batch.
    @discardableResult
    public func append(_ drafts: [EventDraft], nowMillis: Int) throws(LogError) -> [Event] {
        try requireWriter(to: "append")
        guard let identity else { throw LogError(code: .identity, message: "this store has no identity to sign with") }
        let log = try ownLog(identity)
        // Appends are serialized: the clock ticks in seq order (and a concurrent close waits).
        return try state.withLock { (state) throws(LogError) -> [Event] in
            guard !state.closed else {
                throw LogError(code: .invalid, message: "the log was closed; open the store again to append")
            }
            return try log.append(drafts, signer: identity, clock: &state.clock, nowMillis: nowMillis)
        }
    }

    /// Seals this replica's open segment now, whatever its size.
    public func sealOpenSegment() throws(LogError) {
        guard let identity, let log = logs[identity.key] else { return }
        try log.sealActive()
        log.waitForSealing()
    }

    /// The log of `author`, if held.
    func authorLog(_ author: String) -> AuthorLog? { logs[author] }

    /// The log of `author`, created (empty, with its index) when not held yet.
    func writableLog(_ author: String) throws(LogError) -> AuthorLog {
        try state.withLock { (state) throws(LogError) -> AuthorLog in
            if let log = state.logs[author] { return log }
            let log = AuthorLog(author: author, folder: store.logFolder + "/" + author, options: options)
            try FS.mkdirs(log.folder)
            try EventLog.attachIndex(log, in: store)
            state.logs[author] = log
            return log
        }
    }

    /// Advances the replica's clock past a received value.
    func observeClock(_ value: Int) { state.withLock { $0.clock.observe(value) } }

    private func ownLog(_ identity: Identity) throws(LogError) -> AuthorLog {
        try writableLog(identity.key)
    }

    // MARK: Reading

    /// Calls `body` with each committed event of `author` from `fromSeq` on, in order.
    public func forEachEvent(author: String, from fromSeq: Int = 1, _ body: (Event) throws -> Void) throws {
        guard let log = logs[author] else { return }
        for segment in log.segments where segment.lastSeq >= fromSeq && segment.lastSeq >= segment.firstSeq {
            try SegmentReader.forEachEvent(
                folder: log.folder, number: segment.number, author: author,
                fromSeq: fromSeq, throughSeq: segment.lastSeq, body)
        }
        if let damage = log.damage { throw damage }
    }

    /// Calls `body` with every committed event, author by author (sorted), in seq order.
    public func forEachEvent(_ body: (Event) throws -> Void) throws {
        for author in authors { try forEachEvent(author: author, body) }
    }

    /// The event at (`author`, `seq`), found through the index.
    public func event(author: String, seq: Int) throws -> Event {
        guard let log = logs[author], seq >= 1, seq <= log.lastSeq else {
            throw LogError(
                code: .invalid, message: "no event \(seq) of author \(AuthorID(author).short)… in this store")
        }
        if let index = log.index, let loc = try index.location(seq: seq),
            let event = try? SegmentReader.event(folder: log.folder, location: loc, author: author, seq: seq)
        {
            return event
        }
        var found: Event?
        try forEachEvent(author: author, from: seq) { event in
            if found == nil { found = event }
        }
        guard let found else {
            throw LogError(code: .invalid, message: "event \(seq) of \(AuthorID(author).short)… not found")
        }
        return found
    }

    // MARK: Index

    private static func attachIndex(_ log: AuthorLog, in store: Store) throws(LogError) {
        try FS.mkdirs(store.indexFolder)
        let index = try LogIndex(path: store.indexFolder + "/" + log.author + ".idx")
        log.index = index
        if index.count != log.lastSeq { try rebuildIndex(log) }
    }

    /// Rebuilds every author's index from the segments. Returns the entries written.
    @discardableResult
    public func rebuildIndex() throws -> Int {
        var total = 0
        for log in logs.values {
            if log.index == nil { log.index = try LogIndex(path: store.indexFolder + "/" + log.author + ".idx") }
            total += try EventLog.rebuildIndex(log)
        }
        return total
    }

    @discardableResult
    private static func rebuildIndex(_ log: AuthorLog) throws(LogError) -> Int {
        guard let index = log.index else { return 0 }
        var entries: [(seq: Int, location: EventLocation)] = []
        for segment in log.segments {
            entries += try SegmentReader.locations(folder: log.folder, segment: segment)
        }
        try index.truncate(to: 0)
        try index.write(entries)
        return entries.count
    }

    // MARK: Stats

    /// Counts and sizes of the log.
    public func stats() -> LogStats {
        var stats = LogStats()
        for log in logs.values {
            stats.authors += 1
            stats.events += log.lastSeq
            for s in log.segments {
                stats.segments += 1
                if s.sealed { stats.sealedSegments += 1 }
                stats.rawBytes += s.rawBytes
                stats.storedBytes += s.bytes
            }
        }
        return stats
    }

    /// Per-author segment listing, for tools and tests.
    public func segmentFiles(author: String) -> [(path: String, sealed: Bool, firstSeq: Int, lastSeq: Int)] {
        guard let log = logs[author] else { return [] }
        return log.segments.map {
            (
                log.folder + "/" + ($0.sealed ? SegmentName.sealed($0.number) : SegmentName.open($0.number)), $0.sealed,
                $0.firstSeq, $0.lastSeq
            )
        }
    }
}

/// Counts and sizes of a log.
public struct LogStats: Sendable, Equatable, Codable {
    public var authors = 0
    public var events = 0
    public var segments = 0
    public var sealedSegments = 0
    /// Bytes of framed records before compression.
    public var rawBytes = 0
    /// Bytes of segment files on disk.
    public var storedBytes = 0
    public init() {}
}
