import DossierExtraction
import Foundation
import Testing

/// The quote scoring of the dev evaluation, on sentences written for these tests.
@Suite struct QuoteScoringTests {
    static let body =
        "The mayor of Lunville, Ada Brenn, spoke on Monday.\n“We will rebuild the bridge by spring,” Brenn said. Critics said the plan was too costly."
    static let entities = [GoldStandard.DocumentEntity(id: "ada-brenn", surfaces: ["Ada Brenn", "Brenn"], count: 2)]

    /// The scalar span of `text` in the body.
    static func span(_ text: String) -> (Int, Int) {
        let scalars = Array(body.unicodeScalars), needle = Array(text.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
        return (start, start + needle.count)
    }

    static func statement(_ text: String, speaker: Set<String>?) -> QuoteScoring.Statement {
        let (s, e) = span(text)
        return QuoteScoring.Statement(start: s, end: e, speakerSurfaces: speaker)
    }

    static func score(_ gold: [GoldStandard.QuoteItem], _ statements: [QuoteScoring.Statement]) -> (
        attributed: EvalReport.Score, text: EvalReport.Score
    ) {
        var details: [String] = []
        return QuoteScoring.score(
            gold: gold, entities: entities, body: body, statements: statements, file: "t.txt", details: &details)
    }

    @Test func rightTextAndSpeakerMatch() {
        let gold = [GoldStandard.QuoteItem(speaker: "ada-brenn", text: "We will rebuild the bridge by spring,")]
        let r = Self.score(gold, [Self.statement("We will rebuild the bridge by spring", speaker: ["brenn"])])
        #expect(r.attributed.precision == 1000 && r.attributed.recall == 1000)
    }

    @Test func wrongSpeakerCountsForTextOnly() {
        let gold = [GoldStandard.QuoteItem(speaker: "ada-brenn", text: "We will rebuild the bridge by spring,")]
        let r = Self.score(gold, [Self.statement("We will rebuild the bridge by spring,", speaker: ["lunville"])])
        #expect(r.attributed.truePositivesGold == 0 && r.attributed.extracted == 1)
        #expect(r.text.truePositivesGold == 1)
    }

    @Test func anonymousMatchesAnonymousOnly() {
        let gold = [GoldStandard.QuoteItem(speaker: nil, text: "the plan was too costly")]
        #expect(Self.score(gold, [Self.statement("the plan was too costly", speaker: nil)]).attributed.recall == 1000)
        #expect(
            Self.score(gold, [Self.statement("the plan was too costly", speaker: ["brenn"])]).attributed.recall == 0)
    }

    @Test func aSpanMuchLongerThanTheQuoteDoesNotMatch() {
        let gold = [GoldStandard.QuoteItem(speaker: "ada-brenn", text: "We will rebuild the bridge by spring,")]
        let whole = Self.statement(
            "“We will rebuild the bridge by spring,” Brenn said. Critics said the plan was too costly.",
            speaker: ["brenn"])
        #expect(Self.score(gold, [whole]).attributed.truePositivesGold == 0)
    }

    @Test func matchingIsOneToOne() {
        let gold = [GoldStandard.QuoteItem(speaker: "ada-brenn", text: "We will rebuild the bridge by spring,")]
        let twice = [
            Self.statement("We will rebuild the bridge by spring", speaker: ["brenn"]),
            Self.statement("We will rebuild the bridge by spring,", speaker: ["ada brenn"]),
        ]
        let r = Self.score(gold, twice)
        #expect(r.attributed.truePositivesExtracted == 1 && r.attributed.extracted == 2 && r.attributed.recall == 1000)
    }

    @Test func goldTextNotVerbatimFallsBackToWords() {
        // Typographic apostrophe in the gold, none in the body: the words still match.
        let gold = [GoldStandard.QuoteItem(speaker: nil, text: "the plan was too costly’")]
        #expect(Self.score(gold, [Self.statement("the plan was too costly", speaker: nil)]).attributed.recall == 1000)
    }

    /// The whole evaluation scores statements from a report against the gold's quotes, and says when a gold has none.
    @Test func evaluationReportsQuotes() throws {
        let body = "Ada Brenn opened the fair.\n“It is a good year,” Brenn said."
        let report = try JSONDecoder().decode(
            ExtractionReport.self,
            from: Data(
                """
                {"language":"en","title":null,"published":null,"boilerplate":[],"body":\(Self.jsonString(body)),
                 "entities":[{"id":"p1","type":"PERSON","label":"Ada Brenn","mentions":[{"start":0,"end":9,"surface":"Ada Brenn"},{"start":48,"end":53,"surface":"Brenn"}]}],
                 "dates":[],"quantities":[],"facts":[],"statements":[{"speaker":"p1","start":28,"end":45,"quote":"It is a good year","cue":"said"}],"mergeCandidates":[]}
                """.utf8))
        let withQuotes = try Evaluation.gold(
            from: Data(
                """
                {"format":"doc-level-gold/1","entities":[{"id":"ada-brenn","type":"PERSON","label":"Ada Brenn","aliases":["Ada Brenn","Brenn"]}],
                 "documents":[{"file":"a.txt","language":"en","title":null,"published":null,"boilerplate":[],"sha256":"00",
                  "entities":[{"id":"ada-brenn","surfaces":["Ada Brenn","Brenn"],"count":2}],"dates":[],"quantities":[],
                  "quotes":[{"speaker":"ada-brenn","speakerSurface":"Brenn","text":"It is a good year,","kind":"direct"}]}]}
                """.utf8))
        let scored = Evaluation.evaluate(
            gold: withQuotes, documents: [EvaluatedDocument(file: "a.txt", report: report)])
        #expect(scored.quotes?.precision == 1000 && scored.quotes?.recall == 1000)
        #expect(scored.entities.f1 == 1000)
        #expect(scored.renderTable().contains("quotes"))
        var without = withQuotes
        without.documents[0].quotes = nil
        #expect(
            Evaluation.evaluate(gold: without, documents: [EvaluatedDocument(file: "a.txt", report: report)]).quotes
                == nil)
    }

    static func jsonString(_ s: String) -> String { String(decoding: try! JSONEncoder().encode(s), as: UTF8.self) }
}
