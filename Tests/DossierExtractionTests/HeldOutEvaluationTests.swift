import DossierExtraction
import Foundation
import Testing

/// Articles written and annotated for evaluation only; no rule names anything in them. `heldout/`: ten
/// articles (five English, five French) the rules were then improved against; `fresh/`: four more written
/// afterwards and scored once, never tuned on — the honest estimate for unseen news.
enum HeldOutFixture {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Prepares, extracts and scores every article of `Fixtures/<set>/` against `<set>-gold.json`.
    static func report(_ set: String) throws -> EvalReport {
        let folder = fixtures.appendingPathComponent(set)
        let gold = folder.appendingPathComponent("\(set)-gold.json")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
            .sorted()
        let documents = try names.map { name in
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
            let article = try ArticlePreparer().prepare(bytes: bytes, sourceName: name)[0]
            return EvaluatedDocument(
                file: name, article: article,
                report: ExtractionReport(
                    article: article, extraction: Extractor().extract(article, articleId: "heldout")))
        }
        return Evaluation.evaluate(gold: try Evaluation.gold(from: Data(contentsOf: gold)), documents: documents)
    }
}

@Suite struct HeldOutEvaluationTests {
    /// Floors a little below the figures reached (entities F1 0.957, dates, quantities and boilerplate 1.000,
    /// 10/10 titles, dates of publication and languages): a change that loses ground on unseen news fails here.
    @Test func heldOutScoresDoNotRegress() throws {
        let report = try HeldOutFixture.report("heldout")
        print(report.renderTable())
        if ProcessInfo.processInfo.environment["EVAL_DETAILS"] != nil { print(report.details.joined(separator: "\n")) }
        #expect(report.documents == 10)
        // Extractor 3 (learned tagger) measured 0.894 here (rules alone: >= 0.930) while real news of the dev set
        // rose from 0.734 to 0.791 (en) and 0.665 to 0.707 (fr); these floors are the tagger's measured figures.
        // Extractor 4 (reshaped tagger mentions, newsroom surfaces) measured 0.903 here, dev 0.836 (en) and 0.754 (fr).
        #expect(report.entities.f1 >= 900)
        #expect((report.entitiesByType["PERSON"]?.f1 ?? 0) >= 885)
        #expect((report.entitiesByType["ORG"]?.f1 ?? 0) >= 885)
        #expect((report.entitiesByType["PLACE"]?.f1 ?? 0) >= 910)
        #expect(report.splits.count <= 1)
        #expect(report.joins == [])
        #expect(report.dates.precision >= 950 && report.dates.recall >= 950)
        #expect(report.quantities.precision >= 950 && report.quantities.recall >= 950)
        #expect(report.boilerplateLines.f1 >= 950)
        #expect(report.entitiesInBoilerplate == 0)
        #expect(report.spansChecked > 300 && report.spansIntact == report.spansChecked)
        #expect(report.languageCorrect == 10 && report.titleCorrect >= 9 && report.publishedCorrect >= 9)
    }

    /// The untuned set as first measured (entities F1 0.919, dates 0.980, quantities and boilerplate 1.000, 4/4
    /// titles and publication dates), with the same margin.
    @Test func freshScoresDoNotRegress() throws {
        let report = try HeldOutFixture.report("fresh")
        print(report.renderTable())
        #expect(report.documents == 4)
        #expect(report.entities.f1 >= 890)
        #expect(report.dates.precision >= 950 && report.dates.recall >= 900)
        #expect(report.quantities.precision >= 950 && report.quantities.recall >= 950)
        #expect(report.boilerplateLines.f1 >= 950 && report.entitiesInBoilerplate == 0)
        #expect(report.spansIntact == report.spansChecked)
        #expect(report.languageCorrect == 4 && report.titleCorrect == 4 && report.publishedCorrect == 4)
    }
}
