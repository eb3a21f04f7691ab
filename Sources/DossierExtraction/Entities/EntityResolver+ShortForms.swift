extension EntityResolver {
    /// Words that link a head noun to its complement in a name ("Gulf of Mexico", "Conseil supérieur de
    /// l'audiovisuel").
    static let linkingWords: Set<String> = ["of", "de", "du", "des", "d'"]
    /// Lowercase words inside a name that do not end its head ("Procter and Gamble", "Parents for Justice").
    static let functionWords: Set<String> = [
        "and", "et", "for", "pour", "to", "the", "a", "in", "on", "at", "with", "avec", "sur", "a", "en", "au", "aux",
        "la", "le", "les", "l'", "or", "ou",
    ]

    /// Merges the organisations and places of an article named by a shorter form of another name of it: the same name
    /// in the singular and the plural ("Open Society Foundation" / "Foundations"), an acronym named before its
    /// expansion ("CSA" … "Conseil supérieur de l'audiovisuel"), the head of a longer name ("the Gulf" for "Gulf of
    /// Mexico", "la Commission" for "Commission nationale consultative …") or its last words ("the Judiciary
    /// Committee" for "House Judiciary Committee"). Each merge needs exactly one longer name that fits; the merged
    /// entity's mentions go to it and `surfaces` follows.
    func mergeShortForms(
        _ entities: inout [String: ResolvedEntity], order: [String], listed: Set<String>,
        surfaces: inout [String: String]
    ) {
        func merge(_ id: String, into target: String) {
            guard let e = entities[id] else { return }
            entities[target]?.mentions.append(contentsOf: e.mentions)
            entities[id] = nil
            for (key, value) in surfaces where value == id { surfaces[key] = target }
        }
        func names(_ e: ResolvedEntity) -> Set<String> { Set(e.mentions.map { TextFolding.fold(surface($0)) }) }
        // The same organisation name in the singular and the plural: the later-named one joins the first.
        for (n, id) in order.enumerated() {
            guard let e = entities[id], e.type == .org, !listed.contains(id), e.label.contains(" ") else { continue }
            let key = TextFolding.fold(e.label)
            for other in order[(n + 1)...] {
                guard let o = entities[other], o.type == .org, !listed.contains(other) else { continue }
                let otherKey = TextFolding.fold(o.label)
                if otherKey == key + "s" || key == otherKey + "s" { merge(other, into: id) }
            }
        }
        for id in order {
            guard let e = entities[id], e.type == .org || e.type == .place else { continue }
            let own = names(e)
            let isListed = listed.contains(id)
            // A listed organisation keeps its id; a listed place only yields to a name it heads ("the Gulf").
            if isListed && e.type == .org { continue }
            let targets = order.filter { other in
                guard other != id, let o = entities[other], o.type == e.type || isAcronym(e, of: o, listed: listed)
                else {
                    return false
                }
                if isAcronym(e, of: o, listed: listed) { return true }
                let forms = o.mentions.reduce(into: Set<String>()) {
                    $0.formUnion(shortForms(of: $1, type: o.type, headsOnly: isListed))
                }
                return !own.isEmpty && own.isSubset(of: forms)
            }
            if targets.count == 1 { merge(id, into: targets[0]) }
        }
    }

    /// True when `e` is a bare acronym (2–6 capitals, no listed entry) of the organisation or event `o`.
    func isAcronym(_ e: ResolvedEntity, of o: ResolvedEntity, listed: Set<String>) -> Bool {
        guard e.type == .org, !listed.contains(e.id), o.type == .org || o.type == .event, e.id != o.id,
            e.mentions.allSatisfy({ $0.count == 1 && tokens[$0.lowerBound].allCaps }),
            let first = e.mentions.first, (2...6).contains(tokens[first.lowerBound].text.count)
        else { return false }
        let letters = tokens[first.lowerBound].key
        return ([o.label] + o.mentions.map { surface($0) }).contains { name in
            let initials = Tokenizer.tokenize(Array(name.unicodeScalars)).filter {
                $0.kind == .word && !Gazetteer.acronymSkips.contains($0.key)
            }.compactMap(\.key.first)
            return initials.count >= 2 && String(initials) == letters
        }
    }

    /// The folded short forms of a name of several words: the words before its first linking or lowercase word (the
    /// head: "Gulf" of "Gulf of Mexico", "Commission" of "Commission nationale …"; a place only before a linking
    /// word), and for an organisation without such words its last two words or more ("Judiciary Committee").
    func shortForms(of range: Range<Int>, type: EntityType, headsOnly: Bool) -> Set<String> {
        let words = range.filter { tokens[$0].kind == .word }
        guard words.count >= 2, !range.contains(where: { tokens[$0].text == "-" }) else { return [] }
        var result: Set<String> = []
        if let stop = range.first(where: { k in
            Self.linkingWords.contains(tokens[k].key) || tokens[k].kind != .word
                || (type == .org && !tokens[k].capitalized)
        }) {
            // An adjective of nationality qualifies the head ("le Parlement" is not the "Parlement européen").
            let head =
                Self.linkingWords.contains(tokens[stop].key)
                || (tokens[stop].kind == .word && !Self.functionWords.contains(tokens[stop].key)
                    && gazetteer.entry(demonym: tokens[stop].text) == nil)
            if head, stop > range.lowerBound { result.insert(TextFolding.fold(surface(range.lowerBound..<stop))) }
        } else if type == .org, !headsOnly, words.count >= 3, words.count == range.count {
            for k in (range.lowerBound + 1)..<(range.upperBound - 1) {
                result.insert(TextFolding.fold(surface(k..<range.upperBound)))
            }
        }
        return result
    }
}

