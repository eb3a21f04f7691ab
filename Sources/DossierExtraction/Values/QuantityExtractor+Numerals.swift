/// Reading a number as newsrooms write it: digit groups with spaces, no-break spaces or apostrophes
/// ("300 000", "320'000", "40’000"), decimal commas and points ("1,8", "1.2871"), scale words and
/// abbreviations ("2,5 milliards", "$1.13bn", "£600m"), number words ("deux cents", "twenty-five",
/// "un millier", "half a trillion").
extension QuantityExtractor {
    /// A number read at a token: its digits, the power of ten it is scaled by, and the token past it.
    struct Numeral {
        /// Integer digits.
        var integer: String
        /// Fraction digits (no trailing zeros).
        var fraction: String
        /// Power of ten from scale words.
        var scale: Int
        /// Index of the first token after the number (and its scale).
        var end: Int
        /// True when written in words.
        var isWord: Bool
        /// True when an abbreviated scale ("m", "bn", "k") was glued to the digits.
        var gluedScale: Bool

        /// The canonical decimal string, or nil when the number is beyond any amount a text reports.
        var value: String? { QuantityExtractor.scaledBounded(integer, fraction, by: scale) }
    }

    /// Largest number of integer digits a value may have once scaled (10^21: far beyond any real amount).
    static let maxIntegerDigits = 21
    /// Largest number of fraction digits kept.
    static let maxFractionDigits = 12

    /// Scale abbreviations glued to the digits or after them ("1.13bn", "600m", "5 Md").
    static let scaleAbbreviations: [String: Int] = [
        "bn": 9, "b": 9, "m": 6, "mn": 6, "mln": 6, "k": 3, "tn": 12, "trn": 12,
        "md": 9, "mds": 9, "mrd": 9, "mrd.": 9,
    ]
    /// Scale words in full (fr, en, de, es); "billion" is the English 10^9.
    static let scaleWords: [String: Int] = [
        "milliard": 9, "milliards": 9, "billion": 9, "billions": 9, "million": 6, "millions": 6,
        "millones": 6, "millon": 6, "milliarden": 9, "millionen": 6, "mille": 3, "thousand": 3,
        "thousands": 3, "mil": 3, "tausend": 3, "trillion": 12, "trillions": 12, "millier": 3,
        "milliers": 3,
    ]
    /// Number words making up compounds ("vingt-cinq", "quatre-vingt-dix", "two hundred", "twenty-five").
    static let compoundWords: [String: Int] = {
        var words = numberWords.filter { !otherLanguageNumberWords.contains($0.key) }
        for (w, v) in [
            "dix-sept": 17, "soixante-dix": 70, "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17,
            "eighteen": 18, "nineteen": 19, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "six": 6,
            "cents": 100, "hundred": 100, "hundreds": 100, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
        ] {
            words[w] = v
        }
        return words
    }()

    /// Spanish and German number words, left out of compounds: "dos" and "tres" are French words too.
    static let otherLanguageNumberWords: Set<String> = [
        "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
        "veinte", "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun",
        "zehn", "zwanzig",
    ]

    /// `integer.fraction × 10^scale` as a canonical decimal (the scale may be negative for sub-units),
    /// nil when absurdly long: a 500-digit number is no amount a text reports.
    static func scaledBounded(_ integer: String, _ fraction: String, by scale: Int) -> String? {
        guard integer.count + max(scale, 0) <= maxIntegerDigits, fraction.count <= maxFractionDigits else { return nil }
        var integer = integer, fraction = fraction, scale = scale
        // A negative scale moves the point left: pad with zeros so that the shift stays within the digits.
        if scale < 0 {
            let shift = -scale
            if integer.count <= shift { integer = String(repeating: "0", count: shift - integer.count + 1) + integer }
            fraction = String(integer.suffix(shift)) + fraction
            integer = String(integer.dropLast(shift))
            scale = 0
        }
        let v = scaled(integer, fraction, by: scale)
        let intDigits = v.split(separator: ".", maxSplits: 1).first.map(\.count) ?? 0
        return intDigits > maxIntegerDigits ? nil : v
    }

    /// Reads the number starting at token `i`, or nil when there is none.
    static func numeral(_ t: [Token], at i: Int) -> Numeral? {
        guard i < t.count else { return nil }
        var n: Numeral
        if t[i].kind == .number {
            var text = t[i].text
            var k = i + 1
            // Swiss and some wire copy group thousands with an apostrophe: "320'000", "40’000", "1'250'000".
            while k + 1 < t.count, t[k].key == "'", !t[k].spaceBefore, !t[k + 1].spaceBefore, t[k + 1].kind == .number,
                t[k + 1].text.prefix(while: { $0.isASCII && $0.isNumber }).count == 3, text.count < 64
            {
                text += t[k + 1].text; k += 2
            }
            guard let d = decimal(text) else { return nil }
            n = Numeral(integer: d.integer, fraction: d.fraction, scale: 0, end: k, isWord: false, gluedScale: false)
        } else if let w = words(t, at: i) {
            n = w
        } else {
            return nil
        }
        applyScale(t, &n)
        return n
    }

