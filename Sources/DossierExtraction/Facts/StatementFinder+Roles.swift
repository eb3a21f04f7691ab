/// Speakers named by a description: a role resolved to the person introduced with it ("the professor", "le directeur
/// de l'Assurance maladie" → the one named with that role and complement), an office to the person the text is about, a
/// body to the organisation whose name holds its noun ("la commission"), a document to whoever it was said to come from.
extension StatementFinder {
    /// A description from `a` to its head `h`: indefinite or plural ones stay anonymous; definite roles
    /// resolve to the person introduced with that role, "the company" to the organisation the text is about; "the panel"
    /// only to a body named as one, never to the news agency or company named last.
    func description(from a: Int, head h: Int) -> Speaker {
        let text = words(a, h + 1)
        let first = tokens[a].key, head = tokens[h].key
        if SpeechLexicon.indefinite.contains(first) || SpeechLexicon.groups.contains(head) { return .anonymous(text) }
        guard SpeechLexicon.definite.contains(first) || a == h || tokens[a].capitalized else { return .anonymous(text) }
        if SpeechLexicon.personRoles.contains(head),
            let id = person(withRole: head, before: a, complement: complementWord(after: h))
        {
            return .entity(id)
        }
        // "le président de la République", "the party leader": an office held by one person, the one the text is about.
        if SpeechLexicon.offices.contains(head), SpeechLexicon.definite.contains(first),
            let id = mostNamedPerson(before: a)
        {
            return .entity(id)
        }
        if SpeechLexicon.organisationHeads.contains(head), SpeechLexicon.definite.contains(first),
            case .entity(let id)? = organisation(named: head, before: a).map({ .entity($0) })
                ?? (SpeechLexicon.bodyNames[head] == nil ? referent(before: a, type: .org) : nil)
        {
            return .entity(id)
        }
        return .anonymous(text)
    }

    /// The organisation a definite description with the head `noun` stands for ("la commission", "the committee"): the
    /// last one named before `k` whose name holds that noun ("la Commission nationale consultative …", "the House
    /// Intelligence Committee"), or for a body one of the nouns that name the same kind ("the panel" → "the House
    /// Intelligence Committee"); nil when none does.
    func organisation(named noun: String, before k: Int) -> String? {
        let nouns = SpeechLexicon.bodyNames[noun] ?? [noun]
        var i = mentions.count - 1
        while i >= 0 {
            defer { i -= 1 }
            let m = mentions[i]
            guard m.type == .org, m.range.upperBound <= k, !inQuote[m.range.lowerBound] else { continue }
            if m.range.contains(where: { r in nouns.contains { tokens[r].key == $0 || tokens[r].key == $0 + "s" } }) {
                return m.id
            }
        }
        return nil
    }

    /// The person named most often before `k` (the most recent on a tie): who an unnamed office holder is.
    func mostNamedPerson(before k: Int) -> String? {
        var counts: [String: (count: Int, last: Int)] = [:]
        for m in mentions where m.type == .person && m.range.upperBound <= k && !inQuote[m.range.lowerBound] {
            counts[m.id] = ((counts[m.id]?.count ?? 0) + 1, m.range.lowerBound)
        }
        return counts.max { ($0.value.count, $0.value.last) < ($1.value.count, $1.value.last) }?.key
    }

    /// The last person named with `role` next to the name before `k` ("Fitzhugh Mullan, a professor" → "the professor").
    /// "le ministre des Comptes publics" is not "le ministre de l'Intérieur": a `complement` given must be the same.
    func person(withRole role: String, before k: Int, complement: String? = nil) -> String? {
        let rank = paragraphRank(of: min(k, tokens.count - 1))
        for m in mentions.reversed() where m.type == .person && m.range.upperBound <= k && !inQuote[m.range.lowerBound]
        {
            if paragraphRank(of: m.range.lowerBound) < rank - 20 { break }
            let sentence = tokens[m.range.lowerBound].sentence
            let around = max(0, m.range.lowerBound - 8)..<min(tokens.count, m.range.upperBound + 6)
            // The role as written or in the plural or feminine ("l'un des avocats", "la directrice").
            // Not the one the role is of: "l'un des avocats de Laura Smet" names Laura Smet as the client; but a name
            // set off by a comma after the complement is the role's holder ("le directeur de l'Assurance maladie,
            // Nicolas Revel").
            if around.contains(where: { r in
                tokens[r].sentence == sentence && [role, role + "s", role + "e", role + "es"].contains(tokens[r].key)
                    && (complement == nil || complementWord(after: r) == nil || complementWord(after: r) == complement)
                    && !(r < m.range.lowerBound
                        && (r + 1..<m.range.lowerBound).contains { Self.complementMarks.contains(tokens[$0].key) }
                        && tokens[m.range.lowerBound - 1].text != ",")
            }) {
                return m.id
            }
        }
        return nil
    }

