import DossierEvents
import DossierLog
import DossierProjection
import Foundation

// Benchmark driver for curation (ops/bench/curation). Prints TSV rows "name<TAB>value<TAB>note".
//
//   replay STORE ARTICLES EDITS   a synthetic store of ARTICLES articles, rebuilt (timed: the articles part);
//                                 then EDITS curation events appended and replayed into the live projection
//                                 (catch-up), timed; then a full rebuild of the whole log, timed (the
//                                 curation part of it is the difference with the articles-only rebuild).
//   rebuild STORE                 a full rebuild of an existing store (for profiling), with its phases
//                                 and the digest of the result.
// Environment: BENCH_PHASES=1 adds the rebuilds' phases to `replay`; BENCH_TRACE=1 prints the
// catch-up's progress (seconds, events) on stderr.

func row(_ name: String, _ value: String, _ note: String = "") { print("\(name)\t\(value)\t\(note)") }

func phases(_ report: RebuildReport, _ prefix: String) {
    for phase in report.phases { row("  \(prefix) \(phase.name) s", String(format: "%.3f", phase.seconds)) }
}

let args = CommandLine.arguments
if args.count == 3, args[1] == "rebuild" {
    let log = try EventLog(store: try Store.open(at: args[2]), mode: .read)
    let started = Date()
    let report = try Projection.rebuild(from: log, at: args[2] + "/bench.sqlite")
    let seconds = Date().timeIntervalSince(started)
    row("rebuild s", String(format: "%.3f", seconds), "\(report.events) events")
    row("rebuild events/s", String(format: "%.0f", Double(report.events) / seconds))
    phases(report, "rebuild")
    let rebuilt = try Projection.open(path: args[2] + "/bench.sqlite")
    row("digest", try rebuilt.digest())
    try rebuilt.close()
    log.close()
    exit(0)
}
guard args.count >= 5, args[1] == "replay", let articles = Int(args[3]), let edits = Int(args[4]) else {
    FileHandle.standardError.write(
        Data("usage: dossier-bench-curation replay STORE ARTICLES EDITS | rebuild STORE\n".utf8))
    exit(2)
}
let storePath = args[2]
try? FileManager.default.removeItem(atPath: storePath)
let store = try Store.create(at: storePath, name: "bench", identity: Identity.generate(name: "bench"))
let log = try EventLog(store: store, mode: .write)
var rng = SystemRandomNumberGenerator()
let names = (0..<2000).map { "person:name-\($0)" }
var batch: [EventDraft] = []
var facts: [(article: String, id: String)] = []
var mentions: [(article: String, start: Int, end: Int)] = []
for i in 0..<articles {
    var body = ""
    var entities: [ArticleExtracted.Entity] = []
    var relations: [ArticleExtracted.Relation] = []
    let picked = (0..<6).map { _ in Int.random(in: 0..<names.count, using: &rng) }
    for (k, n) in Set(picked).enumerated() {
        let surface = "Name\(n) Person"
        let start = body.unicodeScalars.count
        body += surface + " said something about article \(i) and topic \(k). "
        entities.append(
            .init(
                id: names[n], type: "PERSON", label: surface,
                mentions: [.init(start: start, end: start + surface.unicodeScalars.count)]))
    }
    if entities.count >= 2 {
        relations.append(.init(subject: entities[0].id, predicate: "met", object: entities[1].id, start: 0, end: 20))
    }
    let id = Hex.sha256(Array(body.utf8))
    batch.append(
        try EventDraft(
            ArticleIngested(
                articleId: id, source: "bench/\(i)", title: "Article \(i)", language: "en", published: nil,
                ingestedAt: 0, body: body, boilerplate: [], format: "text", encoding: .utf8, encodingFallback: false))
    )
    batch.append(
        try EventDraft(
            ArticleExtracted(
                articleId: id, extractor: "bench", extractorVersion: 1, entities: entities, dates: [], quantities: [],
                facts: relations, statements: [], mergeCandidates: [])))
    if let r = relations.first {
        facts.append(
            (
                id,
                CurationIds.fact(
                    article: id, start: r.start, end: r.end, subject: r.subject, predicate: r.predicate,
                    object: r.object)
            ))
    }
    if let m = entities.first?.mentions.first { mentions.append((id, m.start, m.end)) }
    if batch.count >= 1000 { try log.append(batch, nowMillis: 1_700_000_000_000 + i); batch.removeAll() }
}
if !batch.isEmpty { try log.append(batch, nowMillis: 1_700_000_000_000 + articles); batch.removeAll() }
let path = storePath + "/bench.sqlite"
let articlesStart = Date()
let articlesReport = try Projection.rebuild(from: log, at: path)
let articlesSeconds = Date().timeIntervalSince(articlesStart)
let projection = try Projection.open(path: path)

