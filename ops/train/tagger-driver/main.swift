// Trains the entity tagger from the file written by ops/train/prepare-corpora, prints held-out scores per
// source, and writes the generated weights file. Usage:
//   dossier-train-tagger --data FILE [--epochs N] [--seed S] [--out Sources/DossierExtraction/Tagger/TaggerWeights.swift] [--bin MODEL.bin] [--prune W]
//     [--eval GOLD.json:TEXTS_DIR …]
//   dossier-train-tagger --model MODEL.bin --eval GOLD.json:TEXTS_DIR …   (scores a saved model end to end, no training)
import DossierExtraction
import Foundation

struct Document {
    var source: String
    var language: String
    var split: String
    var sentences: [TrainingSentence] = []
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("dossier-train-tagger: \(message)\n".utf8))
    exit(1)
}

func readDocuments(_ path: String) -> [Document] {
    guard let data = FileManager.default.contents(atPath: path) else {
        fail("cannot read \(path): run ops/train/prepare-corpora first")
    }
    var documents: [Document] = []
    var words: [String] = [], labels: [Int] = []
    func flush() {
        if !words.isEmpty, !documents.isEmpty {
            documents[documents.count - 1].sentences.append(TrainingSentence(words: words, labels: labels))
        }
        words = []; labels = []
    }
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
        if line.isEmpty { flush(); continue }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        if fields[0] == "#doc", fields.count >= 4 {
            flush()
            documents.append(Document(source: fields[1], language: fields[2], split: fields[3]))
            continue
        }
        guard fields.count == 2 else { fail("malformed line: \(line.prefix(80))") }
        words.append(fields[0]); labels.append(TagLabel.index(fields[1]))
    }
    flush()
    return documents
}

/// Typed mentions `(start, end, label)` of a label sequence.
func spans(_ labels: [Int]) -> Set<[Int]> {
    var result = Set<[Int]>()
    var i = 0
    while i < labels.count {
        guard labels[i] % 2 == 1 else { i += 1; continue }
        var j = i + 1
        while j < labels.count, labels[j] == labels[i] + 1 { j += 1 }
        result.insert([i, j, labels[i]])
        i = j
    }
    return result
}

var arguments = Array(CommandLine.arguments.dropFirst())
var dataPath: String?, outPath: String?, binPath: String?, modelPath: String?, epochs = 8, seed: UInt64 = 13
var prune: Float = 0, evalPairs: [String] = []
while !arguments.isEmpty {
    let a = arguments.removeFirst()
    guard let value = arguments.first else { fail("\(a) needs a value") }
    arguments.removeFirst()
    switch a {
    case "--data": dataPath = value
    case "--out": outPath = value
    case "--bin": binPath = value
    case "--model": modelPath = value
    case "--eval": evalPairs.append(value)
    case "--prune": prune = Float(value) ?? prune
    case "--epochs": epochs = Int(value) ?? epochs
    case "--seed": seed = UInt64(value) ?? seed
    default: fail("unknown argument \(a)")
    }
}
if let modelPath {
    guard let bytes = FileManager.default.contents(atPath: modelPath),
        let saved = SequenceTagger(serialized: [UInt8](bytes), digest: TaggerWeightsSource.digest([UInt8](bytes)))
    else { fail("\(modelPath): not a serialized model (write one with --bin)") }
    evaluate(saved, evalPairs)
    exit(0)
}
guard let dataPath else { fail("usage: dossier-train-tagger --data FILE [--epochs N] [--seed S] [--out FILE]") }
let documents = readDocuments(dataPath)
let training = documents.filter { $0.split == "train" }.flatMap(\.sentences)
print(
    "training sentences: \(training.count), tokens: \(training.reduce(0) { $0 + $1.words.count }), epochs \(epochs), seed \(seed)"
)
var trainer = PerceptronTrainer()
trainer.train(training, epochs: epochs, seed: seed) { epoch, errors in print("epoch \(epoch): \(errors) token errors") }
let model = trainer.serialized(prune: prune)
guard let tagger = SequenceTagger(serialized: model, digest: TaggerWeightsSource.digest(model)) else {
    fail("serialized model does not read back")
}
print("model: \(model.count) bytes, digest \(tagger.digest)")

