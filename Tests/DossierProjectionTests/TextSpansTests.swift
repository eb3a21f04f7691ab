import Testing

@testable import DossierProjection

@Suite struct TextSpansTests {
    @Test(arguments: [
        "plain ASCII text, nothing else", "Élysée : « Macron » a reçu Zelensky 🚀 à Kyiv",
        "e\u{301}cole — 日本語 \u{1F1EB}\u{1F1F7}", "",
    ])
    func utf8SlicesEqualScalarSlices(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let spans = TextSpans.UTF8Spans(text)
        #expect(spans.count == scalars.count)
        for start in -1...(scalars.count + 1) {
            for end in (start - 1)...(scalars.count + 2) {
                #expect(spans.slice(start, end) == TextSpans.slice(scalars, start, end), "[\(start), \(end))")
            }
        }
    }
}
