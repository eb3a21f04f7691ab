/// The scan for quantities.
extension QuantityExtractor {
    /// Function words never taken as a counted noun.
    static let functionWords: Set<String> = {
        var words = Set<String>()
        for profile in LanguageIdentifier.profiles { words.formUnion(profile.words) }
        words.formUnion([
            "avant", "apres", "contre", "dont", "puis", "en", "et", "entre", "vers", "chez", "sans", "sous",
            "before", "after", "against", "then", "between", "into", "under", "than", "per", "each", "plus",
            "moins", "environ", "about", "around", "ou", "or", "y", "a", "to", "de", "of",
        ])
        return words
    }()
    /// Adjectives allowed between the number and the noun.
    static let fillers: Set<String> = [
        "autres", "other", "more", "nouveaux", "nouvelles", "new", "anciens", "former",
        "premiers", "derniers", "last", "first", "supplementaires", "additional", "otros", "weitere",
    ]

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
            let isWord: Bool
            if tok.kind == .number {
                // Ordinals ("20th", "30e", "1er") are not amounts.
                if i + 1 < t.count, !t[i + 1].spaceBefore,
                    ["th", "st", "nd", "rd", "e", "eme", "er", "re", "o", "a"].contains(t[i + 1].key)
                {
                    continue
                }
                // Digits glued to a word ("H5N1", "Covid-19", "Paris-2024") are names, unless the word is a currency ("CHF35").
                // "60-65%" is a range: the digits after the dash count.
                let rangeDash =
                    i >= 2 && t[i - 1].text == "-" && t[i - 2].kind == .number && tok.text != "0"
                    && t[i - 2].text != "0"
                if i > 0, !tok.spaceBefore, t[i - 1].kind == .word || t[i - 1].text == "-", !rangeDash,
                    currencyBefore(t, i) == nil
                {
                    continue
                }
                // An exponent ("1e999") or digits glued to letters that are no unit: not an amount.
                if i + 1 < t.count, !t[i + 1].spaceBefore, t[i + 1].kind == .word,
                    t[i + 1].key.contains(where: { $0.isNumber })
                {
                    continue
                }
                if isClockTime(t, i) { continue }
                // A rank, not an amount: "numéro 1", "number 10", "n° 3".
                if i > 0, ["numero", "number", "n°"].contains(t[i - 1].key) || t[i - 1].text == "°" { continue }
                isWord = false
            } else if tok.kind == .word,
                compoundWords[tok.key] != nil || oneWords.contains(tok.key) || tok.key == "half"
            {
                if i > 0, ["tous", "toutes", "all", "both"].contains(t[i - 1].key) { continue }
                // A capitalized number word inside a sentence belongs to a name ("Seven Summit Treks", "les Quatre Saisons").
                if tok.capitalized, !tok.sentenceInitial { continue }
                if isAnaphoric(t, i) { continue }
                isWord = true
            } else {
                continue
            }
            guard var num = numeral(t, at: i), num.end > i else { continue }
            // "un"/"a"/"half" count only before a scale word ("un millier", "a million", "half a trillion").
            if isWord, oneWords.contains(tok.key) || tok.key == "half", num.scale == 0 { continue }
            if isWord, num.integer == "0", num.fraction.isEmpty { continue }
            var k = num.end
            // Money written with a sign or code before the amount: "$1.13bn", "£600m", "CHF 35", "US$5", "Fr. 35".
            if let before = currencyBefore(t, i) {
                if let v = num.value { found.append(make(t, before.start, k, v, before.code)) }
                i = k - 1; continue
            }
            // "600m" is a length unless money follows ("600m euros").
            if num.gluedScale, t[num.end - 1].key == "m", currencyAfter(t, k, scaled: true) == nil {
                num.scale = 0
                if let v = num.value { found.append(make(t, i, num.end, v, "metre")) }
                i = num.end - 1; continue
            }
            guard let value = num.value else { i = num.end - 1; continue }
            if k < t.count, t[k].text == "%" {
                found.append(make(t, i, k + 1, value, "percent")); used[k] = true; i = k; continue
            }
            if k + 1 < t.count, ["pour", "per"].contains(t[k].key), ["cent", "cents"].contains(t[k + 1].key) {
                found.append(make(t, i, k + 2, value, "percent")); i = k + 1; continue
            }
            if let (unit, end) = percentagePoints(t, k) {
                found.append(make(t, i, end, value, unit)); i = end - 1; continue
            }
            if let (unit, end) = temperature(t, k) { found.append(make(t, i, end, value, unit)); i = end - 1; continue }
            if let money = currencyAfter(t, k, scaled: num.scale > 0) {
                if let v = scaledBounded(num.integer, num.fraction, by: num.scale + money.exponent) {
                    found.append(make(t, i, money.end, v, money.code))
                }
                i = money.end - 1; continue
            }
            if !isWord || num.scale == 0, num.fraction.isEmpty, let end = age(t, i, k, value: num.integer) {
                found.append(make(t, i, end, value, "year of age")); i = end - 1; continue
            }
            // "20 ans", "three years": a duration, whatever precedes it.
            if k < t.count, timeUnits.contains(t[k].key) { i = k; continue }
            if num.scale > 0, k < t.count, ["de", "d'", "of"].contains(t[k].key) { k += 1 }
            if let q = counted(t, i, k, value: value, isWord: isWord, isDemonym: isDemonym) {
                found.append(q); i = q.tokens.upperBound - 1; continue
            }
            guard !isWord, tok.kind == .number else { continue }
            if let q = bare(t, at: i, value: value, end: num.end, found: found) { found.append(q) }
        }
        return withRangeLowerBounds(t, found, used: used)
    }

    /// A count: the number followed by the noun it counts ("2500 soldats", "2,500 American soldiers",
    /// "30 military trucks", "1,200 cubic metres per second").
    static func counted(_ t: [Token], _ i: Int, _ k: Int, value: String, isWord: Bool, isDemonym: (String) -> Bool)
        -> FoundQuantity?
    {
        // A compound adjective: "a 28-nation alliance", "a 36-page report" (not "a 10-day trip", a duration).
        if k + 1 < t.count, t[k].text == "-", !t[k].spaceBefore, !t[k + 1].spaceBefore, t[k + 1].kind == .word, !isWord,
            !timeUnits.contains(t[k + 1].key), !functionWords.contains(t[k + 1].key), t[k + 1].key.count >= 3,
            !t[k + 1].key.contains(where: \.isNumber)
        {
            return make(t, i, k + 2, value, unitNames[t[k + 1].key] ?? singular(t[k + 1].key))
        }
        var n = k
        // Preceding-adjective demonym: "2,500 American soldiers".
        while n < t.count, n < k + 2,
            fillers.contains(t[n].key)
                || (t[n].capitalized && isDemonym(t[n].text) && n + 1 < t.count
                    && !t[n + 1].capitalized && t[n + 1].kind == .word && !functionWords.contains(t[n + 1].key))
        { n += 1 }
        if n < t.count, t[n].capitalized, !t[n].sentenceInitial, isDemonym(t[n].text) {
            return make(t, i, n + 1, value, "person")
        }
        guard n < t.count, t[n].kind == .word, t[n].paragraph == t[i].paragraph,
            t[n].spaceBefore || unitNames[t[n].key] != nil
        else { return nil }
        // A known counted noun may be capitalized ("27 Etats"); other capitalized words start a name.
        if t[n].capitalized, !t[n].sentenceInitial, unitNames[t[n].key] == nil {
            if let head = headNoun(t, n) {
                return make(t, i, head + 1, value, unitNames[t[head].key] ?? singular(t[head].key))
            }
            return nil
        }
        var modifier: String?
        var tail = n + 1
        if let m = modifiedNoun(t, n) { modifier = m.modifier; tail = m.noun == n ? n + 2 : m.noun + 1; n = m.noun }
        let key = t[n].key
        if timeUnits.contains(key) { return nil }
        // An adjective before a known unit: "3 petits degrés", "5 grands hôpitaux".
        if unitNames[key] == nil, modifier == nil, !functionWords.contains(key), n + 1 < t.count,
            t[n + 1].kind == .word, t[n + 1].spaceBefore,
            let u = unitNames[t[n + 1].key]
        {
            return make(t, i, n + 2, value, u)
        }
        // An adjective first: the noun comes later ("400 local governments").
        if unitNames[key] == nil, modifier == nil, !plausiblePlural(t[n]), let head = headNoun(t, n) {
            return make(t, i, head + 1, value, unitNames[t[head].key] ?? singular(t[head].key))
        }
        var unit = unitNames[key] ?? (functionWords.contains(key) || key.count < 3 ? nil : singular(key))
        if let u = unit, let modifier { unit = modifier + " " + u }
        if let u = unit, let r = rate(t, at: tail) { unit = u + " per " + r.name; tail = r.end }
        guard let unit, !isWord || plausiblePlural(t[n]) else {
            // The counted noun after modifiers: "nine border patrol stations", "400 local government entities".
            if let head = headNoun(t, n) {
                return make(t, i, head + 1, value, unitNames[t[head].key] ?? singular(t[head].key))
            }
            return nil
        }
        var end = max(n + 1, tail)
        while end < t.count, end < n + 2, !t[end].capitalized, isDemonym(t[end].text) { end += 1 }
        return make(t, i, end, value, unit)
    }

    /// The counted noun of a phrase starting at `n` after up to three modifiers (lowercase words, capitalized words,
    /// hyphenated parts): the first plural-looking word, or nil when a function word, a time unit or punctuation comes first.
    static func headNoun(_ t: [Token], _ n: Int) -> Int? {
        var j = n
        while j < t.count, j < n + 4 {
            let tok = t[j]
            if tok.text == "-", !tok.spaceBefore { j += 1; continue }
            guard tok.kind == .word, !functionWords.contains(tok.key), !timeUnits.contains(tok.key),
                j == n || tok.spaceBefore || t[j - 1].text == "-"
            else { return nil }
            if j > n, unitNames[tok.key] != nil || (plausiblePlural(tok) && tok.key.count >= 4) { return j }
            j += 1
        }
        return nil
    }

    /// A bare number whose counted thing is given by the context: a list ("5 000 soldats en juin puis 4 500"),
    /// a partitive ("1500 de vos amis") or a noun before it ("le contingent américain à 2500").
    static func bare(_ t: [Token], at i: Int, value: String, end: Int, found: [FoundQuantity]) -> FoundQuantity? {
        let tok = t[i]
        if tok.text.count == 4, let y = Int(tok.text), (1900...2100).contains(y) { return nil }
        // "a 10-day trip": a duration written as a compound adjective.
        if end < t.count, t[end].text == "-", !t[end].spaceBefore { return nil }
        // A number after a name is part of it ("Europe 1", "Ligue 2"), after "numéro"/"number" a rank.
        if i > 0, t[i - 1].kind == .word,
            t[i - 1].capitalized && !t[i - 1].sentenceInitial
                || ["numero", "number", "no", "n°"].contains(t[i - 1].key)
        {
            return nil
        }
        if end + 2 < t.count, ["de", "d'", "of"].contains(t[end].key),
            ["vos", "nos", "leurs", "ses", "ces", "des", "les", "their", "our", "your", "these", "the", "those"]
                .contains(t[end + 1].key)
        {
            var n = end + 2
            while n < t.count, fillers.contains(t[n].key) { n += 1 }
            if n < t.count, t[n].kind == .word, !functionWords.contains(t[n].key) {
                return make(t, i, end, value, unitNames[t[n].key] ?? singular(t[n].key))
            }
        }
        if let last = found.last, last.unit != "year of age", t[last.tokens.lowerBound].sentence == tok.sentence,
            i - last.tokens.upperBound <= 6,
            t[last.tokens.upperBound..<i].contains(where: {
                ["puis", "et", "then", "and", "ou", "or", ","].contains($0.key)
            })
        {
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
        guard text.hasSuffix("s") || text.hasSuffix("x") || ["men", "people", "children", "women"].contains(text) else {
            return false
        }
        return
            !(text.hasSuffix("és") || text.hasSuffix("ées") || text.hasSuffix("is") || text.hasSuffix("us")
            || text.hasSuffix("ants") || text.hasSuffix("ents"))
    }

    /// A crude singular: drops a final s.
    static func singular(_ key: String) -> String {
        if key.hasSuffix("ies") && key.count > 4 { return String(key.dropLast(3)) + "y" }
        // "businesses", "churches", "boxes"; French "-aux" ("journaux" → "journal").
        if key.count > 4, ["sses", "shes", "ches", "xes", "zes"].contains(where: { key.hasSuffix($0) }) {
            return String(key.dropLast(2))
        }
        if key.count > 4, key.hasSuffix("aux") { return String(key.dropLast(3)) + "al" }
        return key.hasSuffix("s") && key.count > 3 ? String(key.dropLast()) : key
    }

    /// Builds a quantity over tokens `a..<b`.
    static func make(_ t: [Token], _ a: Int, _ b: Int, _ value: String, _ unit: String) -> FoundQuantity {
        FoundQuantity(tokens: a..<b, start: t[a].start, end: t[b - 1].end, value: value, unit: unit)
    }
}
