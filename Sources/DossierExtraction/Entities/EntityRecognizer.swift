/// Finds entity mentions: the learned tagger's mentions, gazetteer matches, lowercase
/// institution/place/event patterns, and capitalized sequences typed by context (titles,
/// keywords, media cues, given names) only for named events or when no model is loaded.
extension String {
    /// Drops one leading space.
    var trimmingPrefixSpace: String { hasPrefix(" ") ? String(dropFirst()) : self }
}

struct EntityRecognizer {
    let tokens: [Token]
    let gazetteer: Gazetteer
    let dates: [FoundDate]
    /// The tagger's mentions: end and type by start token (empty when no model is loaded).
    var modelMentions: [Int: (end: Int, type: EntityType)] = [:]
    /// Token indices inside a tagger mention.
    var modelCovered: Set<Int> = []
    /// True when the tagger decides which capitalized runs are names (a model is loaded).
    var modelDecides = false
    /// The year of the presidential election the article names with its year, for its other mentions.
    let presidentialYear: Int?

    /// A recognizer; with a loaded `tagger`, its mentions replace the capitalized-run rules.
    init(tokens: [Token], gazetteer: Gazetteer, dates: [FoundDate], tagger: SequenceTagger? = nil) {
        self.tokens = tokens
        self.gazetteer = gazetteer
        self.dates = dates
        presidentialYear = Self.presidentialYear(in: tokens, dates: dates)
        guard let tagger, tagger.isLoaded else { return }
        modelDecides = true
        for m in tagger.mentions(tokens, gazetteer: gazetteer)
        where !(m.range.count == 1 && dates.contains { $0.tokens.contains(m.range.lowerBound) }) {
            guard let r = trimmed(m.range, type: m.type) else { continue }
            for (range, type) in reshaped(r, type: m.type) {
                // "Ed | Sheeran": a given name the tagger cut off as a mention of its own joins the person after it.
                if type == .person, range.lowerBound > 0, let g = modelMentions[range.lowerBound - 1],
                    g.end == range.lowerBound, tokens[range.lowerBound - 1].capitalized,
                    tokens[range.lowerBound - 1].paragraph == tokens[range.lowerBound].paragraph,
                    NameLexicon.anyGivenNames.contains(tokens[range.lowerBound - 1].key),
                    !range.contains(where: { Self.isNameKeyword(tokens[$0].key) })
                {
                    modelMentions[range.lowerBound - 1] = (range.upperBound, .person)
                    modelCovered.formUnion(range)
                    continue
                }
                modelMentions[range.lowerBound] = (range.upperBound, type)
                modelCovered.formUnion(range)
            }
        }
    }

    /// A tagger mention without what is not part of a name: leading articles ("the State Department",
    /// "la SNCF"; "Le Monde" mid-sentence stays), a person's title ("President Joe Biden", "Me Ravanas"),
    /// leading lowercase words or punctuation ("de Nanterre", "-de-Seine"), trailing punctuation. Nil
    /// when no capitalized word is left ("ministre") or the last word is glued to n't ("Don't").
    func trimmed(_ range: Range<Int>, type: EntityType) -> Range<Int>? {
        var start = range.lowerBound, end = range.upperBound
        while end - start > 1, tokens[end - 1].kind == .punct { end -= 1 }
        while end - start > 1 {
            let t = tokens[start]
            if ["the", "le", "la", "les", "l'"].contains(t.key), t.key == "the" || !t.capitalized || t.sentenceInitial {
                start += 1; continue
            }
            if type == .person, NameLexicon.personTitles.contains(t.key) || ["me", "maitre"].contains(t.key) {
                start += 1; continue
            }
            if t.kind == .punct || (t.kind == .word && !t.capitalized) { start += 1; continue }
            break
        }
        guard tokens[start..<end].contains(where: { $0.kind == .word && $0.capitalized }) else { return nil }
        // "Don't", "Won't": a word glued to n't is a verb, not a name.
        if end + 1 < tokens.count, ["'", "\u{2019}"].contains(tokens[end].text), tokens[end + 1].key == "t",
            !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore
        {
            return nil
        }
        return start..<end
    }

