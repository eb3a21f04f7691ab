import DossierEvents
import DossierExtraction
import Foundation
import Testing

/// Loads the seeds and the gold relative to this file and scores the extractor on them.
enum SeedFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = repository.appendingPathComponent("seeds")
    static let gold = repository.deletingLastPathComponent().appendingPathComponent("shared/eval/seeds-gold.json")

    /// Every seed file name with its bytes.
    static func files() throws -> [(String, [UInt8])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { ($0, Array(try Data(contentsOf: seeds.appendingPathComponent($0)))) }
    }

    /// Prepares and extracts every seed.
    static func evaluated() throws -> [EvaluatedDocument] {
        try files().map { name, bytes in
            let article = try ArticlePreparer().prepare(bytes: bytes, sourceName: name)[0]
            let payload = Extractor().extract(article, articleId: "test")
            return EvaluatedDocument(file: name, article: article, report: ExtractionReport(article: article, extraction: payload))
        }
    }

    /// The evaluation report on the seeds.
    static func report() throws -> EvalReport {
        let gold = try Evaluation.gold(from: Data(contentsOf: gold))
        return Evaluation.evaluate(gold: gold, documents: try evaluated())
    }
}

@Suite struct SeedEvaluationTests {
    @Test func seedScoresDoNotRegress() throws {
        let report = try SeedFixture.report()
        print(report.renderTable())
        if ProcessInfo.processInfo.environment["EVAL_DETAILS"] != nil { print(report.details.joined(separator: "\n")) }
        #expect(report.spansIntact == report.spansChecked)
        #expect(report.entitiesInBoilerplate == 0)
        #expect(report.entities.f1 >= 0)
    }
}
