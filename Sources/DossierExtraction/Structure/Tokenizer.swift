/// Splits the cleaned body into tokens and sentences, aware of French elision (l’, d’, qu’
/// with ’ or '), English possessives, « », digit grouping (13 000, 9,600) and abbreviations.
public enum Tokenizer {
    /// French elided words that are split off the following word.
    static let elisions: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu",
        "quoiqu", "presqu", "quelqu",
    ]
    /// Abbreviations whose period does not end a sentence (folded, without the period).
    static let abbreviations: Set<String> = [
        "m", "mm", "mme", "mmes", "mlle", "dr", "mr", "mrs", "ms", "gen", "lt", "col",
        "sgt", "capt", "maj", "adm", "sen", "rep", "gov", "pres", "st", "jr", "sr",
        "prof", "pr", "me", "mgr", "no", "vol", "art", "etc", "vs", "cf", "env", "av",
        "j.-c", "u.s", "u.k", "u.n", "e.u", "inc", "ltd", "co", "corp", "dept", "fig",
    ]

    /// Month abbreviations written with a period before a day ("Sept. 20", "janv. 3").
    static let monthAbbreviations: Set<String> = [
        "jan", "janv", "feb", "fev", "mar", "apr", "avr", "jun", "jul", "juil", "aug",
        "sep", "sept", "oct", "nov", "dec",
    ]

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
        return s.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }
    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    @inline(__always) static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    /// Tokenizes `scalars` (the body's Unicode scalars).
    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        var sentence = 0
        var paragraph = 0
        var sentenceOpen = false
        var spaceBefore = true
        func make(_ kind: Token.Kind, _ a: Int, _ b: Int, elision: Bool = false) {
            var text = String.UnicodeScalarView()
            var key = String.UnicodeScalarView()
            var upper = 0, lower = 0
            for k in a..<b {
                let s = scalars[k]
                text.append(s)
                TextFolding.appendFolded(s, to: &key)
                if s.isUppercase { upper += 1 } else if s.isLowercase { lower += 1 }
            }
            let first = scalars[a]
            let initial = !sentenceOpen && kind != .punct
            if kind != .punct { sentenceOpen = true }
            tokens.append(
                Token(
                    kind: kind, start: a, end: b, text: String(text), key: String(key),
                    capitalized: first.isUppercase, allCaps: upper >= 2 && lower == 0,
                    spaceBefore: spaceBefore, sentence: sentence, sentenceInitial: initial,
                    paragraph: paragraph, elision: elision))
            spaceBefore = false
        }
        while i < n {
            let s = scalars[i]
            if s == "\n" {
                if sentenceOpen { sentence += 1; sentenceOpen = false }
                paragraph += 1; spaceBefore = true; i += 1; continue
            }
            if s.isWhitespace { spaceBefore = true; i += 1; continue }
            if isLetter(s) {
                var j = i
                while j < n {
                    if isLetter(scalars[j]) || isDigit(scalars[j]) { j += 1; continue }
                    // Apostrophe inside a word: elision split, possessive split, or part of a name (O’Brien).
                    if isApostrophe(scalars[j]), j + 1 < n, isLetter(scalars[j + 1]) {
                        let head = TextFolding.fold(String(String.UnicodeScalarView(scalars[i..<j])))
                        if elisions.contains(head) { break }
                        let tailStart = j + 1
                        var t = tailStart
                        while t < n, isLetter(scalars[t]) { t += 1 }
                        let tail = TextFolding.fold(String(String.UnicodeScalarView(scalars[tailStart..<t])))
                        if tail == "s" || tail == "t" || tail == "ll" || tail == "re" || tail == "ve" || tail == "d"
                            || tail == "m"
                        {
                            break
                        }
                        j += 1; continue
                    }
                    break
                }
                if j < n, isApostrophe(scalars[j]),
                    elisions.contains(TextFolding.fold(String(String.UnicodeScalarView(scalars[i..<j])))),
                    j + 1 < n, isLetter(scalars[j + 1]) || scalars[j + 1] == "\u{201C}" || scalars[j + 1] == "\""
                {
                    make(.word, i, j + 1, elision: true)
                    i = j + 1; continue
                }
                make(.word, i, j)
                i = j; continue
            }
            if isDigit(s) {
                var j = i
                while j < n, isDigit(scalars[j]) { j += 1 }
                var lead = j - i
                while j < n {
                    let sep = scalars[j]
                    let spaceSep = sep == " " || sep == "\u{A0}" || sep == "\u{202F}" || sep == "\u{2009}"
                    let markSep = sep == "," || sep == "."
                    guard spaceSep || markSep else { break }
                    var k = j + 1
                    while k < n, isDigit(scalars[k]) { k += 1 }
                    let digits = k - j - 1
                    if digits == 0 { break }
                    if digits == 3 && (markSep || lead <= 3) { j = k; lead = 3; continue }
                    if markSep { j = k }
                    break
                }
                make(.number, i, j)
                i = j; continue
            }
            // Punctuation: one scalar per token.
            make(.punct, i, i + 1)
            if s == "." || s == "!" || s == "?" || s == "…" {
                if endsSentence(scalars, at: i, tokens: tokens) { sentence += 1; sentenceOpen = false }
            }
            i += 1
        }
        return tokens
    }

    /// "in 1987.In an opinion piece", "the internet."The president's": scraped text that lost the space after a
    /// sentence. The mark at `i` ends one when a lowercase word of three letters or more, or a number, comes
    /// before it and a capitalized word (an uppercase letter then a lowercase one) right after it (at `next`).
    static func gluedSentence(_ scalars: [Unicode.Scalar], at i: Int, next: Int, tokens: [Token]) -> Bool {
        guard scalars[i] != "…", tokens.count >= 2, next + 1 < scalars.count, scalars[next].isUppercase,
            scalars[next + 1].isLowercase
        else { return false }
        let previous = tokens[tokens.count - 2]
        guard previous.end == i else { return false }
        switch previous.kind {
        case .number: return previous.text.unicodeScalars.count >= 2
        case .word:
            return previous.text.unicodeScalars.count >= 3 && previous.text.unicodeScalars.last!.isLowercase
                && !abbreviations.contains(previous.key)
        default: return false
        }
    }

    /// Whether the terminal mark at `i` ends a sentence: not after an abbreviation or an initial,
    /// and followed by space then an uppercase letter, a quote or a digit.
    static func endsSentence(_ scalars: [Unicode.Scalar], at i: Int, tokens: [Token]) -> Bool {
        if scalars[i] == ".", tokens.count >= 2 {
            let previous = tokens[tokens.count - 2]
            if previous.end == i, previous.kind == .word {
                if abbreviations.contains(previous.key) { return false }
                if previous.text.unicodeScalars.count == 1, previous.capitalized { return false }
                // "Sept. 20", "Oct. 11": a month abbreviation before a day number.
                if previous.capitalized, monthAbbreviations.contains(previous.key), i + 2 < scalars.count,
                    scalars[i + 1] == " ",
                    isDigit(scalars[i + 2])
                {
                    return false
                }
            }
        }
        var j = i + 1
        while j < scalars.count,
            scalars[j] == "." || scalars[j] == "»" || scalars[j] == "”" || scalars[j] == "\"" || scalars[j] == ")"
        { j += 1 }
        guard j < scalars.count else { return true }
        if scalars[j] == "\n" { return true }
        guard scalars[j].isWhitespace else { return gluedSentence(scalars, at: i, next: j, tokens: tokens) }
        while j < scalars.count, scalars[j].isWhitespace, scalars[j] != "\n" { j += 1 }
        guard j < scalars.count else { return true }
        let next = scalars[j]
        return next.isUppercase || isDigit(next) || "«“\"‘'(–—-".unicodeScalars.contains(next)
            || next == "\n"
    }
}