extension EntityResolver {
    /// The listed organisation a generic or short name stands for: the institution of the main country the article
    /// names ("Senate" in a US article) or its party ("LR", "PS", "Républicains" in a French one); else the one
    /// institution written with a country's name ("US Senate") or party among the other countries named and those of
    /// the places named ("Senate" in an article about Ukraine that also names the United States, or that names only
    /// US towns).
    func institution(named text: String, countries: [GazetteerEntry], ofPlaces: [GazetteerEntry]) -> GazetteerEntry? {
        if let main = countries.first,
            let e = gazetteer.institution(generic: text, country: main.wikidata)
                ?? gazetteer.organisation(shortName: text, country: main.wikidata)
        {
            return e
        }
        var found: [String: GazetteerEntry] = [:]
        for country in countries.dropFirst() + ofPlaces {
            if let e = gazetteer.institution(generic: text, country: country.wikidata, qualifiedOnly: true)
                ?? gazetteer.organisation(shortName: text, country: country.wikidata)
            {
                found[e.wikidata] = e
            }
        }
        return found.count == 1 ? found.values.first : nil
    }

    /// True when the word at `k` already names an entity of the article other than `id`, alone or as a person's
    /// surname ("William Petersen (Grissom)" after "Grissom" or "Gil Grissom": a role, not another name of the
    /// actor). An acronym always names what it follows ("Les Républicains (LR)" after "LR" in the headline).
    func namesAnother(_ k: Int, than id: String, entities: [String: ResolvedEntity]) -> Bool {
        let key = tokens[k].key
        if tokens[k].allCaps { return false }
        return entities.values.contains { e in
            e.id != id
                && e.mentions.contains {
                    tokens[$0.upperBound - 1].key == key && ($0.count == 1 || e.type == .person)
                }
        }
    }
}

extension EntityResolver {
    /// The countries of the listed towns and regions an article names without naming a country (a French political
    /// article naming only Nice and Troyes is about France), most named first, ties to the first named.
    func countriesOfPlaces(_ candidates: [Candidate]) -> [GazetteerEntry] {
        var counts: [String: Int] = [:]
        var first: [String: Int] = [:]
        for c in candidates {
            guard let e = c.entry, gazetteer.entries[e].type == .place else { continue }
            let extras = gazetteer.entries[e].extras
            guard let country = extras["country"] ?? extras["capitalOf"], gazetteer.byWikidata[country] != nil else {
                continue
            }
            counts[country, default: 0] += 1
            if first[country] == nil { first[country] = c.range.lowerBound }
        }
        let ranked = counts.sorted { a, b in
            a.value != b.value ? a.value > b.value : (first[a.key] ?? 0) < (first[b.key] ?? 0)
        }
        return ranked.compactMap { gazetteer.entry(wikidata: $0.key) }
    }
}

extension EntityResolver {
    /// True when the word before `k` is "state" in lower case: "the Washington state House" is no national chamber.
    func isAfterState(_ k: Int) -> Bool {
        k >= 1 && tokens[k - 1].text == "state"
    }
}