    /// All candidates, non-overlapping, in document order.
    func candidates() -> [Candidate] {
        var result: [Candidate] = []
        var i = 0
        while i < tokens.count {
            var options: [Candidate] = []
            if let c = pattern(at: i) { options.append(c) }
            if let m = gazetteer.longestMatch(tokens, at: i), !isDerivedAdjective(m.end), takes(m),
                !(m.weak && (isStopCapital(i) || inDate(i))),
                !(modelDecides && m.weak && !modelCovered.contains(i))
            {
                options.append(
                    Candidate(
                        range: m.start..<m.end, type: gazetteer.entries[m.entry].type, source: .gazetteer,
                        entry: m.entry, weak: m.weak))
            }
            if let m = modelMentions[i] { options.append(Candidate(range: i..<m.end, type: m.type, source: .model)) }
            if let c = capitalized(at: i), !(c.range.count == 1 && inDate(i)),
                !modelDecides || (c.type == .event && !c.range.contains(where: { modelCovered.contains($0) }))
                    || (c.type == .org && modelMentions[i].map { $0.end < c.range.upperBound } == true)
                    || (c.type == .org && c.range.count >= 3 && !modelCovered.contains(i)
                        && Self.institutionHeads.contains(tokens[i].key))
                    || personMissedByModel(c)
            {
                // Rules keep institution names the tagger cut short ("Conseil constitutionnel") or missed whole
                // ("Institut de virologie de Wuhan"), and people it missed or cut to their surname.
                options.append(c)
            }
            if let c = namedByDate(at: i) { options.append(c) }
            if let c = stateAbbreviation(at: i) ?? partyStateTag(at: i) { options.append(c) }
            if !modelCovered.contains(i), let c = afterHonorific(at: i) { options.append(c) }
            guard
                let best = options.min(by: { a, b in
                    a.range.count != b.range.count ? a.range.count > b.range.count : a.source < b.source
                })
            else { i += 1; continue }
            // A capitalized run that only extends a gazetteer place by a name of its own is split ("New York Twin Towers").
            if best.source == .capitalized, !endsWithGenericOrgKeyword(best.range),
                let g = options.first(where: { $0.source == .gazetteer }), g.type == .place,
                best.range.count - g.range.count >= 2
            {
                result.append(g); i = g.range.upperBound; continue
            }
            result.append(Self.styled(best, tokens))
            i = result.last!.range.upperBound
        }
        return surnamesBeforeSpeech(surnamesOverKnownNames(confirmedInTitleCaseHeadings(result)))
    }

    /// "Robert Costa … Trump told Costa": a one-word organisation of the generated open-data block (`tagger=unseen`)
    /// that is the last word of a person the article names in full is that person, not the brand.
    func surnamesOverKnownNames(_ candidates: [Candidate]) -> [Candidate] {
        let surnames = Set(
            candidates.filter { $0.type == .person && $0.range.count >= 2 }.map { tokens[$0.range.upperBound - 1].key })
        guard !surnames.isEmpty else { return candidates }
        return candidates.map { c in
            guard c.source == .gazetteer, c.range.count == 1, let e = c.entry, gazetteer.entries[e].type == .org,
                gazetteer.entries[e].extras["tagger"] == "unseen", surnames.contains(tokens[c.range.lowerBound].key)
            else { return c }
            return Candidate(range: c.range, type: .person, source: .model)
        }
    }

