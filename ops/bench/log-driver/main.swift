import DossierEvents
import DossierLog
import Foundation

// Benchmark driver for the segmented log. Run through ops/bench/log, which also
// times sha256sum and gzip -6 on the same raw bytes for the ratios.
//
// usage: dossier-bench-log WORKDIR SEEDS-DIR [small-events] [article-megabytes]

struct Payload: EventPayload {
    static let eventType = "BenchNote"
    static let typeVersion = 1
    var text: String
    var n: Int
}

/// Word-bigram text generator trained on the seeds: article-like text with natural word
/// statistics but without long verbatim repeats (so compression is not flattered).
struct MarkovText {
    var next: [String: [String]] = [:]
    var starts: [String] = []
    var state: UInt64

    init(corpus: String, seed: UInt64) {
        state = seed
        let words = corpus.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        for (a, b) in zip(words, words.dropFirst()) { next[a, default: []].append(b) }
        starts = words.enumerated().filter { $0.offset == 0 || words[$0.offset - 1].hasSuffix(".") }.map(\.element)
    }

    mutating func random(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(max(n, 1)))
    }

    mutating func article(words: Int) -> String {
        var out: [String] = []
        var word = starts[random(starts.count)]
        var sinceBreak = 0
        while out.count < words {
            out.append(word)
            sinceBreak += 1
            if word.hasSuffix(".") && sinceBreak > 60 { out.append("\n\n"); sinceBreak = 0 }
            let options = next[word] ?? []
            word = options.isEmpty || random(40) == 0 ? starts[random(starts.count)] : options[random(options.count)]
        }
        return out.joined(separator: " ").replacingOccurrences(of: " \n\n ", with: "\n\n")
    }
}

func freshStore(_ path: String, name: String) throws -> Store {
    try? FileManager.default.removeItem(atPath: path)
    return try Store.create(
        at: path, name: name, identity: try Identity(name: name, rawPrivateKey: Array(repeating: 3, count: 32)))
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let args = CommandLine.arguments
guard args.count >= 3 else {
    FileHandle.standardError.write(
        Data("usage: dossier-bench-log WORKDIR SEEDS-DIR [small-events] [article-megabytes]\n".utf8))
    exit(2)
}
let work = args[1]
let seedsDir = args[2]
let smallCount = args.count > 3 ? Int(args[3]) ?? 200_000 : 200_000
let articleMB = args.count > 4 ? Int(args[4]) ?? 100 : 100
try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
let now = 1_763_700_000_000

// 1. Small events: ~200-byte payloads, batches of 1,000, fsync per batch.
let small = try freshStore(work + "/small", name: "small")
let filler = String(repeating: "abcdefghij", count: 18)
var smallAck = 0.0
var smallTotal = 0.0
do {
    var options = LogOptions()
    options.fsync = ProcessInfo.processInfo.environment["BENCH_NO_FSYNC"] == nil
    let log = try EventLog(store: small, mode: .write, options: options)
    let batches = smallCount / 1000
    let drafts = try (0..<1000).map { i in try EventDraft(Payload(text: filler, n: i)) }
    smallTotal = try seconds {
        smallAck = try seconds { for _ in 0..<batches { try log.append(drafts, nowMillis: now) } }
        log.close()
    }
}
let smallPayload = try EventDraft(Payload(text: filler, n: 999)).payload.count

// 2. Article-sized events, batches of 1,000.
let corpus = try FileManager.default.contentsOfDirectory(atPath: seedsDir).sorted()
    .compactMap { try? String(contentsOfFile: seedsDir + "/" + $0, encoding: .utf8) }.joined(separator: "\n")
var text = MarkovText(corpus: corpus, seed: 42)
let articlesStore = try freshStore(work + "/articles", name: "articles")
var articleBytes = 0
var articleEvents = 0
var articleAck = 0.0
var articleTotal = 0.0
do {
    // Generate every article first so the timing covers appending only.
    var batches: [[EventDraft]] = []
    var generated = 0
    while generated < articleMB * 1_000_000 {
        var batch: [EventDraft] = []
        for i in 0..<1000 {
            let body = text.article(words: 800 + text.random(600))
            batch.append(
                try EventDraft(
                    ArticleIngested(
                        articleId: Hex.sha256(Array(body.utf8)), source: "bench/\(batches.count)-\(i).txt", title: nil,
                        language: "fr",
                        published: nil, ingestedAt: now, body: body, boilerplate: [], format: "text", encoding: .utf8,
                        encodingFallback: false)))
        }
        generated += batch.reduce(0) { $0 + $1.payload.count }
        batches.append(batch)
    }
    let log = try EventLog(store: articlesStore, mode: .write)
    articleTotal = try seconds {
        articleAck = try seconds {
            for batch in batches { try log.append(batch, nowMillis: now) }
        }
        try log.sealOpenSegment()
        log.close()
    }
    articleBytes = generated
    articleEvents = batches.count * 1000
}

// 3. Audit of the article store, and the raw record bytes for sha256sum / gzip.
let reader = try EventLog(store: articlesStore, mode: .read)
var report = AuditReport()
let auditTime = seconds { report = reader.audit() }
let stats = reader.stats()
// Dump the raw framed bytes exactly as audit sees them (inflated) for the shell tools.
var raw = Data()
try reader.forEachEvent { event in
    raw.append(contentsOf: event.header.canonicalBytes())
    raw.append(contentsOf: event.payload ?? [])
}
try raw.write(to: URL(fileURLWithPath: work + "/raw.bin"))

func f(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }
print("figure\tvalue\tdetail")
print(
    "append small events/s (ack)\t\(f(Double(smallCount / 1000 * 1000) / smallAck, 0))\t\(smallCount / 1000 * 1000) events, payload \(smallPayload) B, batches of 1000, fsync per batch"
)
print(
    "append small events/s (incl. sealing)\t\(f(Double(smallCount / 1000 * 1000) / smallTotal, 0))\tuntil background seals finished"
)
print(
    "append article MB/s (ack)\t\(f(Double(articleBytes) / articleAck / 1e6))\t\(articleEvents) events, \(articleBytes / 1_000_000) MB payload, batches of 1000"
)
print(
    "append article MB/s (incl. sealing)\t\(f(Double(articleBytes) / articleTotal / 1e6))\tuntil every segment sealed")
print(
    "audit MB/s raw\t\(f(Double(report.rawBytes) / auditTime / 1e6))\t\(report.rawBytes) raw bytes, \(report.events) events, ok=\(report.ok)"
)
print(
    "sealed stored/raw %\t\(f(Double(stats.storedBytes) / Double(stats.rawBytes) * 100))\t\(stats.storedBytes) stored / \(stats.rawBytes) raw, \(stats.sealedSegments) sealed segments"
)
print("raw dump bytes\t\(raw.count)\t\(work)/raw.bin")
