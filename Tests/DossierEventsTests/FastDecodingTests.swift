import DossierEvents
import Foundation
import Testing

/// The hand-written ArticleExtracted decoder agrees with JSONDecoder, or gives up.
@Suite struct FastDecodingTests {
    typealias Rng = SplitMix64

    static let pieces = [
        "Macron", "Zelensky", "Kyiv", "Bamako", "Élysée", "Ünal", "naïve", "\"quoted\"", "back\\slash", "tab\t",
        "line\nbreak",
        "bell\u{7}", "« guillemets »", "日本", "emoji 🚀", "", "x", "a/b", "\u{1F}",
    ]

    static func payload(_ rng: inout Rng) -> ArticleExtracted {
        func text() -> String {
            (0..<(1 + rng.int(3))).map { _ in pieces[rng.int(pieces.count)] }.joined(separator: " ")
        }
        func span() -> ArticleExtracted.Span { let s = rng.int(5000); return .init(start: s, end: s + rng.int(40)) }
        return ArticleExtracted(
            articleId: String(repeating: "ab", count: 32), extractor: "dossier-rules", extractorVersion: rng.int(9),
            entities: (0..<rng.int(8)).map { _ in
                .init(
                    id: "person:" + text(), type: "PERSON", label: text(),
                    mentions: (0..<rng.int(4)).map { _ in span() })
            },
            dates: (0..<rng.int(4)).map { _ in
                .init(
                    start: rng.int(99), end: 100 + rng.int(9), value: rng.int(2) == 0 ? nil : "2024-0\(1 + rng.int(9))")
            },
            quantities: (0..<rng.int(3)).map { _ in
                .init(start: rng.int(99), end: 120, value: "\(rng.int(9999))", unit: text())
            },
            facts: (0..<rng.int(3)).map { _ in
                .init(
                    subject: text(), predicate: "met", object: text(), start: 1, end: 2,
                    when: rng.int(2) == 0 ? nil : "2024")
            },
            statements: (0..<rng.int(3)).map { _ in .init(speaker: text(), start: 3, end: 4, cue: "said") },
            mergeCandidates: (0..<rng.int(2)).map { _ in
                .init(a: text(), b: text(), reason: "surname", score: -rng.int(5))
            })
    }

    @Test func agreesWithJSONDecoderOnCanonicalPayloads() throws {
        var rng = Rng(state: 11)
        for _ in 0..<300 {
            let value = Self.payload(&rng)
            let bytes = try CanonicalJSON.encode(value)
            let fast = try #require(ArticleExtracted.fastDecode(bytes))
            #expect(fast == value)
            #expect(fast == (try JSONDecoder().decode(ArticleExtracted.self, from: Data(bytes))))
        }
    }

    static let base =
        #"{"articleId":"a","dates":[],"entities":[{"id":"p","label":"L","mentions":[{"end":2,"start":1}],"type":"PERSON"}],"extractor":"x","extractorVersion":1,"facts":[],"mergeCandidates":[],"quantities":[],"statements":[]}"#

    @Test(arguments: [
        // Whitespace, other key order, unknown keys, explicit null, escapes: same value as JSONDecoder.
        #"{ "extractorVersion" : 1 , "articleId":"a","dates":[{"start":0,"end":1,"value":null}],"entities":[],"extractor":"x\u00e9\ud83d\ude80\/","facts":[],"mergeCandidates":[],"quantities":[],"statements":[],"extra":{"k":[1,true,false,null,"s"]}}"#
    ])
    func agreesOnOtherSpellings(_ json: String) throws {
        let fast = try #require(ArticleExtracted.fastDecode(Array(json.utf8)))
        #expect(fast == (try JSONDecoder().decode(ArticleExtracted.self, from: Data(json.utf8))))
    }

    @Test(arguments: [
        base.replacingOccurrences(of: #""extractor":"x","#, with: ""),  // missing key
        // repeated key
        base.replacingOccurrences(of: #""extractor":"x","#, with: #""extractor":"x","extractor":"y","#),
        base.replacingOccurrences(of: #""extractorVersion":1"#, with: #""extractorVersion":1.5"#),  // fraction
        base.replacingOccurrences(of: #""extractorVersion":1"#, with: #""extractorVersion":01"#),  // leading zero
        base.replacingOccurrences(of: #""extractorVersion":1"#, with: #""extractorVersion":99999999999999999999"#),
        base.replacingOccurrences(of: #""label":"L""#, with: #""label":"\ud800""#),  // lone surrogate
        base.replacingOccurrences(of: #""label":"L""#, with: "\"label\":\"a\u{1}b\""),  // raw control character
        base + "x", String(base.dropLast()), "[]", "",
    ])
    func givesUpWhenUnsure(_ json: String) {
        #expect(ArticleExtracted.fastDecode(Array(json.utf8)) == nil)
    }

    @Test func givesUpOnInvalidUTF8() {
        var bytes = Array(Self.base.utf8)
        let at = bytes.firstIndex(of: UInt8(ascii: "L"))!
        bytes[at] = 0xFF
        #expect(ArticleExtracted.fastDecode(bytes) == nil)
        #expect((try? JSONDecoder().decode(ArticleExtracted.self, from: Data(bytes))) == nil)
    }

    @Test func baseDecodes() throws {
        let fast = try #require(ArticleExtracted.fastDecode(Array(Self.base.utf8)))
        #expect(fast.entities.first?.mentions == [.init(start: 1, end: 2)])
    }
}
