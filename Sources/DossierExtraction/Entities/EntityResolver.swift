/// An entity of one article after coreference and id assignment; mentions are token ranges.
struct ResolvedEntity: Sendable, Equatable {
    var id: String
    var type: EntityType
    var label: String
    var mentions: [Range<Int>]
}

/// In-document coreference (a surname links to the full name introduced earlier; an
/// ambiguous surname is not guessed) and cross-document ids (gazetteer Wikidata id, else
/// type + folded canonical name).
struct EntityResolver {
    let tokens: [Token]
    let gazetteer: Gazetteer

    /// Surname owners: full-name entity ids by folded surname, with their last mention.
    struct Owner { var id: String; var last: Int }

    /// Resolves candidates into entities.
    func resolve(_ candidates: [Candidate]) -> [ResolvedEntity] {
        var entities: [String: ResolvedEntity] = [:]
        var order: [String] = []
        var owners: [String: [Owner]] = [:]
        var surfaces: [String: String] = [:]
        let countries = mentionedCountries(candidates)
        let country = countries.first
        let placeCountries = countriesOfPlaces(candidates)
        /// Ids given from gazetteer entries (listed names keep them when short forms are merged).
        var listed: Set<String> = []
        /// Generic institution names already looked up in this article.
        var institutions: [String: GazetteerEntry?] = [:]

        func add(_ id: String, _ type: EntityType, _ label: String, _ range: Range<Int>) {
            if entities[id] == nil {
                entities[id] = ResolvedEntity(id: id, type: type, label: label, mentions: []); order.append(id)
            }
            entities[id]?.mentions.append(range)
            if type == .person {
                for (key, list) in owners {
                    if let k = list.firstIndex(where: { $0.id == id }) { owners[key]?[k].last = range.lowerBound }
                }
            }
        }
        func register(surname: String, id: String, at position: Int) {
            var list = owners[surname, default: []]
            if let k = list.firstIndex(where: { $0.id == id }) {
                list[k].last = position
            } else {
                list.append(Owner(id: id, last: position))
            }
            owners[surname] = list
        }
        /// The owner a bare surname refers to, or nil when unknown or ambiguous.
        func owner(of surname: String, at position: Int) -> String? {
            guard let list = owners[surname], !list.isEmpty else { return nil }
            if list.count == 1 { return list[0].id }
            let sorted = list.sorted { $0.last > $1.last }
            // The most recent referent wins only if the other was last named in an earlier sentence.
            guard tokens[sorted[0].last].sentence > tokens[sorted[1].last].sentence else { return nil }
            return sorted[0].id
        }

        var pending: [Candidate] = []
        var aliases: [String: String] = [:]
        var lastMention: (end: Int, id: String)?
        for c in candidates {
            let text = surface(c.range)
            defer {
                if let id = order.last(where: { entities[$0]?.mentions.last == c.range }) {
                    lastMention = (c.range.upperBound, id)
                }
            }
            // A short form introduced as another name of an entity just named: "(RSF)", "known as Hemedti", an acronym.
            if c.entry == nil, c.fixedId == nil {
                let key = TextFolding.fold(text)
                if let id = aliases[key] ?? aliasTarget(c, after: lastMention, entities: entities, order: order),
                    let e = entities[id]
                {
                    aliases[key] = id
                    add(id, e.type, e.label, c.range); continue
                }
            }
            if var e = c.entry {
                // The institution named as the target of an attack is its building ("the attacks on … the Pentagon").
                if gazetteer.entries[e].type == .org, isAttackTarget(c.range.lowerBound),
                    let b = gazetteer.building(named: text),
                    let k = gazetteer.byWikidata[b.wikidata]
                {
                    e = k
                }
                let entry = gazetteer.entries[e]
                let id =
                    entry.wikidata.hasPrefix("Q")
                    ? entry.entityId : "\(entry.type.idPrefix):\(TextFolding.slug(entry.label))"
                if c.weak, entry.type == .person, let other = owner(of: TextFolding.fold(text), at: c.range.lowerBound),
                    other != id
                {
                    add(other, .person, entities[other]?.label ?? text, c.range); continue
                }
                add(id, entry.type, entry.label, c.range)
                listed.insert(id)
                if entry.type == .person, let last = entry.label.split(separator: " ").last {
                    register(surname: TextFolding.fold(String(last)), id: id, at: c.range.lowerBound)
                }
                continue
            }
            if let fixed = c.fixedId, let type = c.type {
                let place = country.map { TextFolding.slug($0.label) + "-" } ?? ""
                let label = (country.map { $0.label + " " } ?? "") + (c.fixedLabel ?? fixed)
                add("\(type.idPrefix):\(place)\(fixed)", type, label, c.range); continue
            }
            guard let type = c.type else {
                if let id = owner(of: TextFolding.fold(text), at: c.range.lowerBound) {
                    add(id, .person, entities[id]?.label ?? text, c.range)
                } else {
                    pending.append(c)
                }
                continue
            }
            if type == .person {
                let words = tokens[c.range].filter { $0.kind == .word }
                let key = TextFolding.fold(text)
                let firstIsGiven = words.first.map { NameLexicon.anyGivenNames.contains($0.key) } ?? false
                if (words.count == 1 || !firstIsGiven), let id = owner(of: key, at: c.range.lowerBound) {
                    add(id, .person, entities[id]?.label ?? text, c.range); continue
                }
                let id = "person:\(TextFolding.slug(text))"
                add(id, .person, text, c.range)
                if words.count >= 2 {
                    for surname in surnames(of: c.range) { register(surname: surname, id: id, at: c.range.lowerBound) }
                } else {
                    register(surname: key, id: id, at: c.range.lowerBound)
                }
                continue
            }
            // A lowercase institution pattern, or one generic capitalized word ("the Senate"), in an article about one country.
            if type == .org, c.source == .pattern || (c.range.count == 1 && tokens[c.range.lowerBound].capitalized),
                !(countries.isEmpty && placeCountries.isEmpty), !isAfterState(c.range.lowerBound),
                let e = institutions[TextFolding.fold(text)]
                    ?? {
                        let found = institution(named: text, countries: countries, ofPlaces: placeCountries)
                        institutions[TextFolding.fold(text)] = .some(found)
                        return found
                    }()
            {
                let id = e.wikidata.hasPrefix("Q") ? e.entityId : "org:\(TextFolding.slug(e.label))"
                add(id, .org, e.label, c.range)
                listed.insert(id)
                continue
            }
            let id = "\(type.idPrefix):\(TextFolding.slug(text))"
            add(id, type, text, c.range)
            surfaces[TextFolding.fold(text)] = id
        }
        // A surname named before the full name ("Alliot-Marie" in the headline, "Michèle Alliot-Marie" in the text):
        // the one person of the article with that surname, when the surname came first.
        for id in order {
            guard let e = entities[id], e.type == .person, !e.label.contains(" "), let first = e.mentions.first,
                let list = owners[TextFolding.fold(e.label)]
            else { continue }
            let full = list.filter { o in o.id != id && entities[o.id].map { $0.label.contains(" ") } == true }
            guard full.count == 1, let target = entities[full[0].id], let start = target.mentions.first,
                first.lowerBound < start.lowerBound
            else { continue }
            entities[target.id]?.mentions.append(contentsOf: e.mentions)
            entities[id] = nil
            for (key, value) in surfaces where value == id { surfaces[key] = target.id }
        }
        // A given name alone ("Kanye" for "Kanye West", "Catherine" for "Catherine Willows"): the one person of the
        // article whose full name starts with it; left alone when two people share it.
        for id in order {
            guard let e = entities[id], e.type == .person, !e.label.contains(" "), !e.label.contains("-") else {
                continue
            }
            let given = TextFolding.fold(e.label)
            let full = order.filter { other in
                guard other != id, let o = entities[other], o.type == .person, o.label.contains(" ") else {
                    return false
                }
                return TextFolding.fold(String(o.label.split(separator: " ")[0])) == given
            }
            guard full.count == 1, let target = entities[full[0]] else { continue }
            entities[target.id]?.mentions.append(contentsOf: e.mentions)
            entities[id] = nil
            for (key, value) in surfaces where value == id { surfaces[key] = target.id }
        }
        mergeShortForms(&entities, order: order, listed: listed, surfaces: &surfaces)
        // Capitalized words left over: another mention of a name typed elsewhere in the article.
        for c in pending {
            if let id = surfaces[TextFolding.fold(surface(c.range))], let e = entities[id] {
                add(id, e.type, e.label, c.range)
            }
        }
        return order.compactMap { entities[$0] }.map { e in
            var e = e
            e.mentions.sort { $0.lowerBound < $1.lowerBound }
            return e
        }.sorted { ($0.mentions.first?.lowerBound ?? 0) < ($1.mentions.first?.lowerBound ?? 0) }
    }