    /// "BP To Pay $18.7 Billion To Settle Gulf Coast Oil Spill Claims": a headline in title case capitalizes every
    /// word, so a capitalized run there is a name only when a list knows it or the text outside such headlines
    /// writes it too ("Settle Gulf Coast Oil" is dropped, "Supreme Court" and "Jack Dorsey" stay).
    func confirmedInTitleCaseHeadings(_ candidates: [Candidate]) -> [Candidate] {
        var titleCase = Set<Int>()
        var p0 = 0
        while p0 < tokens.count {
            var p1 = p0
            while p1 < tokens.count, tokens[p1].paragraph == tokens[p0].paragraph { p1 += 1 }
            let words = tokens[p0..<p1].filter { $0.kind == .word && $0.key.count >= 2 }
            if p1 - p0 <= 24, words.count >= 4, words.filter(\.capitalized).count * 4 >= words.count * 3,
                words.dropFirst().contains(where: {
                    $0.capitalized && !$0.allCaps && !$0.sentenceInitial && Self.titleCaseWords.contains($0.key)
                })
            {
                titleCase.insert(tokens[p0].paragraph)
            }
            p0 = p1
        }
        guard !titleCase.isEmpty,
            candidates.contains(where: { titleCase.contains(tokens[$0.range.lowerBound].paragraph) })
        else { return candidates }
        var positions: [String: [Int]] = [:]
        for (k, t) in tokens.enumerated() where t.kind == .word && t.capitalized && !titleCase.contains(t.paragraph) {
            positions[t.key, default: []].append(k)
        }
        func writtenElsewhere(_ r: Range<Int>) -> Bool {
            // The first occurrences suffice, and bound the work on a list of thousands of title-case lines.
            positions[tokens[r.lowerBound].key, default: []].prefix(256).contains { s in
                s + r.count <= tokens.count
                    && r.indices.allSatisfy { tokens[s + $0 - r.lowerBound].key == tokens[$0].key }
            }
        }
        return candidates.filter { c in
            !titleCase.contains(tokens[c.range.lowerBound].paragraph) || c.source == .gazetteer
                || c.source == .pattern || writtenElsewhere(c.range)
        }
    }

    /// Short words a headline capitalizes only in title case ("To", "Of", "For"), folded.
    static let titleCaseWords: Set<String> = [
        "to", "of", "for", "in", "on", "at", "by", "with", "from", "and", "or", "but", "is", "are", "was", "as",
        "his", "her", "its", "their", "be", "has", "have", "will", "after", "over", "into", "about", "than",
    ]

    /// "Tiffany Haddish parodied", "Riverdale's Cole Sprouse": a known given name opening two or three capitalized
    /// words is a person where the tagger saw nothing, or only the words after the given name.
    func personMissedByModel(_ c: Candidate) -> Bool {
        guard c.type == .person, c.source == .capitalized, (2...3).contains(c.range.count),
            c.range.allSatisfy({ tokens[$0].kind == .word && tokens[$0].key.count >= 2 }),
            NameLexicon.anyGivenNames.contains(tokens[c.range.lowerBound].key),
            !c.range.contains(where: { gazetteer.entry(demonym: tokens[$0].text) != nil }),
            let last = c.range.last, !Self.isNameKeyword(tokens[last].key),
            !Self.mastheadNouns.contains(tokens[last].key),
            !modelCovered.contains(c.range.lowerBound), !inHeading(c.range)
        else { return false }
        return c.range.dropFirst().allSatisfy { k in
            guard modelCovered.contains(k) else { return true }
            guard let s = (max(0, k - 8)...k).last(where: { modelMentions[$0].map { $0.end > k } ?? false }) else {
                return false
            }
            return s >= c.range.lowerBound && modelMentions[s]!.end <= c.range.upperBound
        }
    }

    /// True when `r` lies in a headline or subheading ("Xi Meeting"): `Token.isHeading` of its paragraph, found by
    /// looking at most 20 tokens around it.
    func inHeading(_ r: Range<Int>) -> Bool {
        let paragraph = tokens[r.lowerBound].paragraph
        var first = r.lowerBound, end = r.upperBound
        while first > 0, tokens[first - 1].paragraph == paragraph, end - first <= 20 { first -= 1 }
        while end < tokens.count, tokens[end].paragraph == paragraph, end - first <= 20 { end += 1 }
        return Token.isHeading(tokens, first..<end)
    }