    /// The first word of the complement of the role at `r` ("Intérieur" in "ministre de l'Intérieur", "Assurance" in
    /// "directeur général de l'Assurance maladie"), folded; nil when none follows within a word.
    func complementWord(after r: Int) -> String? {
        var k = r + 1
        if k < tokens.count, tokens[k].kind == .word, !Self.complementMarks.contains(tokens[k].key),
            !tokens[k].capitalized
        {
            k += 1
        }
        guard k < tokens.count, Self.complementMarks.contains(tokens[k].key) else { return nil }
        k += 1
        while k < tokens.count, k <= r + 5, ["l'", "la", "le", "les"].contains(tokens[k].key) { k += 1 }
        return k < tokens.count && tokens[k].kind == .word ? tokens[k].key : nil
    }

    /// "La CNCDH conseille … Elle préconise …": when the sentence before the one holding `p` (past a sentence that is
    /// all quote) has no person at its head but an organisation, named or described ("la commission"), or a name the
    /// text did not type ("La CNCDH"), a pronoun at `p` is that organisation: `.entity` when it resolves, else nil.
    /// Nothing (`.none`) when a person or no subject is there.
    func organisationSubject(before p: Int) -> Speaker?? {
        var s = sentenceStart(p)
        for _ in 0..<2 {
            guard s > 0 else { return .none }
            s = sentenceStart(s - 1)
            var head = s
            while head < p, tokens[head].kind == .punct { head += 1 }
            guard head < p, !Self.isQuoteMark(tokens[s]) else { continue }
            guard SpeechLexicon.definite.contains(tokens[head].key), head + 1 < p else { return .none }
            head += 1
            if let m = startingAt[head] { return mentions[m].type == .org ? .some(.entity(mentions[m].id)) : .none }
            if tokens[head].capitalized { return .some(nil) }
            guard SpeechLexicon.organisationHeads.contains(tokens[head].key) else { return .none }
            return .some(organisation(named: tokens[head].key, before: head).map { .entity($0) })
        }
        return .none
    }

    /// "Harbour Freight, a chain of …, closed its stores. It said …": the sentence before the one holding `p` opens on a
    /// name the text did not type (two capitalised words, neither starting a mention). A pronoun "it" stands for that
    /// name rather than for an organisation named earlier, so it has no known speaker.
    func untypedNameOpens(sentenceBefore p: Int) -> Bool {
        let s = sentenceStart(p)
        guard s > 0 else { return false }
        var head = sentenceStart(s - 1)
        while head < s, tokens[head].kind == .punct { head += 1 }
        guard head + 1 < s, !inQuote[head], !SpeechLexicon.definite.contains(tokens[head].key) else { return false }
        return (head...head + 1).allSatisfy {
            tokens[$0].kind == .word && tokens[$0].capitalized && startingAt[$0] == nil
        }
    }

    /// "A harbour official praised the mayor, who he said had saved the port": a sentence that opens on one unnamed
    /// person ("a", "an", "un", "une" and a role within three words), with nobody named before the pronoun at `p`,
    /// has that person as its "he"/"she": anonymous, not someone named in an earlier sentence.
    func indefiniteSubject(before p: Int) -> Speaker? {
        var s = sentenceStart(p)
        while s < p, tokens[s].kind == .punct { s += 1 }
        // Not "A military strategist, he wrote …": there the description is said of the pronoun.
        guard s < p, ["a", "an", "un", "une"].contains(tokens[s].key), !inQuote[s], tokens[p - 1].text != ",",
            let h = (s + 1..<min(p, s + 4)).first(where: { SpeechLexicon.personRoles.contains(tokens[$0].key) }),
            !mentions.contains(where: { $0.type == .person && $0.range.lowerBound >= s && $0.range.upperBound <= p })
        else { return nil }
        return .anonymous(words(s, h + 1))
    }

    /// Who a document named by `noun` before `k` comes from, where the text said so: "the final report by the House
    /// Intelligence Committee", "a Senate Intelligence Committee report", "the committee's report", "le rapport de la
    /// Cour des comptes". The nearest such naming of the same noun wins.
    func author(ofDocument noun: String, before k: Int) -> String? {
        var d = k - 1
        while d >= 0 {
            defer { d -= 1 }
            guard tokens[d].key == noun, !inQuote[d] else { continue }
            var a = d + 1
            if a < tokens.count, ["by", "of", "de", "du", "d'", "des"].contains(tokens[a].key) {
                a += 1
                if a < tokens.count, ["the", "la", "le", "l'", "les"].contains(tokens[a].key) { a += 1 }
                if let m = startingAt[a] { return mentions[m].id }
            }
            if let m = endingAt[d] { return mentions[m].id }
            if d >= 1, ["'s", "’s"].contains(tokens[d - 1].text) || tokens[d - 1].key == "s",
                let m = endingAt[d - 1] ?? (d >= 2 ? endingAt[d - 2] : nil)
            {
                return mentions[m].id
            }
        }
        return nil
    }
}
