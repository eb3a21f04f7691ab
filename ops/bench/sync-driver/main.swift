import DossierEvents
import DossierLog
import Foundation

// Store generator for the sync benchmark (ops/bench/sync): fills a store's log with synthetic
// article-like events so sync can be measured at 10k…1M events without running the extractor.
//
// usage: dossier-bench-sync make STORE NAME EVENTS WORDS SEED      create a store with EVENTS events
//        dossier-bench-sync append STORE EVENTS WORDS SEED         append EVENTS more (one batch per 1000)
//        dossier-bench-sync files DIR COUNT WORDS SEED             the same article texts as files (git baseline)
//        dossier-bench-sync records STORE AUTHOR AFTER             zlib size of the framed records after AFTER
//        dossier-bench-sync rawbytes STORE                         raw bytes of the log

struct BenchArticle: EventPayload {
    static let eventType = "BenchArticle"
    static let typeVersion = 1
    var text: String
    var n: Int
}

/// Deterministic word salad with natural-ish statistics (not flattering to compression).
struct Words {
    var state: UInt64
    static let vocabulary: [String] = {
        let syllables = [
            "la", "ré", "pu", "bli", "que", "mi", "nis", "tre", "gou", "ver", "ne", "ment", "pré", "si", "dent",
            "ac", "cord", "sé", "cu", "ri", "té", "é", "lec", "tion", "par", "le", "ment", "con", "flit", "paix",
        ]
        var s: UInt64 = 99
        return (0..<4000).map { _ in
            s = s &* 6364136223846793005 &+ 1442695040888963407
            let n = 1 + Int((s >> 60) % 4)
            return (0..<n).map { i in syllables[Int((s >> (UInt64(i) * 7 + 3)) % UInt64(syllables.count))] }.joined()
        }
    }()

    mutating func next() -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int(state >> 33)
    }

    mutating func text(_ words: Int) -> String {
        var out: [String] = []
        out.reserveCapacity(words)
        for i in 0..<words {
            // Zipf-like: small indexes far more often.
            let r = next() % 1000
            let index = r < 500 ? next() % 60 : r < 850 ? next() % 600 : next() % Words.vocabulary.count
            out.append(Words.vocabulary[index] + (i % 17 == 16 ? "." : ""))
        }
        return out.joined(separator: " ")
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

func append(_ log: EventLog, events: Int, words: Int, seed: UInt64, now: Int) throws {
    var gen = Words(state: seed)
    var done = 0
    while done < events {
        let n = min(1000, events - done)
        let drafts = try (0..<n).map { i in try EventDraft(BenchArticle(text: gen.text(words), n: done + i)) }
        try log.append(drafts, nowMillis: now)
        done += n
    }
}

let args = CommandLine.arguments
guard args.count >= 2 else { fail("usage: see ops/bench/sync-driver/main.swift") }
let now = Int(Date().timeIntervalSince1970 * 1000)
switch args[1] {
case "make" where args.count == 7:
    let store = try Store.create(at: args[2], name: args[3])
    let log = try EventLog(store: store, mode: .write)
    try append(log, events: Int(args[4])!, words: Int(args[5])!, seed: UInt64(args[6])!, now: now)
    log.close()
case "append" where args.count == 6:
    let log = try EventLog(store: try Store.open(at: args[2]), mode: .write)
    try append(log, events: Int(args[3])!, words: Int(args[4])!, seed: UInt64(args[5])!, now: now)
    log.close()
case "files" where args.count == 6:
    var gen = Words(state: UInt64(args[5])!)
    let count = Int(args[3])!, words = Int(args[4])!
    for i in 0..<count {
        let folder = args[2] + "/" + String(format: "%03d", i / 1000)
        if i % 1000 == 0 { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        try Data(try EventDraft(BenchArticle(text: gen.text(words), n: i)).payload).write(
            to: URL(fileURLWithPath: folder + "/\(i).json"))
    }
case "rawbytes" where args.count == 3:
    // Raw bytes of the log (framed records before compression), without touching the projection.
    print(try EventLog(store: try Store.open(at: args[2]), mode: .read).stats().rawBytes)
case "records" where args.count == 5:
    // The compressed size of what a peer at AFTER lacks: the records chunks the log cuts.
    let log = try EventLog(store: try Store.open(at: args[2]), mode: .read)
    let chunks = try log.exportChunks(author: args[3], after: Int(args[4])!)
    print(chunks.reduce(0) { $0 + $1.bytes.count })
default:
    fail("usage: see ops/bench/sync-driver/main.swift")
}
