import DossierEvents
import DossierLog
import Foundation

// Crash-injection harness. `dossier-crash run …` (the parent) starts children that
// write to a store — log appends with forced seals and redactions, chunk imports (the
// receiving side of sync), `dossier ingest`, `dossier rebuild` — kills each with SIGKILL at
// a random moment (seeded), then reopens the store and checks: recovery succeeds, audit
// passes, every acknowledged event is present, the projection equals a rebuild, and the
// next operation succeeds. Disk-full cycles run the child under a file-size limit.

signal(SIGXFSZ, SIG_IGN)

struct Note: EventPayload {
    static let eventType = "CrashNote"
    static let typeVersion = 1
    var text: String
    var n: Int
}

typealias SplitMix = SplitMix64

func options() -> LogOptions {
    var o = LogOptions()
    o.sealThreshold = 64 << 10  // small segments: sealing happens often
    o.blockSize = 8 << 10
    return o
}

func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

// MARK: children

/// Appends batches forever; prints `ACK seq id` once each batch is durable, `RED id` once
/// a redaction returns. Randomly forces seals and redacts earlier events.
func childAppend(store path: String, seed: UInt64) throws -> Never {
    var rng = SplitMix(state: seed)
    let log = try EventLog(store: try Store.open(at: path), mode: .write, options: options())
    let author = log.identity!.key
    var acked: [(Int, String)] = []
    while true {
        let count = 1 + rng.int(60)
        let drafts = try (0..<count).map { i in
            try EventDraft(Note(text: String(repeating: "crash test payload \(i) ", count: 1 + rng.int(40)), n: i))
        }
        do {
            for event in try log.append(drafts, nowMillis: 1_763_700_000_000) {
                acked.append((event.header.seq, event.id))
                emit("ACK \(event.header.seq) \(event.id)")
            }
        } catch {
            emit("ERR \(error)")
            exit(3)
        }
        switch rng.int(10) {
        case 0: try log.sealOpenSegment()
        case 1 where !acked.isEmpty:
            let (seq, id) = acked[rng.int(acked.count)]
            try log.redact([RedactionTarget(author: author, seq: seq, id: id)], note: "crash-test")
            emit("RED \(id)")
        default: break
        }
    }
}

/// Imports every chunk of a source store, printing `ACK seq id` per imported chunk head.
func childImport(store path: String, source: String) throws -> Never {
    let target = try EventLog(store: try Store.open(at: path), mode: .write, options: options())
    let sourceLog = try EventLog(store: try Store.open(at: source), mode: .read)
    for author in sourceLog.authors {
        let have = target.versionVector().seq(of: author)
        for chunk in try sourceLog.exportChunks(author: author, after: have, maxChunkBytes: 16 << 10) {
            _ = try target.importChunk(chunk, nowMillis: 1)
            if let head = target.head(of: author) { emit("IMP \(author) \(head.seq) \(head.id)") }
        }
    }
    emit("DONE")
    exit(0)
}

let args = CommandLine.arguments
switch args.dropFirst().first {
case "child-append": try childAppend(store: args[2], seed: UInt64(args[3]) ?? 1)
case "child-import": try childImport(store: args[2], source: args[3])
case "run": try Harness(arguments: Array(args.dropFirst(2))).run()
default:
    print("usage: dossier-crash run --dossier PATH [--cycles 500] [--seed 1] [--work DIR]")
    exit(2)
}
