import DossierEvents
import DossierExtraction
import Foundation
import Testing

/// Loads the seeds and the gold relative to this file and scores the extractor on them.
enum SeedFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seeds = repository.appendingPathComponent("seeds")
    static let gold = repository.appendingPathComponent("Tests/DossierExtractionTests/Fixtures/seeds-gold.json")

    /// Every seed file name with its bytes.
    static func files() throws -> [(String, [UInt8])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }
            .sorted()
        return try names.map { ($0, Array(try Data(contentsOf: seeds.appendingPathComponent($0)))) }
    }

    /// Prepares and extracts every seed.
    static func evaluated() throws -> [EvaluatedDocument] {
        try files().map { name, bytes in
            let article = try ArticlePreparer().prepare(bytes: bytes, sourceName: name)[0]
            let payload = Extractor().extract(article, articleId: "test")
            return EvaluatedDocument(
                file: name, article: article, report: ExtractionReport(article: article, extraction: payload))
        }
    }

    /// The evaluation report on the seeds.
    static func report() throws -> EvalReport {
        let gold = try Evaluation.gold(from: Data(contentsOf: gold))
        return Evaluation.evaluate(gold: gold, documents: try evaluated())
    }
}

@Suite struct SeedEvaluationTests {
    /// The figures measured on the seeds; a change that lowers one fails here.
    @Test func seedScoresDoNotRegress() throws {
        let report = try SeedFixture.report()
        print(report.renderTable())
        if ProcessInfo.processInfo.environment["EVAL_DETAILS"] != nil { print(report.details.joined(separator: "\n")) }
        #expect(report.entities.f1 >= 950)
        for type in ["PERSON", "ORG", "PLACE", "EVENT"] {
            #expect((report.entitiesByType[type]?.f1 ?? 0) >= 900, "\(type)")
        }
        #expect(report.splits == [])
        #expect(report.joins == [])
        #expect(report.dates.precision >= 950 && report.dates.recall >= 950)
        #expect(report.quantities.precision >= 950 && report.quantities.recall >= 950)
        #expect(report.entitiesInBoilerplate == 0)
        #expect(report.boilerplateLines.f1 >= 950)
        #expect(report.spansChecked > 300 && report.spansIntact == report.spansChecked)
        #expect(report.languageCorrect == 5 && report.titleCorrect == 5)
    }

    /// The seeds' people, outlets, sites and named events removed from the gazetteer: the context
    /// rules must still find them (the extractor is judged on names it has never seen).
    @Test func contextRulesFindNamesTheGazetteerDoesNotHold() throws {
        let removed = [
            "mark-milley", "douglas-macgregor", "mark-esper", "kenneth-mckenzie", "scott-miller", "christopher-miller",
            "robert-obrien", "qasem-soleimani", "antony-blinken", "annegret-kramp-karrenbauer", "mohammad-naeem",
            "lloyd-austin", "john-bolton", "the-grayzone", "barlamane", "bagram-airfield", "kandahar-province",
            "hamid-karzai-international-airport", "doha-agreement", "resolute-support-mission", "kabul-airport-attack",
        ]
        let sources = Gazetteer.builtInSources.map { block in
            block.split(separator: "\n").filter { line in !removed.contains { line.contains("X:\($0)") } }.joined(
                separator: "\n")
        }
        let extractor = Extractor(gazetteer: Gazetteer(sources: sources))
        let documents = try SeedFixture.files().map { name, bytes in
            let article = try ArticlePreparer().prepare(bytes: bytes, sourceName: name)[0]
            return EvaluatedDocument(
                file: name, article: article,
                report: ExtractionReport(article: article, extraction: extractor.extract(article, articleId: "t")))
        }
        let report = Evaluation.evaluate(
            gold: try Evaluation.gold(from: Data(contentsOf: SeedFixture.gold)), documents: documents)
        print(report.renderTable())
        #expect(report.entities.f1 >= 940)  // extractor 3 (tagger) measured 0.943; the rules alone reached 0.950
        #expect((report.entitiesByType["PERSON"]?.recall ?? 0) >= 950)
        // Without the gazetteer a bare "McKenzie" in another article cannot be tied to Kenneth McKenzie.
        #expect(report.splits.count <= 2)
        #expect(report.joins == [])
    }
}
