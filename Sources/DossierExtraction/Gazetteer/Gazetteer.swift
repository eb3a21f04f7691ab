/// A parsed gazetteer entry, keyed by its Wikidata id.
public struct GazetteerEntry: Sendable, Equatable {
    /// Wikidata id, e.g. `Q30`.
    public var wikidata: String
    /// PERSON, ORG, PLACE or EVENT.
    public var type: EntityType
    /// English label.
    public var label: String
    /// Surface forms (French, English, acronyms) as written.
    public var aliases: [String]
    /// Demonyms and adjectives: not mentions, but they point at the entry.
    public var demonyms: [String]
    /// Extra facts such as `capitalOf=Q142`, `country=Q30`, `role=head of state`.
    public var extras: [String: String]
    /// The cross-document entity id, `wd:<wikidata>`.
    public var entityId: String { "wd:\(wikidata)" }
}

/// The gazetteer: entries plus an index from folded token sequences to entries.
public struct Gazetteer: Sendable {
    /// How a text token must look to match an alias token.
    enum CaseRule: String, Sendable { case exact, capitalized, any }

    /// One indexed surface form.
    struct Form: Sendable {
        var keys: [String]
        var rules: [CaseRule]
        var entry: Int
        /// A surname derived from a person's label: used only when no other reading exists.
        var weak: Bool
        /// The entry came after the tagger's weights were trained (`tagger=unseen`): not one of its features.
        var unseenByTagger = false
    }

    /// All entries in file order.
    public private(set) var entries: [GazetteerEntry] = []
    /// Forms by first token key.
    var forms: [String: [Form]] = [:]
    /// Demonym key → entry index.
    var demonyms: [String: Int] = [:]
    /// Wikidata id → entry index.
    var byWikidata: [String: Int] = [:]
    /// Lines that could not be parsed (for tests of the data files).
    public private(set) var rejectedLines: [String] = []
    /// ORG entries with a `country=` extra, by that country's id, in file order (institution and short-name lookups).
    private(set) var organisationsByCountry: [String: [Int]] = [:]
    /// Those entries by country and short form (`country|A:acronym`, `country|N:name without article`).
    private(set) var shortNames: [String: [Int]] = [:]
    /// The PERSON entries in file order, with the last word of their folded label (spelling-variant merges).
    private(set) var people: [(id: String, label: String, surname: Substring?)] = []

    /// The built-in data blocks (for building filtered gazetteers in ablations).
    public static var builtInSources: [String] { GazetteerData.all }

    /// The shared index over ``GazetteerData``, parsed once.
    public static let shared = Gazetteer(sources: GazetteerData.all)

    /// Parses gazetteer data blocks.
    public init(sources: [String]) {
        var claimed = Set<String>()
        var surnames: [String: [Int]] = [:]
        for source in sources {
            for rawLine in source.split(separator: "\n") {
                let line = TextNormalizer.trim(rawLine)
                if line.isEmpty || line.hasPrefix("#") { continue }
                guard let entry = Self.parse(line) else { rejectedLines.append(line); continue }
                if let earlier = byWikidata[entry.wikidata] {
                    // A later line with an earlier entry's id and `tagger=unseen` gives that entry more names, unseen by
                    // the tagger (a generated block extending a hand-written entry); any other repeated id is ignored.
                    if entry.extras["tagger"] == "unseen" {
                        for alias in entry.aliases {
                            addForm(alias, entry: earlier, claimed: &claimed, weak: false, unseenByTagger: true)
                        }
                    }
                    continue
                }
                let index = entries.count
                entries.append(entry)
                byWikidata[entry.wikidata] = index
                var names = entry.aliases
                if !names.contains(entry.label) { names.append(entry.label) }
                for alias in names { addForm(alias, entry: index, claimed: &claimed, weak: false) }
                for demonym in entry.demonyms where demonyms[TextFolding.fold(demonym)] == nil {
                    demonyms[TextFolding.fold(demonym)] = index
                }
                if entry.type == .person, let last = entry.label.split(separator: " ").last, last.count >= 3 {
                    surnames[String(last), default: []].append(index)
                }
            }
        }
        for (surname, owners) in surnames where owners.count == 1 {
            addForm(surname, entry: owners[0], claimed: &claimed, weak: true)
        }
        for (k, e) in entries.enumerated() where e.type == .org {
            guard let country = e.extras["country"] else { continue }
            organisationsByCountry[country, default: []].append(k)
            for key in Self.shortNameKeys(of: e) { shortNames[country + "|" + key, default: []].append(k) }
        }
        people = entries.filter { $0.type == .person }.map {
            (id: $0.entityId, label: $0.label, surname: TextFolding.fold($0.label).split(separator: " ").last)
        }
    }

