/// Context rules that type a capitalized name the lexicon cannot: the shape of the name ("Port Sudan",
/// "S&P Global"), what stands before it ("the road to Mae Sot", "le parti Pastef", "analysts at X"), an
/// apposition after it ("Solino, un quartier de …") and French institution names that go on in lower case
/// ("Conseil constitutionnel", "Cour des comptes", "Front de libération de l'Azawad").
extension EntityRecognizer {
    /// The decision of a context rule: a type, or "this is not a name".
    enum ContextType: Equatable { case type(EntityType), notAName }

    /// First words that make a multi-word name a place ("Port Sudan", "Mount Kenya", "Lake Chad").
    static let placePrefixes: Set<String> = [
        "port", "mount", "lake", "fort", "cape", "mont", "lac", "cap", "isla", "rio", "sierra",
    ]
    /// Organisation keywords that are names in their own right, not generic heads.
    static let namedOrgKeywords: Set<String> = [
        "hezbollah", "hamas", "taliban", "daech", "qaeda", "qaida", "reuters", "bundeswehr",
    ]
    /// Acronyms of common nouns (GDP, VAT, CEO, NGO…): never an organisation on their own.
    static let commonAcronyms: Set<String> = [
        "pib", "gdp", "tva", "vat", "pdg", "ceo", "cfo", "ong", "ngo", "pme", "sme", "sms",
        "gps", "adn", "dna", "vih", "hiv", "sida", "aids", "covid", "ia", "ai", "tv", "km",
        "usd", "eur", "fcfa", "cfa", "ttc", "ht", "faq", "pdf", "ok", "pib", "rn", "qg", "hq",
    ]
    /// Lowercase nouns that introduce an organisation's name ("le parti Pastef", "la coalition de gangs Viv Ansanm").
    static let orgCueNouns: Set<String> = [
        "parti", "party", "coalition", "groupe", "gang", "gangs", "mouvement", "movement",
        "milice", "militia", "syndicat", "union", "alliance", "entreprise", "company", "firm",
        "societe", "groupe", "ong", "ngo", "agence", "agency", "organisation", "organization",
        "bank", "banque", "label", "lender", "insurer", "rebelles", "rebels", "faction",
    ]
    /// People who work at an organisation: "analysts at X".
    static let staffNouns: Set<String> = [
        "analysts", "economists", "researchers", "executives", "strategists", "engineers",
        "scientists", "experts", "employees", "workers", "staff", "analystes", "economistes",
        "chercheurs", "salaries", "employes",
    ]
    /// Verbs and nouns after which "to X" names a destination.
    static let motionWords: Set<String> = [
        "flew", "travelled", "traveled", "went", "road", "returned", "moved", "fled", "headed",
        "trip", "visit", "journey", "route", "drove", "sailed", "came", "back",
    ]
    /// Apposition heads after a name: ", une localité …" → PLACE; ", la mission …" → ORG.
    static let appositionPlaces: Set<String> = [
        "localite", "ville", "quartier", "village", "commune", "region", "province",
        "town", "city", "neighbourhood", "neighborhood", "district", "island", "ile", "port",
        "capitale", "capital", "bourgade", "agglomeration", "camp", "oasis",
    ]
    static let appositionOrgs: Set<String> = [
        "mission", "organisation", "organization", "agence", "agency", "coalition",
        "alliance", "groupe", "group", "parti", "party", "ong", "ngo", "entreprise",
        "company", "firm", "association", "federation", "force", "milice", "militia",
    ]

    /// Types a capitalized run from its context, before the default readings; nil when no rule applies.
    func contextType(_ r: Range<Int>, words: [Token]) -> ContextType? {
        let keys = words.map(\.key)
        if tokens[r].contains(where: { $0.text == "&" }) { return .type(.org) }
        if words.count >= 2, let f = keys.first, Self.placePrefixes.contains(f) { return .type(.place) }
        if words.count == 1, let k = keys.first {
            if words[0].allCaps, Self.commonAcronyms.contains(k) { return .notAName }
            // "Police said …": a generic keyword opening a sentence is the common noun.
            if words[0].sentenceInitial, !words[0].allCaps,
                (NameLexicon.orgKeywords.contains(k) && !Self.namedOrgKeywords.contains(k))
                    || NameLexicon.placeKeywords.contains(k)
            {
                return .notAName
            }
        }
        return nil
    }

    /// Types a capitalized run that neither the lexicon nor a title typed: cues before and after it.
    func contextTypeAround(_ r: Range<Int>, words: [Token]) -> ContextType? {
        let k = r.lowerBound
        let b1 = k > 0 ? tokens[k - 1] : nil
        let b2 = k > 1 ? tokens[k - 2] : nil
        let b3 = k > 2 ? tokens[k - 3] : nil
        if let b1, !b1.capitalized, Self.orgCueNouns.contains(b1.key) { return .type(.org) }
        if let b1, let b2, let b3, ["de", "d'", "of"].contains(b2.key), !b3.capitalized,
            Self.orgCueNouns.contains(b3.key), !b1.capitalized,
            b1.kind == .word
        {
            return .type(.org)
        }
        if let b1, let b2, b1.key == "at", Self.staffNouns.contains(b2.key) { return .type(.org) }
        if let a = apposition(after: r.upperBound) { return .type(a) }
        if let b1, !b1.capitalized {
            let placeCue =
                ["in", "at", "near", "vers", "outside", "inside", "across"].contains(b1.key) || b1.text == "à"
                || (b1.key == "de" && b2?.key == "pres")
                || (b1.key == "to" && b2.map { Self.motionWords.contains($0.key) } == true)
                || (["of", "de", "d'"].contains(b1.key)
                    && b2.map { Self.appositionPlaces.contains($0.key) && !$0.capitalized } == true)
            if placeCue { return .type(.place) }
        }
        // A definite article before a multi-word name: not a person ("the Jubilee House", "the Green Deal").
        if words.count >= 2, let b1, ["the", "le", "la", "l'", "les"].contains(b1.key),
            !b1.capitalized || b1.sentenceInitial
        {
            return .notAName
        }
        return nil
    }

