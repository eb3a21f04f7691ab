import DossierEvents
import DossierLog
import DossierSync
import Foundation

/// An in-memory replica for route tests: per author, event ids; chunk bytes are ids joined by newlines.
final class FakeReplica: SyncReplica, @unchecked Sendable {
    private let lock = NSLock()
    private var logs: [String: [String]] = [:]
    private(set) var imports = 0

    static func key(_ n: Int) -> String { String(repeating: String(n % 10), count: 64) }

    func write(_ author: String, count: Int) {
        lock.withLock {
            var log = logs[author] ?? []
            for _ in 0..<count { log.append(Hex.sha256(Array("\(author)/\(log.count + 1)".utf8))) }
            logs[author] = log
        }
    }

    var snapshot: [String: [String]] { lock.withLock { logs } }

    func syncVector() -> VersionVector {
        lock.withLock { VersionVector(heads: logs.compactMapValues { $0.isEmpty ? nil : .init(seq: $0.count, id: $0.last!) }) }
    }

    func syncEventId(author: String, seq: Int) -> String? {
        lock.withLock { logs[author].flatMap { seq >= 1 && seq <= $0.count ? $0[seq - 1] : nil } }
    }

    func syncExport(author: String, after: Int, maxChunkBytes: Int) throws(SyncError) -> [LogChunk] {
        lock.withLock {
            guard let log = logs[author], after < log.count else { return [] }
            return [LogChunk(author: author, kind: .records, firstSeq: after + 1, lastSeq: log.count,
                             bytes: Array(log[after...].joined(separator: "\n").utf8))]
        }
    }

    func syncCheck(_ chunk: LogChunk, after head: VersionVector.Head?, nowMillis: Int) throws(SyncError) -> VersionVector.Head? {
        let ids = String(decoding: chunk.bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        let held = head ?? syncVector().heads[chunk.author]
        guard chunk.firstSeq <= (held?.seq ?? 0) + 1, ids.count == chunk.lastSeq - chunk.firstSeq + 1 else {
            throw SyncError(code: .rejected, message: "bad chunk")
        }
        return chunk.lastSeq > (held?.seq ?? 0) ? VersionVector.Head(seq: chunk.lastSeq, id: ids.last!) : held
    }

    func syncImport(_ chunk: LogChunk, nowMillis: Int) throws(SyncError) -> ImportOutcome {
        lock.lock()
        defer { lock.unlock() }
        do {
            imports += 1
            let ids = String(decoding: chunk.bytes, as: UTF8.self).split(separator: "\n").map(String.init)
            var log = logs[chunk.author] ?? []
            guard chunk.firstSeq <= log.count + 1, ids.count == chunk.lastSeq - chunk.firstSeq + 1 else {
                throw SyncError(code: .rejected, message: "bad chunk")
            }
            var outcome = ImportOutcome(appended: 0, duplicates: 0, forks: [])
            for (i, id) in ids.enumerated() {
                let seq = chunk.firstSeq + i
                if seq <= log.count { outcome.duplicates += 1 } else { log.append(id); outcome.appended += 1 }
            }
            logs[chunk.author] = log
            return outcome
        }
    }
}

extension ImportOutcome {
    init(appended: Int, duplicates: Int, forks: [ForkEvidence]) {
        self.init()
        self.appended = appended
        self.duplicates = duplicates
        self.forks = forks
    }
}