    /// "West, 43, wrote", "Warren said": a one-word name typed place or organisation that is the last word of a person
    /// the article names in full, right before a verb of saying (after an age in commas), is that person, as news
    /// names people by their surname after the first mention.
    func surnamesBeforeSpeech(_ candidates: [Candidate]) -> [Candidate] {
        let surnames = Set(
            candidates.filter { $0.type == .person && $0.range.count >= 2 }.map { tokens[$0.range.upperBound - 1].key })
        guard !surnames.isEmpty else { return candidates }
        var result = candidates
        for (n, c) in candidates.enumerated()
        where c.range.count == 1 && (c.type == .place || c.type == .org) && tokens[c.range.lowerBound].capitalized
            && surnames.contains(tokens[c.range.lowerBound].key)
        {
            var k = c.range.upperBound
            if k + 2 < tokens.count, tokens[k].text == ",", tokens[k + 1].kind == .number, tokens[k + 2].text == "," {
                k += 3
            }
            guard k < tokens.count, tokens[k].kind == .word, SpeechLexicon.verbs.contains(tokens[k].key) else {
                continue
            }
            result[n] = Candidate(range: c.range, type: .person, source: .model)
        }
        return result
    }

    /// A candidate in the surface newsrooms write: a listed name without its leading "The" ("The Washington Post" →
    /// "Washington Post"; "The Hill" keeps it).
    static func styled(_ c: Candidate, _ tokens: [Token]) -> Candidate {
        var c = c
        if c.source == .gazetteer, c.range.count >= 3, tokens[c.range.lowerBound].key == "the" {
            c.range = (c.range.lowerBound + 1)..<c.range.upperBound
        }
        return c
    }

    /// False for a name the gazetteer marks `match=mid-sentence` (a news medium or brand that is also a word or a place:
    /// "Challenges", "La Provence", "Carrefour") where its capital says nothing: at the start of a sentence, after
    /// anything but a lowercase word, a sentence's first word ("Selon"), a comma or a slash, before another capitalized word ("Budget Control Act"), or in capitals
    /// where the name is not ("RAM" is not the brand "Ram").
    func takes(_ m: Gazetteer.Match) -> Bool {
        let entry = gazetteer.entries[m.entry]
        guard entry.extras["match"] == "mid-sentence" else { return true }
        guard m.start > 0, !tokens[m.start].sentenceInitial else { return false }
        let before = tokens[m.start - 1]
        guard before.kind == .word ? !before.capitalized || before.sentenceInitial : [",", "/"].contains(before.text)
        else { return false }
        if m.end < tokens.count, tokens[m.end].kind == .word, tokens[m.end].capitalized { return false }
        // "la Côte d'Ivoire", "La Côte-Saint-André": the name runs on into a longer one.
        if m.end + 1 < tokens.count, tokens[m.end].elision || tokens[m.end].text == "-", !tokens[m.end + 1].spaceBefore,
            tokens[m.end + 1].capitalized
        {
            return false
        }
        return !(m.end - m.start == 1 && tokens[m.start].allCaps && entry.label != entry.label.uppercased())
    }

    /// True when token `k` belongs to a date expression.
    func inDate(_ k: Int) -> Bool { dates.contains { $0.tokens.contains(k) } }

    /// Events named by a date: "the anniversary of September 11", "the 2001 attacks".
    func namedByDate(at i: Int) -> Candidate? {
        if let d = dates.first(where: { $0.tokens.lowerBound == i }), i >= 2,
            ["of", "du", "de"].contains(tokens[i - 1].key), ["anniversary", "anniversaire"].contains(tokens[i - 2].key)
        {
            let surface = tokens[d.tokens].map { ($0.spaceBefore ? " " : "") + $0.text }.joined().trimmingPrefixSpace
            if let e = gazetteer.event(onDate: surface), let k = gazetteer.byWikidata[e.wikidata] {
                return Candidate(range: d.tokens, type: .event, source: .gazetteer, entry: k)
            }
        }
        if tokens[i].kind == .number, tokens[i].text.count == 4, i + 1 < tokens.count,
            ["attacks", "attentats"].contains(tokens[i + 1].key),
            let e = gazetteer.attack(inYear: tokens[i].text), let k = gazetteer.byWikidata[e.wikidata]
        {
            return Candidate(range: i..<(i + 2), type: .event, source: .gazetteer, entry: k)
        }
        return nil
    }