    /// The short forms a full personal name can be referred to by: the name after its given names ("Le Maire",
    /// "Barrot" for "Jean-Noël Barrot"), its last hyphen group ("Kramp-Karrenbauer") and that group without an
    /// Arabic article ("Burhan" for "al-Burhan").
    func surnames(of range: Range<Int>) -> [String] {
        var k = range.lowerBound
        // Skip the first name with its hyphen joins ("Jean-Noël").
        repeat {
            k += 1
            while k + 1 < range.upperBound, tokens[k].text == "-", !tokens[k].spaceBefore { k += 2 }
        } while k < range.upperBound && NameLexicon.givenNames.contains(tokens[k].key) && k + 1 < range.upperBound
        var result: [String] = []
        if k < range.upperBound { result.append(TextFolding.fold(surface(k..<range.upperBound))) }
        var g = range.upperBound - 1
        while g - 2 >= k, tokens[g - 1].text == "-", !tokens[g - 1].spaceBefore, !tokens[g].spaceBefore { g -= 2 }
        if g >= k {
            let last = TextFolding.fold(surface(g..<range.upperBound))
            result.append(last)
            for prefix in ["al-", "el-", "ad-", "as-", "ash-", "ar-"] where last.hasPrefix(prefix) {
                result.append(String(last.dropFirst(prefix.count)))
            }
        }
        return Array(Set(result)).sorted()
    }

