/// Speakers: a name, a pronoun resolved to the person (or organisation) the sentence before is
/// about, a role resolved to the person introduced with it ("the professor" → the professor named
/// earlier), or an anonymous description ("a US official", "critics").
extension StatementFinder {
    /// The subject right before the speech verb at `v` (not before `floor`): a name, a pronoun or a description.
    func subject(before v: Int, floor: Int) -> Speaker? {
        var j = v - 1
        // "Mr. Christie is expected to say", "he is to say", "she went on to say": the subject of the infinitive's verb.
        if tokens[v].key == "say" {
            while j > floor, Self.beforeInfinitive.contains(tokens[j].key), startingAt[j] == nil { j -= 1 }
        }
        while j >= floor {
            let t = tokens[j]
            if t.text == ")", let open = (max(floor, j - 10)..<j).last(where: { tokens[$0].text == "(" }) {
                j = open - 1; continue
            }
            // "West, 43, wrote": an age in commas between the name and the verb.
            if t.text == ",", j >= floor + 2, tokens[j - 1].kind == .number, tokens[j - 2].text == "," {
                j -= 3; continue
            }
            if t.kind == .word, SpeechLexicon.between.contains(t.key) || isMannerAdverb(j), startingAt[j] == nil,
                endingAt[j + 1] == nil
            {
                j -= 1; continue
            }
            if t.text == "-", j > floor, tokens[j - 1].key == "t" { j -= 2; continue }
            break
        }
        guard j >= floor, !inQuote[j] else { return nil }
        if tokens[j].text == "," {
            if let m = nameBeforeApposition(endingAt: j, floor: floor) { return .entity(m) }
            if let m = endingAt[j] { return .entity(mentions[m].id) }
            return nil
        }
        if let m = endingAt[j + 1] {
            // "Jason Riley, writing in The Wall Street Journal, says": a name after a preposition is not the subject.
            let start = mentions[m].range.lowerBound
            if start > floor,
                Self.prepositions.contains(tokens[start - 1].key)
                    || (start > floor + 1 && Self.prepositions.contains(tokens[start - 2].key)
                        && SpeechLexicon.definite.contains(tokens[start - 1].key))
            {
                return nameBeforeApposition(endingAt: start, floor: floor).map { .entity($0) }
            }
            return .entity(mentions[m].id)
        }
        // "…, lui a répondu le Premier ministre": a dative clitic is the one spoken to; the speaker comes after the verb.
        if ["lui", "leur"].contains(tokens[j].key), j == floor || tokens[j - 1].kind == .punct { return nil }
        // "critics who say …", "les experts qui estiment …": the antecedent of the relative pronoun.
        if ["who", "qui"].contains(tokens[j].key), j > floor {
            if let m = endingAt[j] { return .entity(mentions[m].id) }
            // "Elon Musk, who tweeted, “…”": the name before the comma that opens the relative clause.
            if tokens[j - 1].text == ",", let m = endingAt[j - 1] { return .entity(mentions[m].id) }
            return pronounOrDescription(at: j - 1, floor: floor)
        }
        // "Warren tweeted Sunday that … and said …", "Il a salué … et a ajouté …": a verb joined to the sentence's first
        // one takes its subject, when that is a name.
        if ["and", "et"].contains(tokens[j].key), j > floor, sentenceStart(j) >= floor, let m = headMention(j) {
            return .entity(mentions[m].id)
        }
        return pronounOrDescription(at: j, floor: floor)
    }

    /// "Soros openly admitted", "Xavier Bertrand a clairement dit": an adverb of manner between the subject and the
    /// verb, an English word in "-ly" after no article ("the assembly said" is a subject) or a French one in "-ment"
    /// after an auxiliary ("le gouvernement a dit" is a subject).
    func isMannerAdverb(_ j: Int) -> Bool {
        let t = tokens[j]
        guard t.kind == .word, !t.capitalized, j > 0 else { return false }
        let before = tokens[j - 1].key
        if t.key.hasSuffix("ly"), t.key.count >= 5 {
            return !SpeechLexicon.definite.contains(before) && !SpeechLexicon.indefinite.contains(before)
        }
        return t.key.hasSuffix("ment") && t.key.count >= 7 && ["a", "ont", "avait", "avaient"].contains(before)
    }