    /// ", une localité …", ", a town …", ", la mission …": the type an apposition gives the name before it.
    func apposition(after end: Int) -> EntityType? {
        guard end + 2 < tokens.count, tokens[end].text == ",",
            ["un", "une", "a", "an", "la", "le", "l'", "the"].contains(tokens[end + 1].key)
        else { return nil }
        var k = end + 2
        if k < tokens.count, !tokens[k].capitalized, k + 1 < tokens.count,
            !Self.appositionPlaces.contains(tokens[k].key), !Self.appositionOrgs.contains(tokens[k].key)
        {
            k += 1
        }
        guard k < tokens.count, !tokens[k].capitalized else { return nil }
        if Self.appositionPlaces.contains(tokens[k].key) { return .place }
        if Self.appositionOrgs.contains(tokens[k].key) { return .org }
        return nil
    }

    /// French institution heads whose name goes on in lower case.
    static let institutionHeads: Set<String> = [
        "conseil", "cour", "assemblee", "organisation", "front", "federation", "alliance", "communaute", "haut",
        "commissariat",
        "banque", "agence", "union", "parti", "mouvement", "comite", "commission", "office", "institut", "fonds",
        "tribunal",
        "syndicat", "confederation", "observatoire", "programme", "autorite", "caisse", "haute", "parlement", "senat",
        "garde", "ecole", "universite", "centre", "conference", "cellule", "direction", "police", "gendarmerie",
        "armee",
        "association", "academie", "defenseur", "fondation", "collectif", "musee", "hopital", "lycee", "college",
    ]
    /// Lowercase adjective endings inside institution names ("constitutionnel", "nationale", "économique").
    static let adjectiveEndings = [
        "el", "elle", "els", "elles", "al", "ale", "aux", "ales", "ique", "iques", "aire", "aires", "if",
        "ive", "ifs", "ives", "enne", "ennes", "eur", "eure", "ain", "aine", "ier", "iere", "unies", "unis",
        "eme", "ieur", "ieure",
    ]

    /// The end of a French institution name that starts with a capitalized head at `start` and whose capitalized
    /// part ends at `end`: lowercase adjectives and "de/des/pour les … noun" complements ("Cour des comptes").
    func institutionTail(start: Int, end: Int) -> Int {
        let head = tokens[start..<end].prefix(3).filter { $0.kind == .word }.map(\.key)
        guard head.contains(where: { Self.institutionHeads.contains($0) }), end < tokens.count else { return end }
        var k = end
        var last = end
        var steps = 0
        func isAdjective(_ t: Token) -> Bool {
            t.kind == .word && !t.capitalized && !QuantityExtractor.functionWords.contains(t.key)
                && gazetteer.entry(demonym: t.text) == nil
                && Self.adjectiveEndings.contains { t.key.hasSuffix($0) } && t.key.count >= 4
        }
        func isNoun(_ t: Token) -> Bool {
            t.kind == .word && !t.capitalized && t.key.count >= 3 && !QuantityExtractor.functionWords.contains(t.key)
                && !t.key.hasSuffix("er") && !t.key.hasSuffix("ir") && gazetteer.entry(demonym: t.text) == nil
                && CalendarWords.months[t.key] == nil && CalendarWords.weekdays[t.key] == nil
        }
        // A demonym right after the head belongs to the name ("Commission européenne"), not after an adjective.
        if k < tokens.count, k == start + 1, tokens[k].kind == .word, !tokens[k].capitalized,
            gazetteer.entry(demonym: tokens[k].text) != nil
        {
            k += 1; last = k
        }
        while k < tokens.count, steps < 12, tokens[k].paragraph == tokens[start].paragraph {
            steps += 1
            let t = tokens[k]
            if isAdjective(t) { k += 1; last = k; continue }
            if ["de", "des", "du", "d'", "pour", "aux", "au", "et", "sur", "contre"].contains(t.key), !t.capitalized {
                // "et" only joins two lowercase nouns inside the name ("de vins et spiritueux"), never a second name.
                let and = t.key == "et"
                var n = k + 1
                if !and, n < tokens.count, ["la", "l'", "les", "le"].contains(tokens[n].key), !tokens[n].capitalized {
                    n += 1
                }
                guard n < tokens.count else { break }
                // "de contrôle et de prévention des maladies": "et" joining two complements.
                if and, k > end, ["de", "des", "du", "d'"].contains(tokens[n].key), !tokens[n].capitalized {
                    k = n; continue
                }
                if !and, tokens[n].capitalized, tokens[n].kind == .word, let runEnd = capitalizedRun(from: n) {
                    k = runEnd; last = k; continue
                }
                if !and || k > end, isNoun(tokens[n]) { k = n + 1; last = k; continue }
            }
            break
        }
        return last
    }
}
