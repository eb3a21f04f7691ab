import DossierEvents
import DossierLog
@testable import DossierSync
import Foundation
import Synchronization

/// An in-memory replica for state machine tests: per author, a list of event ids. Chunk bytes
/// are the ids joined by newlines. Import checks continuity; a different id at a held seq is a fork.
final class MemoryReplica: SyncReplica, @unchecked Sendable {
    var logs: [String: [String]] = [:]
    var imports = 0
    var forkEvidence: [ForkEvidence] = []

    init(_ logs: [String: [String]] = [:]) { self.logs = logs }

    static func author(_ n: Int) -> String { String(repeating: String(n % 10), count: 64) }
    static func id(_ author: String, _ seq: Int, _ variant: String = "") -> String { Hex.sha256(Array("\(author)/\(seq)\(variant)".utf8)) }

    /// Appends `count` events to `author`'s log.
    func write(_ author: String, count: Int, variant: String = "") {
        var log = logs[author] ?? []
        for _ in 0..<count { log.append(Self.id(author, log.count + 1, variant)) }
        logs[author] = log
    }

    func syncVector() -> VersionVector {
        VersionVector(heads: logs.compactMapValues { $0.isEmpty ? nil : VersionVector.Head(seq: $0.count, id: $0.last!) })
    }

    func syncEventId(author: String, seq: Int) -> String? {
        guard let log = logs[author], seq >= 1, seq <= log.count else { return nil }
        return log[seq - 1]
    }

    func syncExport(author: String, after: Int, maxChunkBytes: Int) throws(SyncError) -> [LogChunk] {
        guard let log = logs[author], after < log.count else { return [] }
        var chunks: [LogChunk] = []
        var start = after
        while start < log.count {
            let end = min(log.count, start + 3) // small chunks, to exercise many
            let bytes = Array(log[start..<end].joined(separator: "\n").utf8)
            chunks.append(LogChunk(author: author, kind: .records, firstSeq: start + 1, lastSeq: end, bytes: bytes))
            start = end
        }
        return chunks
    }

    func syncCheck(_ chunk: LogChunk, after head: VersionVector.Head?, nowMillis: Int) throws(SyncError) -> VersionVector.Head? {
        let ids = String(decoding: chunk.bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        guard ids.count == chunk.lastSeq - chunk.firstSeq + 1 else { throw SyncError(code: .rejected, message: "chunk count mismatch") }
        let held = head ?? syncVector().heads[chunk.author]
        guard chunk.firstSeq <= (held?.seq ?? 0) + 1 else { throw SyncError(code: .rejected, message: "gap") }
        return chunk.lastSeq > (held?.seq ?? 0) ? VersionVector.Head(seq: chunk.lastSeq, id: ids.last!) : held
    }

    func syncImport(_ chunk: LogChunk, nowMillis: Int) throws(SyncError) -> ImportOutcome {
        imports += 1
        let ids = String(decoding: chunk.bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        guard ids.count == chunk.lastSeq - chunk.firstSeq + 1 else { throw SyncError(code: .rejected, message: "chunk count mismatch") }
        var log = logs[chunk.author] ?? []
        var outcome = ImportOutcome(appended: 0, duplicates: 0, forks: [])
        var staged = log
        for (i, id) in ids.enumerated() {
            let seq = chunk.firstSeq + i
            if seq <= staged.count {
                if staged[seq - 1] == id { outcome.duplicates += 1 } else {
                    outcome.forks.append(ForkEvidence(author: chunk.author, seq: seq, heldId: staged[seq - 1], otherId: id, detectedAt: nowMillis))
                    break
                }
            } else if seq == staged.count + 1 {
                staged.append(id)
                outcome.appended += 1
            } else {
                throw SyncError(code: .rejected, message: "gap at \(seq)")
            }
        }
        log = staged
        logs[chunk.author] = log
        forkEvidence += outcome.forks
        return outcome
    }
}

/// Runs one exchange between two replicas in memory through the real wire bytes.
enum InProcessExchange {
    static func run(client: any SyncReplica, server: any SyncReplica, serverKey: String, now: Int = 1_000) -> SyncSessionMachine.Action {
        var machine = SyncSessionMachine(expectedSender: serverKey)
        var action = machine.start(local: client.syncVector())
        while true {
            switch action {
            case .sendPull(let vector):
                let request = VectorCoding.encode(vector)
                let decodedVector = try! VectorCoding.decode(request)
                let (manifest, wants) = SyncResponder.answerPull(requester: decodedVector, replica: server, sender: serverKey, nowMillis: now)
                let chunks = wants.flatMap { try! server.syncExport(author: $0.author, after: $0.after, maxChunkBytes: 1 << 20) }
                var decoder = StreamDecoder()
                try! decoder.feed(StreamFormat.encode(manifest: manifest, chunks: chunks))
                action = .wait
                loop: while let item = try! decoder.next() {
                    action = machine.received(item)
                    if case .importChunk(let chunk) = action {
                        do { action = machine.imported(try ChunkImporter.importChunk(chunk, into: client, trust: .unrestricted, nowMillis: now)) } catch {
                            action = machine.importFailed(error)
                        }
                    }
                    if case .wait = action { continue loop }
                    break loop
                }
            case .pullComplete:
                action = machine.pullEnded(local: client.syncVector()) { client.syncEventId(author: $0, seq: $1) }
            case .push(let wants):
                let chunks = wants.flatMap { try! client.syncExport(author: $0.author, after: $0.after, maxChunkBytes: 1 << 20) }
                let body = StreamFormat.encode(manifest: Manifest(kind: .push, sender: "", createdAt: now, heads: client.syncVector()), chunks: chunks)
                let (_, decoded) = try! StreamDecoder.decodeAll(body)
                do {
                    let reply = try SyncResponder.importTransfer(decoded, into: server, trust: .unrestricted, nowMillis: now)
                    action = machine.pushed(reply, chunks: decoded.count, bytes: decoded.reduce(0) { $0 + $1.bytes.count })
                } catch {
                    action = machine.transportFailed(error)
                }
            case .finish, .fail, .wait, .importChunk:
                return action
            }
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