// Held-out scores: exact span and type, per source and per language.
var counts: [String: (tp: Int, fp: Int, fn: Int)] = [:]
var perType: [String: (tp: Int, fp: Int, fn: Int)] = [:]
for document in documents where document.split == "test" {
    for sentence in document.sentences {
        let gold = spans(sentence.labels)
        let guess = spans(TaggerWeightsSource.tag(sentence.words, model: tagger))
        for key in [document.source, "all-\(document.language)"] {
            var c = counts[key] ?? (0, 0, 0)
            c.tp += gold.intersection(guess).count; c.fp += guess.subtracting(gold).count;
            c.fn += gold.subtracting(guess).count
            counts[key] = c
        }
        for label in [1, 3, 5, 7] {
            let key = "\(document.language) \(TagLabel.names[label].dropFirst(2))"
            let g = gold.filter { $0[2] == label }, p = guess.filter { $0[2] == label }
            var c = perType[key] ?? (0, 0, 0)
            c.tp += g.intersection(p).count; c.fp += p.subtracting(g).count; c.fn += g.subtracting(p).count
            perType[key] = c
        }
    }
}
func line(_ name: String, _ c: (tp: Int, fp: Int, fn: Int)) -> String {
    let p = c.tp + c.fp == 0 ? 0 : Double(c.tp) / Double(c.tp + c.fp)
    let r = c.tp + c.fn == 0 ? 0 : Double(c.tp) / Double(c.tp + c.fn)
    let f = p + r == 0 ? 0 : 2 * p * r / (p + r)
    return
        "\(name.padding(toLength: 14, withPad: " ", startingAt: 0)) P \(String(format: "%.3f", p))  R \(String(format: "%.3f", r))  F1 \(String(format: "%.3f", f))  (gold \(c.tp + c.fn))"
}
print("held-out (exact span + type):")
for key in counts.keys.sorted() { print("  " + line(key, counts[key]!)) }
for key in perType.keys.sorted() { print("  " + line(key, perType[key]!)) }
if let binPath { _ = FileManager.default.createFile(atPath: binPath, contents: Data(model)) }
if let outPath {
    do { try TaggerWeightsSource.swift(model).write(toFile: outPath, atomically: true, encoding: .utf8) } catch {
        fail("cannot write \(outPath): \(error)")
    }
    print("wrote \(outPath)")
}
evaluate(tagger, evalPairs)

// End-to-end scores of the extractor with this model (`--eval GOLD.json:TEXTS_DIR`, repeatable): the `dossier eval`
// table, each gold document given its `published` date. For choosing training data without rebuilding the weights.
func evaluate(_ tagger: SequenceTagger, _ evalPairs: [String]) {
    for pair in evalPairs {
        let parts = pair.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let goldData = FileManager.default.contents(atPath: parts[0]) else {
            fail("--eval \(pair): expected GOLD.json:TEXTS_DIR with a readable gold file")
        }
        let standard: GoldStandard
        do { standard = try Evaluation.gold(from: goldData) } catch { fail("\(parts[0]): not a gold file: \(error)") }
        let extractor = Extractor(gazetteer: .shared, tagger: tagger)
        var evaluated: [EvaluatedDocument] = []
        for doc in standard.documents {
            let path = (parts[1] as NSString).appendingPathComponent(doc.file)
            guard let bytes = FileManager.default.contents(atPath: path),
                var article = try? ArticlePreparer().prepare(bytes: [UInt8](bytes), sourceName: doc.file).first
            else { fail("\(path): cannot be read or prepared (ops/eval-data/dev-texts makes the dev texts)") }
            if article.published == nil { article.published = doc.published }
            evaluated.append(
                EvaluatedDocument(
                    file: doc.file,
                    report: ExtractionReport(article: article, extraction: extractor.extract(article, articleId: ""))))
        }
        print("== \(parts[0])")
        print(Evaluation.evaluate(gold: standard, documents: evaluated).renderTable())
    }
}
