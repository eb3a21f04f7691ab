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
        if let c = court(at: i) ?? school(at: i) { return c }
        if t.key == "departement", !t.capitalized, let c = division(at: i) { return c }
        if NameLexicon.institutionNouns.contains(t.key), !t.capitalized {
            var k = i + 1
            // "ministère népalais du Tourisme": a nationality between the head and its complement.
            if k < tokens.count, tokens[k].kind == .word, !tokens[k].capitalized,
                gazetteer.entry(demonym: tokens[k].text) != nil
            {
                k += 1
            }
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
            // "à La Rochelle", "à La Haye": a town whose name starts with an article is not a title.
            if OpenLexicon.shared.tag(of: tokens[i..<end]) == 1 { return nil }
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
        // "la région Île-de-France" is Île-de-France; "la région de Kidal" is the region around the town, head kept.
        if t.key == "region", !t.capitalized, i + 1 < tokens.count, tokens[i + 1].capitalized { return division(at: i) }
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
        let french = (k..<j).contains { Self.frenchElectionWords.contains(tokens[$0].key) }
        // "Présidentielle 2022": the year right after the name is part of it.
        if french, j < tokens.count, let year = Self.electionYear(tokens[j]) {
            return Candidate(
                range: start..<(j + 1), type: .event, source: .pattern,
                fixedId: "election-\(year)", fixedLabel: "election \(year)")
        }
        guard j + 1 < tokens.count, ["de", "du", "in", "of", "en"].contains(tokens[j].key) else {
            // "la présidentielle", "l'élection présidentielle": the election the article names with its year.
            guard french, let year = presidentialYear, tokens[j - 1].key.hasPrefix("presidentielle"),
                k > 0,
                ["la", "l'", "une", "cette", "prochaine", "election", "elections"].contains(tokens[k - 1].key)
                    || tokens[k].capitalized
            else { return nil }
            return Candidate(
                range: start..<j, type: .event, source: .pattern,
                fixedId: "election-\(year)", fixedLabel: "election \(year)")
        }
        guard let date = dates.first(where: { $0.tokens.lowerBound == j + 1 }), let value = date.value,
            let year = Int(value.prefix(4))
        else { return nil }
        // "la présidentielle en 2017": French names the election without the year that follows it.
        let end = french && tokens[j].key == "en" ? j : date.tokens.upperBound
        return Candidate(
            range: start..<end, type: .event, source: .pattern,
            fixedId: "election-\(year)", fixedLabel: "election \(year)")
    }

    /// French words that name a kind of election ("présidentielle", "législatives"), folded.
    static let frenchElectionWords: Set<String> = [
        "presidentielle", "presidentielles", "legislatives", "municipales",
    ]

    /// The year a token writes, when it is a four-digit year of this century or the last.
    static func electionYear(_ t: Token) -> Int? {
        guard t.kind == .number, t.text.count == 4, let y = Int(t.text), (1900...2099).contains(y) else { return nil }
        return y
    }

    /// The year of the presidential election an article names with its year ("Présidentielle 2022", "la
    /// présidentielle de 2017"), the first one; nil when it names none.
    static func presidentialYear(in tokens: [Token], dates: [FoundDate]) -> Int? {
        var seen = 0
        for k in tokens.indices where tokens[k].key == "presidentielle" && k + 1 < tokens.count {
            // The first mentions name the year if any does; later ones are not searched (a hostile text of
            // thousands of them costs one pass).
            seen += 1
            if seen > 64 { return nil }
            if let y = electionYear(tokens[k + 1]) { return y }
            if k + 2 < tokens.count, ["de", "en"].contains(tokens[k + 1].key),
                let d = dates.first(where: { $0.tokens.lowerBound == k + 2 }), let v = d.value, let y = Int(v.prefix(4))
            {
                return y
            }
        }
        return nil
    }

    /// "la région Île-de-France", "le département du Lot": an administrative division is named without its
    /// lowercase head (the name is the place; "région" and "département" say what kind it is). "le département
    /// d'Etat" is the US ministry, not a division. Only "département" is followed by "de" here.
    func division(at i: Int) -> Candidate? {
        var k = i + 1
        if k < tokens.count, ["de", "du", "d'", "des", "of"].contains(tokens[k].key), !tokens[k].capitalized { k += 1 }
        guard k < tokens.count, tokens[k].key != "etat", let end = capitalizedRun(from: k) else { return nil }
        return Candidate(range: k..<end, type: .place, source: .pattern)
    }

    /// Lowercase words between a court's head and the place it sits in: "tribunal de grande instance des
    /// Hauts-de-Seine", "tribunal correctionnel de Paris", "cour d'assises d'Evry", "cour d'appel de Versailles".
    static let courtQualifiers: Set<String> = [
        "de", "d'", "grande", "instance", "correctionnel", "administratif", "administrative", "judiciaire", "assises",
        "appel", "commerce", "criminelle", "criminel", "penal", "pour", "enfants", "police", "militaire",
    ]

    /// A French court named by its seat, head included: "le tribunal de Nanterre", "la cour d'assises d'Evry".
    func court(at i: Int) -> Candidate? {
        let t = tokens[i]
        guard ["tribunal", "cour"].contains(t.key), !t.capitalized || t.sentenceInitial else { return nil }
        var k = i + 1
        while k < tokens.count, k < i + 7, tokens[k].kind == .word, !tokens[k].capitalized,
            Self.courtQualifiers.contains(tokens[k].key) || ["des", "du"].contains(tokens[k].key)
        { k += 1 }
        guard k > i + 1, ["de", "d'", "des", "du"].contains(tokens[k - 1].key),
            // "la cour de l'école": a court names a seat, a capitalized place, not a lowercase noun.
            t.key == "tribunal" || k > i + 2,
            let end = capitalizedRun(from: k)
        else { return nil }
        return Candidate(range: i..<end, type: .org, source: .pattern)
    }

    /// A French school named after someone, head included: "le lycée Georges Brassens", "au collège Gustave
    /// Monod", "l'université Paris-Saclay". Only after a French determiner or preposition, so that English
    /// "college" is left alone.
    func school(at i: Int) -> Candidate? {
        let t = tokens[i]
        guard ["lycee", "college", "ecole", "universite"].contains(t.key), !t.capitalized, i > 0,
            ["le", "du", "au", "ce", "cet", "un", "une", "la", "l'", "de", "d'", "son", "sa", "leur", "notre"].contains(
                tokens[i - 1].key) || tokens[i - 1].text == "à",
            i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].capitalized,
            let end = capitalizedRun(from: i + 1), end - i <= 5
        else { return nil }
        return Candidate(range: i..<end, type: .org, source: .pattern)
    }
}
