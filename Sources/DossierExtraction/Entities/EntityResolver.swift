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
        let country = dominantCountry(candidates)

        func add(_ id: String, _ type: EntityType, _ label: String, _ range: Range<Int>) {
            if entities[id] == nil { entities[id] = ResolvedEntity(id: id, type: type, label: label, mentions: []); order.append(id) }
            entities[id]?.mentions.append(range)
            if type == .person {
                for (key, list) in owners { if let k = list.firstIndex(where: { $0.id == id }) { owners[key]?[k].last = range.lowerBound } }
            }
        }
        func register(surname: String, id: String, at position: Int) {
            var list = owners[surname, default: []]
            if let k = list.firstIndex(where: { $0.id == id }) { list[k].last = position } else { list.append(Owner(id: id, last: position)) }
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
        for c in candidates {
            let text = surface(c.range)
            if var e = c.entry {
                // The institution named as the target of an attack is its building ("the attacks on … the Pentagon").
                if gazetteer.entries[e].type == .org, isAttackTarget(c.range.lowerBound), let b = gazetteer.building(named: text),
                   let k = gazetteer.byWikidata[b.wikidata] { e = k }
                let entry = gazetteer.entries[e]
                let id = entry.wikidata.hasPrefix("Q") ? entry.entityId : "\(entry.type.idPrefix):\(TextFolding.slug(entry.label))"
                if c.weak, entry.type == .person, let other = owner(of: TextFolding.fold(text), at: c.range.lowerBound), other != id {
                    add(other, .person, entities[other]?.label ?? text, c.range); continue
                }
                add(id, entry.type, entry.label, c.range)
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
                if let id = owner(of: TextFolding.fold(text), at: c.range.lowerBound) { add(id, .person, entities[id]?.label ?? text, c.range) }
                else { pending.append(c) }
                continue
            }
            if type == .person {
                let words = tokens[c.range].filter { $0.kind == .word }
                let key = TextFolding.fold(text)
                let firstIsGiven = words.first.map { NameLexicon.givenNames.contains($0.key) } ?? false
                if (words.count == 1 || !firstIsGiven), let id = owner(of: key, at: c.range.lowerBound) {
                    add(id, .person, entities[id]?.label ?? text, c.range); continue
                }
                let id = "person:\(TextFolding.slug(text))"
                add(id, .person, text, c.range)
                if words.count >= 2, let firstWord = c.range.first(where: { tokens[$0].kind == .word }) {
                    register(surname: TextFolding.fold(surface((firstWord + 1)..<c.range.upperBound)), id: id, at: c.range.lowerBound)
                } else { register(surname: key, id: id, at: c.range.lowerBound) }
                continue
            }
            if type == .org, c.source == .pattern, let country, let e = gazetteer.institution(generic: text, country: country.wikidata) {
                add(e.wikidata.hasPrefix("Q") ? e.entityId : "org:\(TextFolding.slug(e.label))", .org, e.label, c.range); continue
            }
            let id = "\(type.idPrefix):\(TextFolding.slug(text))"
            add(id, type, text, c.range)
            surfaces[TextFolding.fold(text)] = id
        }
        // Capitalized words left over: another mention of a name typed elsewhere in the article.
        for c in pending {
            if let id = surfaces[TextFolding.fold(surface(c.range))], let e = entities[id] { add(id, e.type, e.label, c.range) }
        }
        return order.compactMap { entities[$0] }.map { e in
            var e = e
            e.mentions.sort { $0.lowerBound < $1.lowerBound }
            return e
        }.sorted { ($0.mentions.first?.lowerBound ?? 0) < ($1.mentions.first?.lowerBound ?? 0) }
    }

    /// True when an "attack(s) on" / "attaque(s) contre" phrase governs position `k` in its clause.
    func isAttackTarget(_ k: Int) -> Bool {
        var j = k - 1
        while j >= 1, k - j <= 12, tokens[j].sentence == tokens[k].sentence, tokens[j].text != "," {
            if ["on", "contre"].contains(tokens[j].key), ["attacks", "attack", "attaque", "attaques", "attentat", "attentats", "strike", "strikes"].contains(tokens[j - 1].key) { return true }
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

    /// The country the article is mostly about (most mentioned country, demonyms included).
    func dominantCountry(_ candidates: [Candidate]) -> GazetteerEntry? {
        var counts: [Int: Int] = [:]
        var first: [Int: Int] = [:]
        func isCountry(_ e: GazetteerEntry) -> Bool { e.type == .place && e.extras["capitalOf"] == nil && e.extras["country"] == nil }
        for c in candidates {
            guard let e = c.entry, isCountry(gazetteer.entries[e]) else { continue }
            counts[e, default: 0] += 1
            if first[e] == nil { first[e] = c.range.lowerBound }
        }
        for (k, t) in tokens.enumerated() where t.kind == .word && !t.capitalized {
            if let entry = gazetteer.entry(demonym: t.text), isCountry(entry), let e = gazetteer.byWikidata[entry.wikidata] {
                counts[e, default: 0] += 1
                if first[e] == nil { first[e] = k }
            }
        }
        let best = counts.max { a, b in a.value != b.value ? a.value < b.value : (first[a.key] ?? 0) > (first[b.key] ?? 0) }
        return best.map { gazetteer.entries[$0.key] }
    }
}