    /// Parses one data line.
    static func parse(_ line: String) -> GazetteerEntry? {
        let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { TextNormalizer.trim($0) }
        guard fields.count >= 3, let type = EntityType(rawValue: fields[1]), !fields[0].isEmpty, !fields[2].isEmpty
        else { return nil }
        func list(_ k: Int) -> [String] {
            guard k < fields.count else { return [] }
            return fields[k].split(separator: ";").map { TextNormalizer.trim($0) }.filter { !$0.isEmpty }
        }
        var extras: [String: String] = [:]
        for pair in list(5) {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { extras[TextNormalizer.trim(parts[0])] = TextNormalizer.trim(parts[1]) }
        }
        return GazetteerEntry(
            wikidata: fields[0], type: type, label: fields[2], aliases: list(3), demonyms: list(4), extras: extras)
    }

    /// Indexes one alias (and, for lowercase names, its plural and feminine forms); `unseenByTagger` marks it as not
    /// one of the tagger's features even when its entry is.
    mutating func addForm(
        _ alias: String, entry: Int, claimed: inout Set<String>, weak: Bool, unseenByTagger: Bool = false
    ) {
        let tokens = Tokenizer.tokenize(Array(TextNormalizer.normalize(alias).unicodeScalars))
        guard !tokens.isEmpty else { return }
        var keys = tokens.map(\.key)
        let rules: [CaseRule] = tokens.map { t in
            if t.allCaps { return .exact }
            if NameLexicon.particles.contains(t.key) { return .any }
            return t.capitalized ? .capitalized : .any
        }
        var variants = [keys]
        if let last = tokens.last, rules.last == .any, last.kind == .word, last.key.count >= 5 {
            let base = last.key.hasSuffix("s") ? String(last.key.dropLast()) : last.key
            for suffix in ["", "s", "e", "es"] { keys[keys.count - 1] = base + suffix; variants.append(keys) }
        }
        for variant in variants {
            let signature = variant.joined(separator: " ") + "#" + rules.map(\.rawValue).joined(separator: ",")
            guard claimed.insert(signature).inserted else { continue }
            forms[variant[0], default: []].append(
                Form(
                    keys: variant, rules: rules, entry: entry, weak: weak,
                    unseenByTagger: unseenByTagger || entries[entry].extras["tagger"] == "unseen"))
        }
    }

    /// The entry with a Wikidata id.
    public func entry(wikidata: String) -> GazetteerEntry? {
        byWikidata[wikidata].map { entries[$0] }
    }

    /// The entry a demonym or nationality adjective points at (`américaine` → United States).
    public func entry(demonym: String) -> GazetteerEntry? {
        let key = TextFolding.fold(demonym)
        if let k = demonyms[key] { return entries[k] }
        if key.hasSuffix("s"), let k = demonyms[String(key.dropLast())] { return entries[k] }
        return nil
    }