    /// The person or organisation named at the very head of the sentence holding `k` (after at most an article or a
    /// title: "Sen. Elizabeth Warren", "Mayor Ines Calder", "La CNCDH").
    func headMention(_ k: Int) -> Int? {
        var h = sentenceStart(k)
        while h < k, tokens[h].kind == .punct { h += 1 }
        guard h < k else { return nil }
        if let m = startingAt[h] { return m }
        if h + 2 < k, tokens[h + 1].text == "." { return startingAt[h + 2] }
        if h + 1 < k, SpeechLexicon.definite.contains(tokens[h].key) || tokens[h].capitalized {
            return startingAt[h + 1]
        }
        return nil
    }

    /// Words between a subject and an infinitive "say": "is expected to", "is to", "went on to", "will".
    static let beforeInfinitive: Set<String> = [
        "to", "expected", "is", "was", "are", "were", "will", "would", "went", "on", "going", "set", "due", "likely",
        "scheduled", "planned", "plans", "also", "then",
    ]

    /// Words that make what follows a role its complement ("the lawyer of X", "l'avocat de X").
    static let complementMarks: Set<String> = ["of", "for", "de", "du", "des", "d'"]

    /// Verbs whose object is the one spoken to, not the speaker.
    static let addressVerbs: Set<String> = ["told", "tells", "telling", "asked", "asks"]

    /// Words a description does not reach back over ("despite critics", "and officials").
    static let descriptionStops: Set<String> = [
        "despite", "and", "or", "but", "than", "malgre", "et", "ou", "mais", "que",
    ]

    /// Prepositions whose object is not a speaker ("said X at Bloomberg", "wrote on Twitter").
    static let prepositions: Set<String> = [
        "in", "on", "at", "to", "from", "for", "with", "by", "of", "via", "dans", "a", "au", "aux", "sur",
        "chez", "pour", "par", "de", "du", "des", "en", "aupres",
    ]

    /// "Ivo Daalder, who was … under Barack Obama, said": the name before the comma that opens the
    /// apposition ending at `j`, when no speech verb lies inside it.
    func nameBeforeApposition(endingAt j: Int, floor: Int) -> String? {
        let s0 = max(floor, sentenceStart(j))
        guard let c2 = (s0..<j).last(where: { tokens[$0].text == "," && $0 < j - 1 }), j - c2 <= 16,
            let m = endingAt[c2],
            !(c2 + 1..<j).contains(where: {
                SpeechLexicon.verbs.contains(tokens[$0].key) && !SpeechLexicon.participles.contains(tokens[$0].key)
            })
        else { return nil }
        return mentions[m].id
    }

    /// A pronoun or a description whose head is the token at `j`.
    func pronounOrDescription(at j: Int, floor: Int) -> Speaker? {
        let key = tokens[j].key
        // "parie l'un", "certains estiment": unnamed people.
        if j > floor, let someone = unnamedPeople(at: j - 1, end: j + 1) { return someone }
        if j == floor || tokens[j - 1].kind == .punct || ["mais", "et", "but", "and"].contains(tokens[j - 1].key),
            let someone = unnamedPeople(at: j, end: j + 1)
        {
            return someone
        }
        if SpeechLexicon.personPronouns.contains(key) { return referent(before: j, type: .person) }
        if SpeechLexicon.thingPronouns.contains(key) {
            return untypedNameOpens(sentenceBefore: j) ? nil : referent(before: j, type: .org)
        }
        if SpeechLexicon.groupPronouns.contains(key) {
            return coSpeakers(before: j).map { .entity($0) } ?? .anonymous(tokens[j].text)
        }
        // "the report states": the document speaks for whoever it was introduced as coming from; else nobody.
        if SpeechLexicon.documents.contains(key), j > floor, SpeechLexicon.definite.contains(tokens[j - 1].key) {
            return author(ofDocument: key, before: j - 1).map { .entity($0) }
        }
        if SpeechLexicon.personRoles.contains(key) || SpeechLexicon.groups.contains(key)
            || SpeechLexicon.organisationHeads.contains(key)
        {
            var a = j
            while a - 1 >= floor, j - (a - 1) <= 6 {
                let t = tokens[a - 1]
                if t.kind == .punct, t.text != "-", t.text != "&", t.text != "’", t.text != "'" { break }
                if SpeechLexicon.verbs.contains(t.key) || Self.prepositions.contains(t.key)
                    || Self.descriptionStops.contains(t.key)
                {
                    break
                }
                a -= 1
                if SpeechLexicon.definite.contains(t.key) || SpeechLexicon.indefinite.contains(t.key) { break }
            }
            // "No group immediately claimed …", "Aucun responsable n'a dit …": a negated subject says nothing.
            if ["no", "aucun", "aucune", "nul", "nulle"].contains(tokens[a].key) { return nil }
            return description(from: a, head: j)
        }
        // "L'ancienne ministre d'Etat explique", "le directeur de la Santé a dit": a role with its complement names the
        // person introduced earlier with that role, and no one else.
        if let c = (max(floor, j - 4)...j).reversed().first(where: { Self.complementMarks.contains(tokens[$0].key) }),
            c > floor + 1, SpeechLexicon.personRoles.contains(tokens[c - 1].key),
            SpeechLexicon.definite.contains(tokens[c - 2].key)
                || (c > floor + 2 && SpeechLexicon.definite.contains(tokens[c - 3].key)),
            let id = person(withRole: tokens[c - 1].key, before: c - 1, complement: complementWord(after: c - 1))
        {
            return .entity(id)
        }
        return nil
    }