// Curation: labels, types, merges, unmerges, aliases added and removed, retractions, restores, mention moves.
var lastMerge: [String: String] = [:]
var appendedEdits = 0
var drafts: [EventDraft] = []
for e in 0..<edits {
    let a = names[Int.random(in: 0..<names.count, using: &rng)], b = names[Int.random(in: 0..<names.count, using: &rng)]
    switch e % 8 {
    case 0: drafts.append(try EventDraft(EntityLabelSet(entity: a, label: "Label \(e)")))
    case 1: drafts.append(try EventDraft(EntityTypeSet(entity: a, type: "ORG")))
    case 2: drafts.append(try EventDraft(EntitiesMerged(entity: a, into: b, reason: "bench")))
    case 3: drafts.append(try EventDraft(AliasAdded(entity: a, alias: "Alias \(e)")))
    case 4: drafts.append(try EventDraft(AliasRemoved(entity: a, alias: "Alias \(e - 1)", removes: [])))
    case 5:
        let f = facts[e % facts.count];
        drafts.append(try EventDraft(FactRetracted(fact: f.id, article: f.article, reason: "bench")))
    case 6:
        let f = facts[(e - 1) % facts.count];
        drafts.append(try EventDraft(FactRestored(fact: f.id, article: f.article, supersedes: [])))
    default:
        let m = mentions[e % mentions.count];
        drafts.append(try EventDraft(MentionMoved(article: m.article, start: m.start, end: m.end, from: nil, to: b)))
    }
    if drafts.count >= 1000 {
        appendedEdits += try log.append(drafts, nowMillis: 1_700_000_100_000 + e).count; drafts.removeAll()
    }
}
if !drafts.isEmpty { appendedEdits += try log.append(drafts, nowMillis: 1_700_000_200_000).count }
_ = lastMerge
let started = Date()
let trace = ProcessInfo.processInfo.environment["BENCH_TRACE"] != nil
let report = try projection.catchUp(from: log) { done in
    if trace {
        FileHandle.standardError.write(Data(String(format: "%.3f %d\n", Date().timeIntervalSince(started), done).utf8))
    }
}
let replay = Date().timeIntervalSince(started)
let effects = try projection.curationEffects().count, conflicts = try projection.curationConflicts().count
let liveDigest = try projection.digest()
try projection.close()
row("articles", "\(articles)", "synthetic, 2000 names")
row("curation events", "\(appendedEdits)", "labels, types, merges, aliases, retract/restore, mention moves")
row(
    "replay s", String(format: "%.3f", replay),
    "catch-up of the curation events into the projection (\(report.applied) applied; \(effects) effects, \(conflicts) conflicts)"
)
row("replay events/s", String(format: "%.0f", Double(appendedEdits) / replay), "")
// Into a fresh file, as the articles-only rebuild was (replacing a live file copies it in place).
let livePath = path + ".live"
for suffix in ["", "-wal", "-shm"] {
    try? FileManager.default.removeItem(atPath: livePath + suffix);
    try? FileManager.default.moveItem(atPath: path + suffix, toPath: livePath + suffix)
}
let rebuildStart = Date()
let rebuilt = try Projection.rebuild(from: log, at: path)
let rebuildSeconds = Date().timeIntervalSince(rebuildStart)
let curationSeconds = max(rebuildSeconds - articlesSeconds, 1e-6)
let rebuiltDigest = try {
    let p = try Projection.open(path: path); defer { try? p.close() }; return try p.digest()
}()
row(
    "articles rebuild s", String(format: "%.3f", articlesSeconds),
    "\(articlesReport.events) events (articles and extractions only)")
row("full rebuild s", String(format: "%.3f", rebuildSeconds), "\(rebuilt.events) events (articles + curation)")
row("full rebuild events/s", String(format: "%.0f", Double(rebuilt.events) / rebuildSeconds), "all events")
row("curation rebuild s", String(format: "%.3f", curationSeconds), "full rebuild minus the articles-only rebuild")
row(
    "curation rebuild events/s", String(format: "%.0f", Double(appendedEdits) / curationSeconds),
    "the \(appendedEdits) curation events' share of the full rebuild")
row(
    "catch-up = rebuild", liveDigest == rebuiltDigest ? "yes" : "NO",
    "digest of the live projection after the catch-up vs. the rebuilt one")
if ProcessInfo.processInfo.environment["BENCH_PHASES"] != nil {
    phases(articlesReport, "articles"); phases(rebuilt, "full")
}
log.close()
