import Testing

@testable import DossierExtraction

/// The speed paths answer exactly as the general code they stand in for: the byte pre-test of cue
/// phrases, the open-addressing index of the tagger and lexicon, the ASCII letter tests.
@Suite struct FastPathTests {
    @Test func cuePhrasesAnswerAsStringContains() {
        let phrases = ["lire aussi", "/ap photo", "à lire", "ÉDITION", "K9 unit", "é", "", "photo;"]
        let lines = [
            "À lire aussi : la suite", "à lire aussi", "Jeff Roberson/AP Photo", "jeff roberson/ap photo",
            "édition du soir", "k9 unit", "the \u{212A}9 unit", "cafe\u{301}", "café", "photo\u{37E}", "", "lire",
        ]
        for phrase in phrases {
            let cue = CuePhrase(phrase)
            for line in lines {
                #expect(cue.isContained(in: line) == line.contains(phrase), "'\(phrase)' in '\(line)'")
                #expect(cue.isContained(in: line.lowercased()) == line.lowercased().contains(phrase))
            }
        }
    }

    @Test func hashIndexStoresGrowsAndRefusesDuplicates() {
        var index = HashIndex(capacity: 2)
        var reference: [UInt64: Int32] = [:]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for n in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let key = n % 7 == 0 ? UInt64(n / 7) : state  // small keys as well as spread ones
            let fresh = reference[key] == nil
            #expect(index.insert(key, value: Int32(n)) == fresh)
            if fresh { reference[key] = Int32(n) }
        }
        for (key, value) in reference { #expect(index[key] == value) }
        #expect(index[0xDEAD_BEEF_0000_0001] == nil || reference[0xDEAD_BEEF_0000_0001] != nil)
        #expect(!index.contains(UInt64.max) || reference[UInt64.max] != nil)
    }

    @Test func asciiLetterTestsMatchUnicodeProperties() {
        let samples = (0..<0x250).compactMap(Unicode.Scalar.init) + ["\u{2002}", "\u{3000}", "\u{1E9E}", "\u{212A}"]
        for s in samples {
            #expect(s.isUppercase == s.properties.isUppercase, "\(s.value)")
            #expect(s.isLowercase == s.properties.isLowercase, "\(s.value)")
            #expect(s.isAlphabetic == s.properties.isAlphabetic, "\(s.value)")
            #expect(s.isWhitespace == s.properties.isWhitespace, "\(s.value)")
        }
    }
}
