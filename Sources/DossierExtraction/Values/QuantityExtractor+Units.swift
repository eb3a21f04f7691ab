/// Counted nouns behind an adjective ("30 military trucks", "1,200 cubic metres per second"), clock times,
/// and number words that refer back instead of counting ("les deux hommes", "nos deux peuples").
extension QuantityExtractor {
    /// Measure modifiers kept in the unit ("cubic metre", "square kilometre").
    static let measureModifiers: [String: String] = [
        "cubic": "cubic", "square": "square", "cubes": "cubic", "cube": "cubic",
        "carres": "square", "carre": "square",
    ]
    /// Units of measure (folded) that stand before a modifier in French ("mètres cubes").
    static let measureUnits: Set<String> = [
        "metres", "metre", "meters", "meter", "kilometres", "kilometers", "km", "m",
    ]
    /// Possessive determiners: "nos deux peuples" names known things, it does not count them.
    static let possessives: Set<String> = [
        "nos", "vos", "leurs", "ses", "mes", "tes", "our", "your", "their", "his", "her", "its", "my",
    ]

    /// When token `n` is a modifier and `n + 1` the counted noun, the noun's index and a measure modifier if any.
    static func modifiedNoun(_ t: [Token], _ n: Int) -> (noun: Int, modifier: String?)? {
        guard n >= 0, n + 1 < t.count, t[n].kind == .word, t[n + 1].kind == .word, !t[n].capitalized,
            !t[n + 1].capitalized,
            t[n + 1].spaceBefore, unitNames[t[n].key] == nil, !functionWords.contains(t[n].key),
            !timeUnits.contains(t[n].key)
        else { return nil }
        let next = t[n + 1]
        if measureUnits.contains(t[n].key), let modifier = measureModifiers[next.key] { return (n, modifier) }
        guard !functionWords.contains(next.key), !timeUnits.contains(next.key), next.key.count >= 3 else { return nil }
        guard unitNames[next.key] != nil || plausiblePlural(next), !plausiblePlural(t[n]) else { return nil }
        return (n + 1, measureModifiers[t[n].key])
    }

    /// "per second", "par seconde", "a day" at token `k`: the rate's name and the index past it.
    static func rate(_ t: [Token], at k: Int) -> (name: String, end: Int)? {
        guard k + 1 < t.count, ["per", "par", "a", "an"].contains(t[k].key), t[k].text != "à" else { return nil }
        let names = [
            "second": "second", "seconde": "second", "minute": "minute", "hour": "hour", "heure": "hour", "day": "day",
            "jour": "day", "year": "year", "an": "year", "annee": "year", "month": "month", "mois": "month",
            "week": "week",
            "semaine": "week", "capita": "capita", "habitant": "inhabitant", "person": "person",
        ]
        return names[t[k + 1].key].map { ($0, k + 2) }
    }

    /// "07h45", "18h", "9:30": a time of day, not an amount.
    static func isClockTime(_ t: [Token], _ i: Int) -> Bool {
        guard i + 1 < t.count, !t[i + 1].spaceBefore else { return false }
        let next = t[i + 1].key
        if next == "h" || (next.hasPrefix("h") && next.dropFirst().allSatisfy(\.isNumber) && next.count <= 3) {
            return true
        }
        if next == ":", i + 2 < t.count, !t[i + 2].spaceBefore, t[i + 2].kind == .number, t[i + 2].text.count == 2 {
            return true
        }
        return false
    }

    /// A number word after a possessive, or "les deux"/"the two" (a known pair), refers back rather than counts.
    static func isAnaphoric(_ t: [Token], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        if possessives.contains(t[i - 1].key) { return true }
        return ["les", "the", "ces", "these", "those"].contains(t[i - 1].key) && ["deux", "two"].contains(t[i].key)
    }
}