    /// Scale words and abbreviations after a number, and "et demi"/"and a half" after a scale word.
    static func applyScale(_ t: [Token], _ n: inout Numeral) {
        var k = n.end
        if n.scale == 0 {
            guard k < t.count else { return }
            if !t[k].spaceBefore, t[k].kind == .word, let s = scaleAbbreviations[t[k].key], !n.isWord {
                n.scale = s; n.gluedScale = true
            } else if let s = scaleWords[t[k].key] {
                n.scale = s
            } else if t[k].spaceBefore, !n.isWord, let s = spacedAbbreviations[t[k].key] {
                n.scale = s
            } else {
                return
            }
            k += 1
        }
        // "un million et demi", "a million and a half".
        if k + 1 < t.count, ["et", "and"].contains(t[k].key) {
            if t[k + 1].key == "demi" {
                addHalf(&n); k += 2
            } else if k + 2 < t.count, t[k + 1].key == "a", t[k + 2].key == "half" {
                addHalf(&n); k += 3
            }
        }
        n.end = k
    }

    /// Scale abbreviations that stand apart from the digits ("2,5 Mds", "5 bn").
    static let spacedAbbreviations: [String: Int] = ["bn": 9, "mn": 6, "mln": 6, "md": 9, "mds": 9, "mrd": 9, "tn": 12]

    /// Adds one half of the scale unit to a whole numeral ("un million et demi").
    static func addHalf(_ n: inout Numeral) {
        guard n.fraction.isEmpty, n.scale > 0 else { return }
        n.fraction = "5"
    }

    /// A number in words at `i`: compounds ("deux cents", "vingt-cinq", "quatre-vingt-dix", "twenty-five",
    /// "two hundred and five"), "un/a/one" before a scale ("un millier", "a million"), halves ("half a trillion",
    /// "un demi-million").
    static func words(_ t: [Token], at i: Int) -> Numeral? {
        guard t[i].kind == .word else { return nil }
        let key = t[i].key
        if key == "half", i + 2 < t.count, ["a", "an"].contains(t[i + 1].key), let s = scaleWords[t[i + 2].key], s >= 6
        {
            return Numeral(integer: "0", fraction: "5", scale: s, end: i + 3, isWord: true, gluedScale: false)
        }
        if oneWords.contains(key) || key == "one" {
            if i + 1 < t.count, let s = scaleWords[t[i + 1].key], s >= 3, t[i + 1].key != "mil" {
                return Numeral(integer: "1", fraction: "", scale: s, end: i + 2, isWord: true, gluedScale: false)
            }
            var k = i + 1
            guard k < t.count, t[k].key == "demi" else { return nil }
            k += 1
            if k < t.count, t[k].text == "-" { k += 1 }
            guard k < t.count, let s = scaleWords[t[k].key], s >= 6 else { return nil }
            return Numeral(integer: "0", fraction: "5", scale: s, end: k + 1, isWord: true, gluedScale: false)
        }
        guard compoundWords[key] != nil else { return nil }
        var total = 0, k = i, previous = ""
        // Bounded: "cent cent cent …" must not overflow.
        while k < t.count, total < 1_000_000_000, let v = compoundWords[t[k].key] {
            let w = t[k].key
            if v == 100 {
                total = max(total, 1) * 100
            } else if (w == "vingt" || w == "vingts") && previous == "quatre" {
                total += 76
            } else {
                total += v
            }
            previous = w
            k += 1
            guard k < t.count else { break }
            // Next word of the compound: after a hyphen ("vingt-cinq"), "et/and" + a unit ("vingt et un",
            // "hundred and five"), or side by side around "cent"/"hundred" ("deux cent cinquante").
            if t[k].text == "-", !t[k].spaceBefore, k + 1 < t.count, !t[k + 1].spaceBefore {
                if compoundWords[t[k + 1].key] != nil { k += 1; continue }
                if ["un", "une", "one"].contains(t[k + 1].key) { total += 1; k += 2 }
                break
            }
            if ["et", "and"].contains(t[k].key), k + 1 < t.count, total % 10 == 0, total >= 20 {
                if ["un", "une", "one"].contains(t[k + 1].key) { total += 1; k += 2; break }
                if total % 100 == 0, let next = compoundWords[t[k + 1].key], next < 100 { k += 1; continue }
                break
            }
            if let next = compoundWords[t[k].key], next == 100 || v == 100 { continue }
            break
        }
        return Numeral(integer: String(total), fraction: "", scale: 0, end: k, isWord: true, gluedScale: false)
    }
}