    /// The institution of `country` that a generic name stands for: an ORG entry of that country
    /// with an alias that extends the generic name ("ministère de la Défense" → "ministère de la Défense des États-Unis").
    /// `qualifiedOnly` accepts only an alias made of the country's name and the generic name ("US Senate").
    public func institution(generic name: String, country: String, qualifiedOnly: Bool = false) -> GazetteerEntry? {
        let folded = TextFolding.fold(name)
        let key = folded + " "
        // "Senate" in a US article: the alias "US Senate", the country's own name before the generic word.
        let qualified = Set(
            (byWikidata[country].map { entries[$0].aliases } ?? []).map { TextFolding.fold($0) + " " + folded })
        let matches = (organisationsByCountry[country] ?? []).map { entries[$0] }.filter { e in
            e.aliases.contains {
                (!qualifiedOnly && TextFolding.fold($0).hasPrefix(key)) || qualified.contains(TextFolding.fold($0))
            }
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// A building entry named after an institution ("Pentagon" → "The Pentagon (building)").
    public func building(named name: String) -> GazetteerEntry? {
        let key = TextFolding.fold(name)
        return entries.first { e in
            e.type == .place && e.extras["kind"] == "building"
                && e.aliases.contains { TextFolding.fold($0).split(separator: " ").contains { String($0) == key } }
        }
    }

    /// The event with a `date=` in `year` whose label says it was an attack ("the 2001 attacks").
    public func attack(inYear year: String) -> GazetteerEntry? {
        let matches = entries.filter {
            $0.type == .event && ($0.extras["date"] ?? "").hasPrefix(year) && $0.label.lowercased().contains("attack")
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The event called "<date> attacks" or "attentats du <date>" for a written date ("September 11").
    public func event(onDate surface: String) -> GazetteerEntry? {
        for form in ["\(surface) attacks", "attentats du \(surface)", "attacks of \(surface)"] {
            let tokens = Tokenizer.tokenize(Array(form.unicodeScalars))
            if let m = longestMatch(tokens, at: 0), m.end == tokens.count, entries[m.entry].type == .event {
                return entries[m.entry]
            }
        }
        return nil
    }

    /// A match of a gazetteer form on a token range.
    struct Match { var start: Int; var end: Int; var entry: Int; var weak: Bool }

    /// The longest form matching at token `position` (strong forms before weak ones). `asTaggerFeature` reads the
    /// gazetteer as the tagger's weights were trained on it: entries marked `tagger=unseen` (added since) are
    /// skipped, so that the recipe in `ops/train` keeps giving the committed weights until they are retrained.
    func longestMatch(_ tokens: [Token], at position: Int, asTaggerFeature: Bool = false) -> Match? {
        guard let candidates = forms[tokens[position].key] else { return nil }
        var best: Match?
        for form in candidates where position + form.keys.count <= tokens.count {
            if asTaggerFeature && form.unseenByTagger { continue }
            var ok = true
            for (k, key) in form.keys.enumerated() {
                let t = tokens[position + k]
                if t.key != key { ok = false; break }
                if k > 0 && t.paragraph != tokens[position].paragraph { ok = false; break }
                switch form.rules[k] {
                case .exact:
                    // Acronyms said as words are also written in title case ("Otan", "Cédéao", "Minusma").
                    if t.text != t.text.uppercased(),
                        !(form.keys.count == 1 && key.count >= 4 && t.capitalized
                            && t.text.dropFirst() == t.text.dropFirst().lowercased())
                    {
                        ok = false
                    }
                case .capitalized: if !t.capitalized { ok = false }
                case .any: break
                }
                if !ok { break }
            }
            guard ok else { continue }
            let end = position + form.keys.count
            if let b = best {
                if end - position > b.end - b.start || (end - position == b.end - b.start && b.weak && !form.weak) {
                    best = Match(start: position, end: end, entry: form.entry, weak: form.weak)
                }
            } else {
                best = Match(start: position, end: end, entry: form.entry, weak: form.weak)
            }
        }
        return best
    }
}
