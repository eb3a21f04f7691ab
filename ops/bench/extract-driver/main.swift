// Extraction speed without the CLI: model and gazetteer load time, then words/s of prepare + extract +
// JSON encoding over a JSON Lines corpus (as ops/bench/extract writes). Usage: dossier-bench-extract FILE.jsonl
import DossierEvents
import DossierExtraction
import Foundation

func seconds(_ start: ContinuousClock.Instant) -> Double {
    let d = ContinuousClock.now - start
    return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

// Evaluation mode: dossier-bench-extract --eval GOLD.json TEXT_DIR [--no-model | --weights FILE]: the seeds' scorer on any gold file.
if CommandLine.arguments.count >= 4, CommandLine.arguments[1] == "--eval" {
    let args = CommandLine.arguments
    guard let goldData = FileManager.default.contents(atPath: args[2]) else { print("cannot read \(args[2])"); exit(1) }
    let gold = try Evaluation.gold(from: goldData)
    // --weights FILE: a serialized model written by dossier-train-tagger --bin, instead of the committed one.
    var extractor = args.contains("--no-model") ? Extractor(gazetteer: .shared, tagger: nil) : Extractor()
    if let k = args.firstIndex(of: "--weights"), k + 1 < args.count,
        let bytes = FileManager.default.contents(atPath: args[k + 1])
    {
        guard let model = SequenceTagger(serialized: Array(bytes), digest: TaggerWeightsSource.digest(Array(bytes)))
        else { print("bad model file"); exit(1) }
        extractor = Extractor(gazetteer: .shared, tagger: model)
    }
    var documents: [EvaluatedDocument] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: args[3]).sorted() where name.hasSuffix(".txt") {
        guard let bytes = FileManager.default.contents(atPath: args[3] + "/" + name) else { continue }
        let article = try ArticlePreparer().prepare(bytes: Array(bytes), sourceName: name)[0]
        documents.append(
            EvaluatedDocument(
                file: name, article: article,
                report: ExtractionReport(article: article, extraction: extractor.extract(article, articleId: "x"))))
    }
    let report = Evaluation.evaluate(gold: gold, documents: documents)
    print(report.renderTable())
    if ProcessInfo.processInfo.environment["EVAL_DETAILS"] != nil { print(report.details.joined(separator: "\n")) }
    exit(0)
}

guard CommandLine.arguments.count == 2, let data = FileManager.default.contents(atPath: CommandLine.arguments[1]) else {
    FileHandle.standardError.write(
        Data("usage: dossier-bench-extract FILE.jsonl (a readable JSON Lines corpus)\n".utf8))
    exit(1)
}
let loadStart = ContinuousClock.now
let modelLoaded = SequenceTagger.shared.isLoaded
let modelTime = seconds(loadStart)
let gazetteerStart = ContinuousClock.now
_ = Gazetteer.shared.entries.count
let gazetteerTime = seconds(gazetteerStart)
let extractor = Extractor()
let warm = try ArticlePreparer().prepare(
    bytes: Array("Titre\n\nEmmanuel Macron était à Lyon.".utf8), sourceName: "w.txt")[0]
_ = extractor.extract(warm, articleId: "w")
let load = seconds(loadStart)
print(
    "model + gazetteer + lexicon load (first extraction): \(Int(load * 1000)) ms (tagger weights \(Int(modelTime * 1000)) ms, loaded \(modelLoaded); gazetteer \(Int(gazetteerTime * 1000)) ms), model \(extractor.modelDigest ?? "none")"
)

let start = ContinuousClock.now
let articles = try ArticlePreparer().prepare(bytes: Array(data), sourceName: "corpus.jsonl")
var words = 0
var bytesOut = 0
let encoder = JSONEncoder()
for article in articles {
    words += article.body.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
    bytesOut += try encoder.encode(extractor.extract(article, articleId: "x")).count
}
let elapsed = seconds(start)
print(
    "\(articles.count) articles, \(words) words in \(String(format: "%.2f", elapsed)) s: \(Int(Double(words) / elapsed)) words/s (\(bytesOut) bytes of JSON)"
)
