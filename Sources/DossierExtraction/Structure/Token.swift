/// A token of the cleaned body with its `[start, end)` Unicode scalar span.
public struct Token: Sendable, Equatable {
    /// What a token is made of.
    public enum Kind: Sendable, Equatable { case word, number, punct }
    /// Kind of token.
    public var kind: Kind
    /// First scalar offset.
    public var start: Int
    /// One past the last scalar offset.
    public var end: Int
    /// The token's text as in the body.
    public var text: String
    /// Lowercased, accent-free, apostrophes as `'`: the matching key.
    public var key: String
    /// True when the first letter is uppercase.
    public var capitalized: Bool
    /// True when every letter is uppercase (and there are at least two).
    public var allCaps: Bool
    /// True when white space separates it from the previous token.
    public var spaceBefore: Bool
    /// Index of the sentence holding it.
    public var sentence: Int
    /// True for the first word-or-number token of its sentence (after opening quotes).
    public var sentenceInitial: Bool
    /// Index of the paragraph (line) holding it.
    public var paragraph: Int
    /// True for a French elided article or particle (`l’`, `d’`, `qu’`).
    public var elision: Bool
}

extension Token {
    /// True for a quotation mark (« » “ ” " „).
    var isQuoteMark: Bool { kind == .punct && ["«", "»", "“", "”", "\"", "„"].contains(text) }

    /// True when the paragraph made of `tokens[paragraph]` is a headline or subheading: at most 20 tokens, and no
    /// final punctuation after its last token that is not a quotation mark.
    static func isHeading(_ tokens: [Token], _ paragraph: Range<Int>) -> Bool {
        guard paragraph.count <= 20, let last = paragraph.last(where: { !tokens[$0].isQuoteMark }) else { return false }
        return ![".", "!", "?", "…", ":"].contains(tokens[last].text)
    }
}

/// Folding used for keys and ids: lowercase, diacritics removed, typographic apostrophes as `'`.
public enum TextFolding {
    /// Folds one string.
    public static func fold(_ text: String) -> String {
        // ASCII (most keys): only A-Z change, byte for byte.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            appendFolded(scalar, to: &out)
        }
        return String(out)
    }

    /// Appends the folded form of one scalar.
    @inline(__always)
    static func appendFolded(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A, let lower = Unicode.Scalar(v + 32) {
                out.append(lower)
            } else {
                out.append(scalar)
            }
            return
        }
        switch v {
        case 0x2019, 0x2018, 0x02BC, 0x00B4: out.append("'"); return
        case 0x2010, 0x2011, 0x2012: out.append("-"); return
        case 0x00DF: out.append("s"); out.append("s"); return
        case 0x0153, 0x0152: out.append("o"); out.append("e"); return
        case 0x00E6, 0x00C6: out.append("a"); out.append("e"); return
        default: break
        }
        if let base = baseLetter(scalar) { out.append(base); return }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
    }

    /// The unaccented lowercase ASCII letter of a Latin-1/Latin Extended-A letter, if any.
    static func baseLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        guard v >= 0xC0 && v <= 0x17F else { return nil }
        for (range, base) in baseTable where range.contains(v) { return base }
        return nil
    }

    /// Latin-1 and Latin Extended-A letters by unaccented base.
    static let baseTable: [(ClosedRange<UInt32>, Unicode.Scalar)] = [
        (0xC0...0xC5, "a"), (0xC7...0xC7, "c"), (0xC8...0xCB, "e"), (0xCC...0xCF, "i"), (0xD1...0xD1, "n"),
        (0xD2...0xD6, "o"), (0xD8...0xD8, "o"), (0xD9...0xDC, "u"), (0xDD...0xDD, "y"), (0xE0...0xE5, "a"),
        (0xE7...0xE7, "c"), (0xE8...0xEB, "e"), (0xEC...0xEF, "i"), (0xF1...0xF1, "n"), (0xF2...0xF6, "o"),
        (0xF8...0xF8, "o"), (0xF9...0xFC, "u"), (0xFD...0xFD, "y"), (0xFF...0xFF, "y"), (0x100...0x105, "a"),
        (0x106...0x10D, "c"), (0x10E...0x111, "d"), (0x112...0x11B, "e"), (0x11C...0x123, "g"), (0x124...0x127, "h"),
        (0x128...0x131, "i"), (0x134...0x135, "j"), (0x136...0x138, "k"), (0x139...0x142, "l"), (0x143...0x14B, "n"),
        (0x14C...0x151, "o"), (0x154...0x159, "r"), (0x15A...0x161, "s"), (0x162...0x167, "t"), (0x168...0x173, "u"),
        (0x174...0x175, "w"), (0x176...0x178, "y"), (0x179...0x17E, "z"),
    ]

    /// An id slug: folded, letters and digits kept, every other run turned into one `-`; apostrophes dropped.
    public static func slug(_ text: String) -> String {
        var out = ""
        var dash = false
        for scalar in fold(text).unicodeScalars {
            if scalar == "'" { continue }
            if scalar.isAlphabetic || ("0"..."9").contains(scalar) {
                if dash && !out.isEmpty { out.append("-") }
                dash = false
                out.unicodeScalars.append(scalar)
            } else {
                dash = true
            }
        }
        return out
    }
}