    /// "Obama-esque": a name glued by a hyphen to a lowercase word is an adjective, not a mention.
    func isDerivedAdjective(_ end: Int) -> Bool {
        guard end + 1 < tokens.count, tokens[end].text == "-", !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore
        else { return false }
        return tokens[end + 1].kind == .word && !tokens[end + 1].capitalized
    }

    /// True when a capitalized token cannot start or be a name on its own.
    func isStopCapital(_ k: Int) -> Bool {
        let t = tokens[k]
        if NameLexicon.sentenceWords.contains(t.key) { return true }
        if NameLexicon.personTitles.contains(t.key) && !NameLexicon.givenNames.contains(t.key) { return true }
        if CalendarWords.months[t.key] != nil || CalendarWords.weekdays[t.key] != nil { return true }
        if gazetteer.entry(demonym: t.text) != nil && gazetteer.longestMatch(tokens, at: k) == nil { return true }
        if t.sentenceInitial, QuantityExtractor.functionWords.contains(t.key) { return true }
        return false
    }

    /// A run of capitalized words (with particles and hyphen joins) typed by its context.
    func capitalized(at i: Int) -> Candidate? {
        let first = tokens[i]
        // "General Confederation of Labour": a title word opening an organisation's name.
        if first.kind == .word, first.capitalized, !first.sentenceInitial, NameLexicon.personTitles.contains(first.key),
            i + 1 < tokens.count,
            tokens[i + 1].paragraph == first.paragraph, let c = capitalized(at: i + 1), c.type == .org,
            c.range.lowerBound == i + 1,
            tokens[c.range].contains(where: { NameLexicon.orgKeywords.contains($0.key) })
        {
            return Candidate(range: i..<c.range.upperBound, type: .org, source: .capitalized)
        }
        guard first.kind == .word, first.capitalized, !isStopCapital(i) else { return nil }
        var j = i + 1
        while j < tokens.count, tokens[j].paragraph == first.paragraph {
            let t = tokens[j]
            if t.kind == .word, t.capitalized, !isStopCapital(j) || NameLexicon.anyGivenNames.contains(t.key) {
                j += 1; continue
            }
            if t.text == "-", !t.spaceBefore, j + 1 < tokens.count, !tokens[j + 1].spaceBefore,
                tokens[j + 1].capitalized
            {
                j += 2; continue
            }
            if let next = joinedName(at: j) { j = next; continue }
            if t.kind == .word, !t.capitalized, NameLexicon.particles.contains(t.key), j + 1 < tokens.count,
                tokens[j + 1].capitalized, tokens[j + 1].kind == .word, !isStopCapital(j + 1), t.key != "and",
                t.key != "y" || true
            {
                if t.key == "of" || t.key == "for" || t.key == "and" {
                    // English particles only inside organisation names ("Department of Defense").
                    let head = tokens[i..<j].contains {
                        NameLexicon.orgKeywords.contains($0.key) || NameLexicon.placeKeywords.contains($0.key)
                    }
                    if !head { break }
                }
                j += 1; continue
            }
            break
        }
        var start = i
        // "Défense Mark Esper": a given name after other capitalized words starts the real name; "du Sénat Gérard
        // Larcher": an institution before it is a name of its own.
        if i > 0, tokens[i - 1].kind == .word,
            NameLexicon.particles.contains(tokens[i - 1].key) || tokens[i - 1].elision
                || ["au", "aux", "at", "in"].contains(tokens[i - 1].key),
            let g = (i + 1..<j).first(where: {
                NameLexicon.anyGivenNames.contains(tokens[$0].key)
                    && !NameLexicon.anyGivenNames.contains(tokens[$0 - 1].key)
                    && tokens[$0 - 1].kind == .word
            })
        {
            if !tokens[i..<g].contains(where: {
                NameLexicon.orgKeywords.contains($0.key) || NameLexicon.placeKeywords.contains($0.key)
            }) {
                start = g
            } else if j - g >= 2, tokens[i..<g].contains(where: { NameLexicon.orgKeywords.contains($0.key) }) {
                return Candidate(range: i..<g, type: .org, source: .capitalized)
            }
        }
        if j - start >= 2, ["ong", "ngo"].contains(tokens[start].key) {
            return Candidate(range: (start + 1)..<j, type: .org, source: .capitalized)
        }
        let tail = institutionTail(start: start, end: j)
        if tail > j { return Candidate(range: start..<tail, type: .org, source: .capitalized) }
        let range = start..<j
        guard let type = typeOf(range) else {
            if range.count == 1 { return Candidate(range: range, type: nil, source: .pending) }
            return nil
        }
        return Candidate(range: range, type: type, source: .capitalized)
    }

