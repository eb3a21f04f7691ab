/// Patterns for names French writes in lowercase or with a leading determiner:
/// "ministère de la Défense", "province de Kandahar", "aéroport international Hamid Karzaï",
/// "accord de Doha", "élections de novembre", "à Les actualites".
extension EntityRecognizer {
    /// The longest pattern match starting at `i`.
    func pattern(at i: Int) -> Candidate? {
        let t = tokens[i]
        guard t.kind == .word else { return nil }
        if let c = election(at: i) { return c }
        if NameLexicon.eventNouns.contains(t.key), !t.capitalized || t.sentenceInitial {
            var k = i + 1
            guard k < tokens.count, ["de", "du", "d'", "des", "of"].contains(tokens[k].key) else { return nil }
            k += 1
            if k < tokens.count, ["la", "l'", "the"].contains(tokens[k].key) { k += 1 }
            guard k < tokens.count else { return nil }
            if let place = placePattern(at: k) {
                return Candidate(range: i..<place.range.upperBound, type: .event, source: .pattern)
            }
            if let m = gazetteer.longestMatch(tokens, at: k), gazetteer.entries[m.entry].type == .place,
                gazetteer.entries[m.entry].extras["capitalOf"] != nil
                    || gazetteer.entries[m.entry].extras["country"] != nil
            {
                return Candidate(range: i..<m.end, type: .event, source: .pattern)
            }
            return nil
        }
        if let c = placePattern(at: i) { return c }
        if NameLexicon.institutionNouns.contains(t.key), !t.capitalized {
            var k = i + 1
            var particles = 0
            while k < tokens.count, ["de", "des", "du", "la", "l'", "of", "the", "for"].contains(tokens[k].key),
                particles < 2
            { k += 1; particles += 1 }
            guard particles > 0, var end = capitalizedRun(from: k) else { return nil }
            // "ministère des Affaires étrangères": one lowercase adjective completes the name.
            if end < tokens.count, Self.institutionAdjectives.contains(tokens[end].key) { end += 1 }
            return Candidate(range: i..<end, type: .org, source: .pattern)
        }
        // A capitalized determiner in mid-sentence after a preposition starts a title: "à Les actualites".
        if ["les", "le", "la", "the"].contains(t.key), t.capitalized, !t.sentenceInitial, i > 0,
            ["a", "de", "par", "dans", "selon", "to", "by", "in", "with", "for", "from"].contains(tokens[i - 1].key),
            i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].paragraph == t.paragraph
        {
            var end = i + 2
            while end < tokens.count, end < i + 4, tokens[end].kind == .word, tokens[end].capitalized { end += 1 }
            return Candidate(range: i..<end, type: .org, source: .pattern)
        }
        return nil
    }

    /// Lowercase adjectives that end institution names.
    static let institutionAdjectives: Set<String> = [
        "etrangeres", "etrangers", "interieures", "interieur", "sociales",
        "economiques", "publiques", "europeennes", "nationale", "armees",
        "culturelles", "numeriques", "territoriales", "solidaires",
    ]

    /// "province de Kandahar", "base de Bagram", "aéroport international Hamid Karzaï".
    func placePattern(at i: Int) -> Candidate? {
        let t = tokens[i]
        guard t.kind == .word, NameLexicon.placeNouns.contains(t.key), !t.capitalized || t.sentenceInitial else {
            return nil
        }
        var k = i + 1
        while k < tokens.count, NameLexicon.placeAdjectives.contains(tokens[k].key), !tokens[k].capitalized { k += 1 }
        if k < tokens.count, ["de", "du", "d'", "of"].contains(tokens[k].key) { k += 1 }
        guard let end = capitalizedRun(from: k) else { return nil }
        // "un quartier de Port-au-Prince": a part of a known city, not a named place.
        if ["quartier", "faubourg", "banlieue"].contains(t.key), let m = gazetteer.longestMatch(tokens, at: k),
            m.end == end,
            gazetteer.entries[m.entry].type == .place
        {
            return nil
        }
        return Candidate(range: i..<end, type: .place, source: .pattern)
    }

    /// End of a run of capitalized name words starting at `k`, if there is one.
    func capitalizedRun(from k: Int) -> Int? {
        var end = k
        while end < tokens.count, tokens[end].kind == .word, tokens[end].capitalized,
            tokens[end].paragraph == tokens[k].paragraph,
            !isStopCapital(end) || gazetteer.longestMatch(tokens, at: end) != nil
        {
            end += 1
            if end + 1 < tokens.count, tokens[end].text == "-", !tokens[end].spaceBefore, tokens[end + 1].capitalized {
                end += 1
            }
            if end < tokens.count, tokens[end].text == "-", let next = joinedName(at: end) { end = next }
        }
        return end > k ? end : nil
    }

    /// "élections de novembre", "vote de novembre", "élections de 2020", "presidential election in November".
    func election(at i: Int) -> Candidate? {
        var k = i
        var start = i
        if ["presidential", "general", "midterm", "legislative", "parliamentary"].contains(tokens[k].key),
            k + 1 < tokens.count
        {
            k += 1
        }
        guard NameLexicon.electionNouns.contains(tokens[k].key), !tokens[k].capitalized || tokens[k].sentenceInitial
        else { return nil }
        if k == i, i > 0, ["presidential"].contains(tokens[i - 1].key) { start = i - 1 }
        var j = k + 1
        while j < tokens.count,
            ["presidentielle", "presidentielles", "legislatives", "americaine", "municipales"].contains(tokens[j].key)
        { j += 1 }
        guard j + 1 < tokens.count, ["de", "du", "in", "of", "en"].contains(tokens[j].key) else { return nil }
        guard let date = dates.first(where: { $0.tokens.lowerBound == j + 1 }), let value = date.value,
            let year = Int(value.prefix(4))
        else { return nil }
        return Candidate(
            range: start..<date.tokens.upperBound, type: .event, source: .pattern,
            fixedId: "election-\(year)", fixedLabel: "election \(year)")
    }
}
