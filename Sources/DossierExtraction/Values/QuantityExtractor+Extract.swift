/// The scan for quantities.
extension QuantityExtractor {
    /// Function words never taken as a counted noun.
    static let functionWords: Set<String> = {
        var words = Set<String>()
        for profile in LanguageIdentifier.profiles { words.formUnion(profile.words) }
        words.formUnion(["avant", "apres", "contre", "dont", "puis", "en", "et", "entre", "vers", "chez", "sans", "sous",
                         "before", "after", "against", "then", "between", "into", "under", "than", "per", "each", "plus",
                         "moins", "environ", "about", "around", "ou", "or", "y", "a", "to", "de", "of"])
        return words
    }()
    /// Adjectives allowed between the number and the noun.
    static let fillers: Set<String> = ["autres", "other", "more", "nouveaux", "nouvelles", "new", "anciens", "former",
                                       "premiers", "derniers", "last", "first", "supplementaires", "additional", "otros", "weitere"]

    /// Extracts quantities, skipping tokens already used by dates.
    public static func extract(_ t: [Token], dates: [FoundDate], isDemonym: (String) -> Bool) -> [FoundQuantity] {
        var used = [Bool](repeating: false, count: t.count)
        for d in dates { for k in d.tokens { used[k] = true } }
        var found: [FoundQuantity] = []
        var i = 0
        while i < t.count {
            defer { i += 1 }
            guard !used[i] else { continue }
            let tok = t[i]
            var value: (integer: String, fraction: String)?
            var isWord = false
            if tok.kind == .number {
                // Ordinals ("20th", "30e", "1er") are not amounts.
                if i + 1 < t.count, !t[i + 1].spaceBefore, ["th", "st", "nd", "rd", "e", "eme", "er", "re", "o", "a"].contains(t[i + 1].key) { continue }
                if i > 0, !tok.spaceBefore, t[i - 1].kind == .word || t[i - 1].text == "-" { continue }
                if isClockTime(t, i) { continue }
                value = decimal(tok.text)
            } else if let n = numberWords[tok.key], tok.kind == .word {
                if i > 0, ["tous", "toutes", "all", "both"].contains(t[i - 1].key) { continue }
                if isAnaphoric(t, i) { continue }
                value = (String(n), ""); isWord = true
            }
            guard let (integer, fraction) = value else { continue }
            var k = i + 1
            var scale = 0
            var start = i
            if i > 0, t[i - 1].text == "$" || t[i - 1].text == "€" || t[i - 1].text == "£" { start = i - 1 }
            if k < t.count, let m = multipliers[t[k].key] { scale = m; k += 1 }
            if k < t.count, t[k].text == "%" {
                found.append(make(t, start, k + 1, scaled(integer, fraction, by: scale), "percent")); used[k] = true; i = k; continue
            }
            if start < i {
                found.append(make(t, start, k, scaled(integer, fraction, by: scale), t[start].text == "$" ? "dollar" : t[start].text == "€" ? "euro" : "pound"))
                i = k - 1; continue
            }
            if k + 1 < t.count, ["pour", "per"].contains(t[k].key), ["cent", "cents"].contains(t[k + 1].key) {
                found.append(make(t, i, k + 2, scaled(integer, fraction, by: scale), "percent")); i = k + 1; continue
            }
            if scale > 0, k < t.count, ["de", "d'", "of"].contains(t[k].key) { k += 1 }
            // Preceding-adjective demonym: "2,500 American soldiers".
            var n = k
            while n < t.count, n < k + 2, fillers.contains(t[n].key) || (t[n].capitalized && isDemonym(t[n].text) && n + 1 < t.count
                    && !t[n + 1].capitalized && t[n + 1].kind == .word && !functionWords.contains(t[n + 1].key)) { n += 1 }
            if n < t.count, t[n].capitalized, !t[n].sentenceInitial, isDemonym(t[n].text) {
                found.append(make(t, i, n + 1, scaled(integer, fraction, by: scale), "person")); i = n; continue
            }
            if n < t.count, t[n].kind == .word, !t[n].capitalized || t[n].sentenceInitial || isWord && t[n].capitalized == false {
                var modifier: String?
                var tail = n + 1
                if let m = modifiedNoun(t, n) { modifier = m.modifier; tail = m.noun == n ? n + 2 : m.noun + 1; n = m.noun }
                let key = t[n].key
                if timeUnits.contains(key) { continue }
                var unit = unitNames[key] ?? (functionWords.contains(key) || key.count < 3 ? nil : singular(key))
                if let u = unit, let modifier { unit = modifier + " " + u }
                if let u = unit, let r = rate(t, at: tail) { unit = u + " per " + r.name; tail = r.end }
                if let unit, !isWord || plausiblePlural(t[n]) {
                    var end = max(n + 1, tail)
                    while end < t.count, end < n + 2, !t[end].capitalized, isDemonym(t[end].text) { end += 1 }
                    found.append(make(t, i, end, scaled(integer, fraction, by: scale), unit))
                    i = end - 1; continue
                }
            }
            guard !isWord, tok.kind == .number else { continue }
            if let q = bare(t, at: i, value: scaled(integer, fraction, by: scale), end: k, found: found) { found.append(q) }
        }
        return found
    }