    /// Types a capitalized run from its words and its context.
    func typeOf(_ r: Range<Int>) -> EntityType? {
        let words = tokens[r].filter { $0.kind == .word }
        let keys = words.map(\.key)
        let before = r.lowerBound > 0 ? tokens[r.lowerBound - 1] : nil
        let after = nextWord(after: r.upperBound)
        switch contextType(r, words: words) {
        case .type(let t)?: return t
        case .notAName?: return nil
        case nil: break
        }
        if let last = keys.last, NameLexicon.eventKeywords.contains(last) && words.count >= 2 { return .event }
        if keys.contains(where: { NameLexicon.orgKeywords.contains($0) }) { return .org }
        if let last = keys.last, NameLexicon.placeKeywords.contains(last) && words.count >= 2 { return .place }
        if let a = after, ["mission", "operation", "summit", "sommet", "conference"].contains(a.key) { return .event }
        if let b = before, ["mission", "operation", "opération", "operacion"].contains(b.key), !b.capitalized {
            return .event
        }
        if let f = keys.first, NameLexicon.anyGivenNames.contains(f), words.count >= 2 { return .person }
        if hasTitle(before: r.lowerBound) { return .person }
        if hasMediaCue(before: r.lowerBound) { return .org }
        switch contextTypeAround(r, words: words) {
        case .type(let t)?: return t
        case .notAName?: return nil
        case nil: break
        }
        if tokens[r.lowerBound].sentenceInitial { return nil }
        if words.count >= 2, !words.contains(where: \.allCaps) { return .person }
        if words.count == 1, words[0].allCaps, words[0].text.count <= 6 { return .org }
        if words.count == 1, let b = before, ["in", "at", "near", "a", "pres", "vers", "from"].contains(b.key),
            !b.capitalized
        {
            return .place
        }
        return nil
    }

    /// Past a lowercase-particle join inside a name at `j` ("Port-au-Prince", "Bruno Le Maire", "S&P"): the next index.
    func joinedName(at j: Int) -> Int? {
        let t = tokens[j]
        func nameWord(_ k: Int) -> Bool {
            k < tokens.count && tokens[k].kind == .word && tokens[k].capitalized
                && !NameLexicon.sentenceWords.contains(tokens[k].key)
                && tokens[k].paragraph == t.paragraph
        }
        guard j + 1 < tokens.count, tokens[j + 1].paragraph == t.paragraph else { return nil }
        if t.text == "-", !t.spaceBefore, j + 3 < tokens.count,
            ["au", "aux", "en", "de", "du", "la", "le", "les", "sur", "sous", "d'"].contains(tokens[j + 1].key),
            !tokens[j + 1].capitalized, tokens[j + 2].text == "-", !tokens[j + 1].spaceBefore,
            !tokens[j + 2].spaceBefore, !tokens[j + 3].spaceBefore,
            tokens[j + 3].capitalized
        {
            return j + 4
        }
        if t.text == "&", nameWord(j + 1) { return j + 2 }
        if t.kind == .word, t.capitalized,
            ["le", "la", "de", "du", "van", "von", "da", "di", "del", "al", "el", "ben", "bin", "abu", "ibn"].contains(
                t.key),
            j > 0, tokens[j - 1].kind == .word, tokens[j - 1].capitalized, nameWord(j + 1)
        {
            return j + 2
        }
        return nil
    }