    /// The entity a candidate is another name of: "Rapid Support Forces (RSF)", "Dagalo, known as Hemedti",
    /// or an acronym of an organisation named earlier in the article ("RSF" after "Rapid Support Forces").
    func aliasTarget(
        _ c: Candidate, after last: (end: Int, id: String)?, entities: [String: ResolvedEntity], order: [String]
    ) -> String? {
        let k = c.range.lowerBound
        // A place in parentheses after a name is where it lies ("Le Port-Marly (Yvelines)", "Nanterre (Hauts-de-Seine)"),
        // not another name of it; an acronym is ("République démocratique du Congo (RDC)").
        if let last, k >= 1, tokens[k - 1].text == "(", last.end == k - 1, c.range.count == 1,
            c.type != .place || tokens[k].allCaps, !namesAnother(k, than: last.id, entities: entities)
        {
            return last.id
        }
        let cues: [[String]] = [
            ["known", "as"], ["dubbed"], ["alias"], ["surnomme"], ["surnommee"], ["connu", "sous", "le", "nom", "de"],
        ]
        for cue in cues where k >= cue.count && zip(tokens[(k - cue.count)..<k], cue).allSatisfy({ $0.key == $1 }) {
            var j = k - cue.count - 1
            while j >= 0,
                tokens[j].kind == .punct
                    || ["also", "better", "aussi", "sous", "le", "connu", "connue"].contains(tokens[j].key)
            { j -= 1 }
            if let last, last.end == j + 1 { return last.id }
        }
        let words = tokens[c.range].filter { $0.kind == .word }
        guard words.count == 1, words[0].allCaps, (2...6).contains(words[0].text.count) else { return nil }
        let letters = words[0].key
        let skip: Set<String> = [
            "de", "des", "du", "d'", "la", "le", "les", "l'", "of", "the", "and", "et", "pour", "for", "aux", "au",
            "en", "in",
        ]
        return order.first { id in
            guard let e = entities[id], e.type == .org || e.type == .event else { return false }
            let initials = Tokenizer.tokenize(Array(e.label.unicodeScalars)).filter {
                $0.kind == .word && !skip.contains($0.key)
            }.compactMap(\.key.first)
            return initials.count >= 2 && String(initials) == letters
        }
    }

    /// True when an "attack(s) on" / "attaque(s) contre" phrase governs position `k` in its clause.
    func isAttackTarget(_ k: Int) -> Bool {
        var j = k - 1
        while j >= 1, k - j <= 12, tokens[j].sentence == tokens[k].sentence, tokens[j].text != "," {
            if ["on", "contre"].contains(tokens[j].key),
                ["attacks", "attack", "attaque", "attaques", "attentat", "attentats", "strike", "strikes"].contains(
                    tokens[j - 1].key)
            {
                return true
            }
            j -= 1
        }
        return false
    }

    /// The body text of a token range.
    func surface(_ r: Range<Int>) -> String {
        var out = ""
        for k in r {
            if k > r.lowerBound, tokens[k].spaceBefore { out += " " }
            out += tokens[k].text
        }
        return out
    }

    /// The countries the article mentions, the one it is mostly about first (most mentioned, demonyms included; ties
    /// go to the first named). Places the gazetteer gives a kind (regions, seas, continents, historical states such as
    /// Nazi Germany) are not countries.
    func mentionedCountries(_ candidates: [Candidate]) -> [GazetteerEntry] {
        var counts: [Int: Int] = [:]
        var first: [Int: Int] = [:]
        func isCountry(_ e: GazetteerEntry) -> Bool {
            e.type == .place && e.extras["capitalOf"] == nil && e.extras["country"] == nil && e.extras["kind"] == nil
        }
        for c in candidates {
            guard let e = c.entry, isCountry(gazetteer.entries[e]) else { continue }
            counts[e, default: 0] += 1
            if first[e] == nil { first[e] = c.range.lowerBound }
        }
        for (k, t) in tokens.enumerated() where t.kind == .word && !t.capitalized {
            if let entry = gazetteer.entry(demonym: t.text), isCountry(entry),
                let e = gazetteer.byWikidata[entry.wikidata]
            {
                counts[e, default: 0] += 1
                if first[e] == nil { first[e] = k }
            }
        }
        let ranked = counts.sorted { a, b in
            a.value != b.value ? a.value > b.value : (first[a.key] ?? 0) < (first[b.key] ?? 0)
        }
        return ranked.map { gazetteer.entries[$0.key] }
    }
}