    /// "they" after people who spoke together ("Kerry, along with Pritzker and Lew, said …"): the first named, within
    /// this paragraph or the two before; nil when no such joint statement came before.
    func coSpeakers(before p: Int) -> String? {
        guard ["they", "ils", "elles"].contains(tokens[p].key) else { return nil }
        var k = mentions.count - 1
        while k >= 1 {
            let m = mentions[k]
            defer { k -= 1 }
            guard m.range.upperBound <= p, m.type == .person, !inQuote[m.range.lowerBound] else { continue }
            if paragraphRank(of: m.range.lowerBound) < paragraphRank(of: p) - 1 { break }
            // The person named first, joined to this one by "and", "along with", "et", "ainsi que" in the same sentence,
            // with a speech verb after them.
            let sentence = tokens[m.range.lowerBound].sentence
            guard
                let first = mentions[..<k].first(where: {
                    $0.type == .person && tokens[$0.range.lowerBound].sentence == sentence && $0.id != m.id
                }),
                (first.range.upperBound..<m.range.lowerBound).contains(where: {
                    ["and", "et", "with", "ainsi"].contains(tokens[$0].key)
                }),
                (m.range.upperBound..<min(tokens.count, m.range.upperBound + 8)).contains(where: {
                    tokens[$0].sentence == sentence && SpeechLexicon.verbs.contains(tokens[$0].key)
                })
            else { continue }
            return first.id
        }
        return nil
    }

    /// After the verb: "said Dr Tamimi", "a déclaré le ministre", "explique-t-il", "said the spokesman, John Doe".
    func inverted(after v: Int) -> Speaker? {
        // "told The London Sun", "a dit à Franceinfo": who comes after is the one spoken to.
        if Self.addressVerbs.contains(tokens[v].key) { return nil }
        var k = v + 1
        let end = min(sentenceEnd(v), v + 14)
        guard k < end else { return nil }
        // "précise t-elle" (a hyphen dropped).
        if tokens[k].key == "t", k + 1 < end, tokens[k + 1].text == "-" { k += 1 }
        if tokens[k].text == "-" {
            k += 1
            if k + 1 < end, tokens[k].key == "t", tokens[k + 1].text == "-" { k += 2 }
            guard k < end else { return nil }
            if SpeechLexicon.personPronouns.contains(tokens[k].key) {
                if let organisation = organisationSubject(before: v) { return organisation }
                return referent(before: k, type: .person)
            }
            if SpeechLexicon.groupPronouns.contains(tokens[k].key) { return .anonymous(tokens[k].text) }
            return nil
        }
        // "a averti de son côté l'ancien ministre", "a ajouté pour sa part X": the speaker comes after the phrase.
        if k + 2 < end, ["de", "pour"].contains(tokens[k].key), ["son", "sa", "leur"].contains(tokens[k + 1].key),
            ["cote", "part"].contains(tokens[k + 2].key)
        {
            k += 3
        }
        // "a estimé lundi le maire de Nice": days and adverbs between the verb and the speaker.
        while k + 1 < end, SpeechLexicon.between.contains(tokens[k].key), !Self.prepositions.contains(tokens[k].key),
            startingAt[k] == nil
        { k += 1 }
        // "a déclaré à l'AFP Mira Acharya", "a réagi auprès du Parisien Paul Garnier": the one spoken to comes first.
        if let after = afterAddressee(k, end: end) { k = after }
        if Self.prepositions.contains(tokens[k].key) { return nil }
        if let m = (k..<min(end, k + 3)).lazy.compactMap({ self.startingAt[$0] }).first,
            !(k..<mentions[m].range.lowerBound).contains(where: { Self.prepositions.contains(tokens[$0].key) })
        {
            return .entity(mentions[m].id)
        }
        if SpeechLexicon.personPronouns.contains(tokens[k].key) { return referent(before: k, type: .person) }
        if let someone = unnamedPeople(at: k, end: end) { return someone }
        guard SpeechLexicon.definite.contains(tokens[k].key) || SpeechLexicon.indefinite.contains(tokens[k].key) else {
            return nil
        }
        guard
            let head = (k + 1..<min(end, k + 7)).first(where: {
                SpeechLexicon.personRoles.contains(tokens[$0].key) || SpeechLexicon.groups.contains(tokens[$0].key)
                    || SpeechLexicon.organisationHeads.contains(tokens[$0].key)
                    // "une de ses avocates", "l'un des porte-parole": one of several holding a role.
                    || tokens[$0].key.hasSuffix("s")
                        && SpeechLexicon.personRoles.contains(String(tokens[$0].key.dropLast()))
            })
        else { return nil }
        // A name in apposition or right after the role ("le patron de Ryanair, Michael O'Leary").
        // ("son collègue et secrétaire du syndicat FO, Grégory Jalade": the first person, past the organisation).
        if let m = (head + 1..<min(end, head + 9)).lazy.compactMap({ self.startingAt[$0] }).first(where: {
            self.mentions[$0].type == .person
        }) {
            return .entity(mentions[m].id)
        }
        return description(from: k, head: head)
    }

