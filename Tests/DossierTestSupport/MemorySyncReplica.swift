import DossierEvents
import DossierLog
import DossierSync
import Foundation

/// The in-memory replica of the sync tests: per author, a list of event ids; chunk bytes are the
/// ids joined by newlines. Checks and imports follow the log's rules on continuity: a chunk must
/// start at or before the held head plus one, a held seq with the same id is a duplicate, a held
/// seq with another id is a fork (recorded, nothing after it taken). Safe to share between tasks.
public final class MemorySyncReplica: SyncReplica, @unchecked Sendable {
    private let lock = NSLock()
    private var held: [String: [String]]
    private var importCount = 0
    private var forks: [ForkEvidence] = []
    /// The most events one exported chunk holds (small values exercise many chunks).
    public let eventsPerChunk: Int

    public init(_ logs: [String: [String]] = [:], eventsPerChunk: Int = 3) {
        precondition(eventsPerChunk > 0)
        self.held = logs
        self.eventsPerChunk = eventsPerChunk
    }

    /// A 64-character author key made of the digit `n % 10`.
    public static func author(_ n: Int) -> String { String(repeating: String(n % 10), count: 64) }

    /// The id of `author`'s event at `seq` (a `variant` makes a different event at the same seq).
    public static func id(_ author: String, _ seq: Int, _ variant: String = "") -> String {
        Hex.sha256(Array("\(author)/\(seq)\(variant)".utf8))
    }

    /// Every author's ids.
    public var logs: [String: [String]] { lock.withLock { held } }
    /// Calls of `syncImport` so far.
    public var imports: Int { lock.withLock { importCount } }
    /// Forks met by imports so far.
    public var forkEvidence: [ForkEvidence] { lock.withLock { forks } }

    /// Appends `count` events to `author`'s log.
    public func write(_ author: String, count: Int, variant: String = "") {
        lock.withLock {
            var log = held[author] ?? []
            for _ in 0..<count { log.append(Self.id(author, log.count + 1, variant)) }
            held[author] = log
        }
    }

    public func syncVector() -> VersionVector {
        lock.withLock {
            VersionVector(
                heads: held.compactMapValues { log in log.last.map { VersionVector.Head(seq: log.count, id: $0) } })
        }
    }

    public func syncEventId(author: String, seq: Int) -> String? {
        lock.withLock { held[author].flatMap { seq >= 1 && seq <= $0.count ? $0[seq - 1] : nil } }
    }

    public func syncExport(author: String, after: Int, maxChunkBytes: Int) throws(SyncError) -> [LogChunk] {
        let log = lock.withLock { held[author] ?? [] }
        guard after >= 0, after < log.count else { return [] }
        var chunks: [LogChunk] = []
        var start = after
        while start < log.count {
            let end = start + min(eventsPerChunk, log.count - start)
            chunks.append(
                LogChunk(
                    author: author, kind: .records, firstSeq: start + 1, lastSeq: end,
                    bytes: Array(log[start..<end].joined(separator: "\n").utf8)))
            start = end
        }
        return chunks
    }

    public func syncCheck(_ chunk: LogChunk, after head: VersionVector.Head?, nowMillis: Int) throws(SyncError)
        -> VersionVector.Head?
    {
        let ids = try Self.ids(of: chunk)
        let current = head ?? syncVector().heads[chunk.author]
        guard chunk.firstSeq <= (current?.seq ?? 0) + 1 else {
            throw SyncError(code: .rejected, message: "chunk starts at \(chunk.firstSeq), after a gap")
        }
        return chunk.lastSeq > (current?.seq ?? 0) ? VersionVector.Head(seq: chunk.lastSeq, id: ids.last!) : current
    }

    public func syncImport(_ chunk: LogChunk, nowMillis: Int) throws(SyncError) -> ImportOutcome {
        let ids = try Self.ids(of: chunk)
        lock.lock()
        defer { lock.unlock() }
        importCount += 1
        var log = held[chunk.author] ?? []
        guard chunk.firstSeq <= log.count + 1 else {
            throw SyncError(code: .rejected, message: "chunk starts at \(chunk.firstSeq), after a gap")
        }
        var outcome = ImportOutcome()
        for (i, id) in ids.enumerated() {
            let seq = chunk.firstSeq + i
            if seq > log.count {
                log.append(id)
                outcome.appended += 1
            } else if log[seq - 1] == id {
                outcome.duplicates += 1
            } else {
                outcome.forks.append(
                    ForkEvidence(
                        author: chunk.author, seq: seq, heldId: log[seq - 1], otherId: id, detectedAt: nowMillis))
                break
            }
        }
        held[chunk.author] = log
        forks += outcome.forks
        return outcome
    }

    /// The ids a chunk carries, one per seq of its range.
    private static func ids(of chunk: LogChunk) throws(SyncError) -> [String] {
        let ids = String(decoding: chunk.bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        guard chunk.firstSeq >= 1, ids.count == chunk.lastSeq - chunk.firstSeq + 1 else {
            throw SyncError(
                code: .rejected, message: "chunk holds \(ids.count) ids for seqs \(chunk.firstSeq)…\(chunk.lastSeq)")
        }
        return ids
    }
}

extension ImportOutcome {
    /// An outcome with these counts (for expectations).
    public init(appended: Int, duplicates: Int, forks: [ForkEvidence]) {
        self.init()
        self.appended = appended
        self.duplicates = duplicates
        self.forks = forks
    }
}
