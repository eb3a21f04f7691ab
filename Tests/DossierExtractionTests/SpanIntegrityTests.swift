import DossierEvents
import DossierExtraction
import Testing

/// Every span of every extraction satisfies body[start..<end] == surface, on seeds and on random text.
@Suite struct SpanIntegrityTests {
    /// Checks every span of a payload against the body; returns the number checked.
    static func check(_ article: PreparedArticle, _ payload: ArticleExtracted) -> Int {
        let count = article.body.unicodeScalars.count
        var spans: [(Int, Int)] = payload.entities.flatMap { $0.mentions.map { ($0.start, $0.end) } }
        spans += payload.dates.map { ($0.start, $0.end) } + payload.quantities.map { ($0.start, $0.end) }
        spans += payload.facts.map { ($0.start, $0.end) } + payload.statements.map { ($0.start, $0.end) }
        for (s, e) in spans { #expect(s >= 0 && s < e && e <= count, "span \(s)..<\(e) of \(count)") }
        let report = ExtractionReport(article: article, extraction: payload)
        let scalars = Array(article.body.unicodeScalars)
        for e in report.entities {
            for m in e.mentions { #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == m.surface) }
        }
        return spans.count
    }

    @Test func seeds() throws {
        var total = 0
        for (name, bytes) in try SeedFixture.files() {
            for article in try ArticlePreparer().prepare(bytes: bytes, sourceName: name) {
                total += Self.check(article, Extractor().extract(article, articleId: "t"))
            }
        }
        #expect(total > 300)
    }

    /// A small deterministic generator (no randomness source: the seed is fixed).
    struct Generator {
        var state: UInt64;
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407; return Int((state >> 33) % UInt64(n))
        }
    }

    static let fragments = [
        "le général Mark Milley", "l’OTAN", "d’Afghanistan", "qu’il", "« Biden »", "M. Trump", "U.S. troops",
        "le 15 janvier", "13 000 hommes", "9,600 soldiers from 36 countries", "1000 milliards de dollars", "é",
        "e\u{301}", "🇫🇷", "👍🏽", "\u{A0}", "\n", "\n\n", "  ", "Robert O’Brien", "al-Qaïda", "ISIS-K", "ISIS. -K",
        "selon la Grayzone", "a déclaré", "said", "“quoted”", "2010-2011", "18 - 12 - 2020", "mardi", "Lire aussi",
        "Cliquez ici", ".", ",", "-", "’", "'", "«", "»", "\u{200B}", "\u{FEFF}", "Ω", "ß", "İstanbul", "Ǆ", "x",
        "Washington", "il y a un an", "le lendemain", "60%", "deux responsables", "<p>", "&amp;", "#", "*",
    ]

    @Test(arguments: 0..<40) func fuzzedText(seed: Int) throws {
        var g = Generator(state: UInt64(seed) &+ 7)
        var text = ""
        for _ in 0..<(20 + g.next(200)) {
            text += Self.fragments[g.next(Self.fragments.count)] + (g.next(3) == 0 ? "" : " ")
        }
        let articles: [PreparedArticle]
        do { articles = try ArticlePreparer().prepare(bytes: Array(text.utf8), sourceName: "fuzz.txt") } catch {
            return
        }
        for article in articles { _ = Self.check(article, Extractor().extract(article, articleId: "t")) }
    }

    @Test(arguments: 0..<20) func randomBytes(seed: Int) {
        var g = Generator(state: UInt64(seed) &* 31 &+ 3)
        let bytes = (0..<(1 + g.next(3000))).map { _ in UInt8(g.next(256)) }
        guard let articles = try? ArticlePreparer().prepare(bytes: bytes, sourceName: "random.bin") else { return }
        for article in articles { _ = Self.check(article, Extractor().extract(article, articleId: "t")) }
    }
}