    /// Past a French addressee right after a speech verb ("à l'AFP", "au Monde", "auprès du Parisien", "à nos confrères
    /// du Midi Libre"): the token after it, when a person is named there; nil otherwise.
    func afterAddressee(_ k: Int, end: Int) -> Int? {
        guard k + 1 < end, ["à", "au", "aux", "auprès"].contains(tokens[k].text.lowercased()) else { return nil }
        var a = k + 1
        while a < end, a <= k + 4, tokens[a].kind == .word, tokens[a].capitalized == false, startingAt[a] == nil {
            a += 1
        }
        guard a < end, tokens[a].capitalized else { return nil }
        let after = startingAt[a].map { mentions[$0].range.upperBound } ?? a + 1
        guard after < end, let m = startingAt[after], mentions[m].type == .person else { return nil }
        return after
    }

    /// "l'un", "l'autre", "d'autres", "beaucoup", "certains", "others" standing alone at `k` (not "l'un des avocats",
    /// "certains experts"): unnamed people, an anonymous speaker.
    func unnamedPeople(at k: Int, end: Int) -> Speaker? {
        let alone = { (i: Int) in i >= end || tokens[i].kind == .punct }
        if k + 1 < end, ["l'un", "l'une", "l'autre", "d'autres"].contains(tokens[k].key + tokens[k + 1].key),
            alone(k + 2)
        {
            return .anonymous(words(k, k + 2))
        }
        if SpeechLexicon.someone.contains(tokens[k].key), alone(k + 1) { return .anonymous(tokens[k].text) }
        return nil
    }

    /// The subject of the sentence starting at `s0` for a participle ("Tribal leaders …, arguing that …").
    func sentenceSubject(_ s0: Int, before v: Int) -> Speaker? {
        var k = s0
        while k < v, tokens[k].kind == .punct { k += 1 }
        guard k < v else { return nil }
        // The head of the sentence's first noun phrase: a person named there before an organisation ("CBS News reporter Alexander Tin").
        let opening = (k..<min(v, k + 6)).compactMap { self.startingAt[$0] }.map { mentions[$0] }
        if let m = opening.first(where: { $0.type == .person }) ?? opening.first,
            m.range.lowerBound < k + 3 || m.type == .person
        {
            return .entity(m.id)
        }
        if SpeechLexicon.personPronouns.contains(tokens[k].key) || SpeechLexicon.groupPronouns.contains(tokens[k].key)
            || SpeechLexicon.thingPronouns.contains(tokens[k].key)
        {
            return pronounOrDescription(at: k, floor: s0)
        }
        if let head = (k..<min(v, k + 5)).first(where: {
            SpeechLexicon.groups.contains(tokens[$0].key) || SpeechLexicon.personRoles.contains(tokens[$0].key)
        }) {
            return description(from: k, head: head)
        }
        return nil
    }
}