    /// True when a run ends with a generic organisation keyword ("Ghana Cocoa Board"), not a name ("US-Taliban").
    func endsWithGenericOrgKeyword(_ r: Range<Int>) -> Bool {
        guard let last = tokens[r].last(where: { $0.kind == .word }) else { return false }
        return NameLexicon.orgKeywords.contains(last.key) && !Self.namedOrgKeywords.contains(last.key)
    }

    /// The next word token at or after `k` (skipping quotes).
    func nextWord(after k: Int) -> Token? {
        var j = k
        while j < tokens.count, tokens[j].kind == .punct, "\"“”«»’'".contains(tokens[j].text) { j += 1 }
        return j < tokens.count && tokens[j].kind == .word ? tokens[j] : nil
    }

    /// A person title shortly before `k` in the same sentence ("le général", "President", "M.").
    func hasTitle(before k: Int) -> Bool {
        var j = k - 1
        var steps = 0
        while j >= 0, steps < 6, tokens[j].sentence == tokens[k].sentence || tokens[j].text == "." {
            let t = tokens[j]
            if t.kind == .punct && t.text != "." && t.text != "-" { return false }
            if t.elision { return false }
            if NameLexicon.personTitles.contains(t.key) { return true }
            // "ministre des Affaires étrangères", "Minister of Finance": the capitalized words name a portfolio.
            if t.kind == .word, !t.capitalized, ["de", "des", "du", "d'", "of"].contains(t.key),
                !(j > 0 && ["m", "mme", "mlle", "mr", "mrs", "ms", "general", "gen"].contains(tokens[j - 1].key))
            {
                return false
            }
            if t.kind == .word, !t.capitalized, !NameLexicon.particles.contains(t.key),
                !["a", "aux", "au", "en", "of", "americain", "americaine"].contains(t.key),
                gazetteer.entry(demonym: t.text) == nil
            {
                return false
            }
            j -= 1; steps += 1
        }
        return false
    }

    /// A cue that the following name is a news outlet: "a déclaré au X", "interview accordée au X",
    /// "selon la X", "publié dans X", "told X", "according to the X".
    func hasMediaCue(before k: Int) -> Bool {
        guard k > 0 else { return false }
        let b1 = tokens[k - 1].key
        let b2 = k > 1 ? tokens[k - 2].key : ""
        if b1 == "dans" || b1 == "par", ["publie", "publiee", "paru", "parue"].contains(b2) { return true }
        if ["la", "le", "l'"].contains(b1), b2 == "selon" { return true }
        if b1 == "the", b2 == "to", k > 2, tokens[k - 3].key == "according" { return true }
        if b1 == "told" || b2 == "told" && b1 == "the" { return true }
        guard ["au", "a", "aux"].contains(b1) else { return false }
        var j = k - 2
        var steps = 0
        while j >= 0, steps < 6, tokens[j].sentence == tokens[k].sentence {
            let key = tokens[j].key
            if [
                "declare", "declarees", "dit", "parle", "confie", "accordee", "accorde", "interview", "entretien",
                "explique",
                "raconte", "indique", "affirme", "precise", "ajoute", "souligne", "assure", "reconnu",
            ].contains(key) {
                return true
            }
            j -= 1; steps += 1
        }
        return false
    }
}