    /// A bare number whose counted thing is given by the context: a list ("5 000 soldats en juin puis 4 500"),
    /// a partitive ("1500 de vos amis") or a noun before it ("le contingent américain à 2500").
    static func bare(_ t: [Token], at i: Int, value: String, end: Int, found: [FoundQuantity]) -> FoundQuantity? {
        let tok = t[i]
        if tok.text.count == 4, let y = Int(tok.text), (1900...2100).contains(y) { return nil }
        if end + 2 < t.count, ["de", "d'", "of"].contains(t[end].key),
           ["vos", "nos", "leurs", "ses", "ces", "des", "les", "their", "our", "your", "these", "the", "those"].contains(t[end + 1].key) {
            var n = end + 2
            while n < t.count, fillers.contains(t[n].key) { n += 1 }
            if n < t.count, t[n].kind == .word, !functionWords.contains(t[n].key) {
                return make(t, i, end, value, unitNames[t[n].key] ?? singular(t[n].key))
            }
        }
        if let last = found.last, t[last.tokens.lowerBound].sentence == tok.sentence, i - last.tokens.upperBound <= 6,
           t[last.tokens.upperBound..<i].contains(where: { ["puis", "et", "then", "and", "ou", "or", ","].contains($0.key) }) {
            return make(t, i, end, value, last.unit)
        }
        var k = i - 1
        while k >= 0, k >= i - 5, t[k].sentence == tok.sentence {
            if let unit = contextNouns[t[k].key] { return make(t, i, end, value, unit) }
            k -= 1
        }
        return nil
    }

    /// A plural-looking noun (for number words): ends in s or x, not a participle.
    static func plausiblePlural(_ token: Token) -> Bool {
        let text = token.text.lowercased()
        if unitNames[token.key] != nil { return true }
        guard text.hasSuffix("s") || text.hasSuffix("x") || ["men", "people", "children", "women"].contains(text) else { return false }
        return !(text.hasSuffix("és") || text.hasSuffix("ées") || text.hasSuffix("is") || text.hasSuffix("us") || text.hasSuffix("ants") || text.hasSuffix("ents"))
    }

    /// A crude singular: drops a final s.
    static func singular(_ key: String) -> String {
        if key.hasSuffix("ies") && key.count > 4 { return String(key.dropLast(3)) + "y" }
        return key.hasSuffix("s") && key.count > 3 ? String(key.dropLast()) : key
    }

    /// Builds a quantity over tokens `a..<b`.
    static func make(_ t: [Token], _ a: Int, _ b: Int, _ value: String, _ unit: String) -> FoundQuantity {
        FoundQuantity(tokens: a..<b, start: t[a].start, end: t[b - 1].end, value: value, unit: unit)
    }
}
