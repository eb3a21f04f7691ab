import DossierEvents
import Foundation
import Testing

@testable import DossierProjection

@Suite struct CurationResolverTests {
    /// The resolver's fold without Foundation agrees with `TextSpans.fold` on every printable ASCII
    /// character, on words, and on what it hands over (white space runs, accents, empty text).
    @Test func asciiFoldAgreesWithTextSpansFold() {
        var samples = (0x20...0x7E).map { String(UnicodeScalar(UInt8($0))) }
        samples += [
            "Alias 12", "Mark A. Milley", "U.S. ARMY", "O'Brien-Smith [x]", "a  b", " lead", "trail ", "tab\there", "",
            "Émile Zola", "ＡＢＣ", "Straße",
        ]
        var rng = SeededRandom(state: 3)
        for _ in 0..<500 {
            let length = Int.random(in: 1...12, using: &rng)
            samples.append(
                String(decoding: (0..<length).map { _ in UInt8.random(in: 0x20...0x7E, using: &rng) }, as: UTF8.self))
        }
        for text in samples { #expect(CurationResolver.fold(text) == TextSpans.fold(text), "\(text.debugDescription)") }
    }
}
