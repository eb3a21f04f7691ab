/// Quotes inside a sentence with no attribution next to them: the words of the subject of a verb of stance or of
/// saying at the head of the sentence ("Marine Le Pen a dénoncé une « … »", "La CNCDH pointe « … »", "the report cites
/// a “…” process"), or of the person an opening "Pour X," / "Selon X," / "D'après X," names.
extension StatementFinder {
    /// A quote inside a sentence with no speech verb near it: the person an opening "Pour X," / "Selon X," / "According
    /// to X," names ("Pour le président des Républicains Christian Jacob, Jean Castex représente un choix « … »"), or
    /// the person named at the head of the sentence when the quote comes after that person's verb and no other person
    /// is named between them ("Marine Le Pen a dénoncé une « … »").
    func attribution(inClauseOf o: Int) -> (Speaker, Int)? {
        guard o > 0, tokens[o - 1].sentence == tokens[o].sentence, !inQuote[o - 1] else { return nil }
        var head = sentenceStart(o)
        while head < o, tokens[head].kind == .punct { head += 1 }
        guard head < o, !headingParagraphs.contains(tokens[head].paragraph) else { return nil }
        let opinion = tokens[head].key == "pour" || accordingToEnd(head) != nil || accordingToEnd(head + 1) != nil
        if opinion, let comma = (head + 1..<min(o, head + 14)).first(where: { tokens[$0].text == "," }),
            let m = endingAt[comma], mentions[m].type == .person
        {
            return (.entity(mentions[m].id), head)
        }
        // "Pour la maire de Sète, … « … »": a role or a body the text named.
        if opinion, let comma = (head + 1..<min(o, head + 14)).first(where: { tokens[$0].text == "," }),
            let d = definiteDescription(at: head + 1, before: comma), d.last == comma - 1
        {
            return (.entity(d.id), head)
        }
        // A fronted phrase ("Au sujet des parlementaires, elle souhaite « … »"): the subject comes after its comma.
        if Self.frontingWords.contains(tokens[head].key),
            let comma = (head + 1..<min(o, head + 20)).first(where: { tokens[$0].text == "," && !inQuote[$0] })
        {
            head = comma + 1
        }
        guard head < o else { return nil }
        let who: Speaker, verb: Int
        // "La CNCDH pointe « … »": the article before a name.
        let named = startingAt[head] ?? (SpeechLexicon.definite.contains(tokens[head].key) ? startingAt[head + 1] : nil)
        if let m = named, let v = stanceVerb(after: mentions[m].range.upperBound - 1, before: o, orSpeech: true) {
            who = .entity(mentions[m].id)
            verb = v
        } else if named == nil, let d = definiteDescription(at: head, before: o),
            let v = stanceVerb(after: d.last, before: o, orSpeech: true)
        {
            // "La commission recommande « … »", "L'ancienne ministre de la Mer veut … « … »", "the report cites a “…”
            // process": a body, a role or a document the text named.
            who = .entity(d.id)
            verb = v
        } else if ["il", "elle", "he", "she"].contains(tokens[head].key), let v = stanceVerb(after: head, before: o),
            let referent = organisationSubject(before: head) ?? referent(before: head, type: .person)
        {
            // A pronoun is the speaker only through a verb of stance ("elle souhaite « … »"), not any verb ("il laisse
            // le souvenir d'un homme « disponible »": the words are other people's).
            who = referent
            verb = v
        } else {
            return nil
        }
        guard verb < o, tokens[verb].kind == .word, !tokens[verb].capitalized else { return nil }
        // Another person named between the subject and the quote may be the one whose words they are.
        if (verb + 1...o).contains(where: { endingAt[$0].map { mentions[$0].type == .person } == true }) { return nil }
        // "Elle a été qualifiée de « … » par ses opposants": the words are someone else's.
        if (verb..<o).contains(where: { ["par", "by"].contains(tokens[$0].key) }) { return nil }
        return (who, verb)
    }

    /// The entity a definite description of a body, a role or a document stands for ("la commission", "le ministre",
    /// "the report"), with its article at `a` and its noun at `h`; nil when the text did not name it.
    func definiteSubject(_ a: Int, _ h: Int) -> Speaker? {
        let noun = tokens[h].key
        if SpeechLexicon.documents.contains(noun) { return author(ofDocument: noun, before: a).map { .entity($0) } }
        // A body is the one whose name holds the noun ("la Commission nationale …"), not whichever the text is about.
        if SpeechLexicon.organisationHeads.contains(noun) {
            return organisation(named: noun, before: a).map { .entity($0) }
        }
        guard SpeechLexicon.personRoles.contains(noun) else { return nil }
        // A role with its complement is the person introduced with it, or nobody: not whoever the text is about.
        if SpeechLexicon.personRoles.contains(noun), let complement = complementWord(after: h) {
            return person(withRole: noun, before: a, complement: complement).map { .entity($0) }
        }
        return description(from: a, head: h)
    }

    /// A definite description at `a` that stands for an entity the text named ("la commission", "l'ancienne ministre de
    /// la Mer", "the report"), with its last token (past its complement); nil when it names none before `o`.
    func definiteDescription(at a: Int, before o: Int) -> (id: String, last: Int)? {
        guard a + 1 < o, SpeechLexicon.definite.contains(tokens[a].key) else { return nil }
        var h = a + 1
        if Self.formerWords.contains(tokens[h].key), h + 1 < o { h += 1 }
        let headOfState =
            ["chef", "president", "presidente"].contains(tokens[h].key)
            && ["etat", "republique"].contains(complementWord(after: h) ?? "")
        // "le chef de l'Etat", "le président de la République": the head of state the text is about.
        guard
            case .entity(let id)? = definiteSubject(a, h)
                ?? (headOfState ? mostNamedPerson(before: a).map { .entity($0) } : nil)
        else { return nil }
        // "La commission recommande de lancer …": a verb after the noun, not a complement.
        guard complementWord(after: h) != nil, stanceVerb(after: h, before: o, orSpeech: true) == nil else {
            return (id, h)
        }
        // The complement: "de la Mer", "des Transports", "de l'Assurance maladie", "of the Treasury".
        guard var k = (h + 1..<min(o, h + 3)).first(where: { Self.complementMarks.contains(tokens[$0].key) })
        else { return nil }
        k += 1
        while k < o, ["l'", "la", "le", "les", "the"].contains(tokens[k].key) { k += 1 }
        guard k < o else { return nil }
        if let end = (k + 1...min(o, k + 6)).last(where: {
            endingAt[$0].map { mentions[$0].range.lowerBound <= k } == true
        }) {
            return (id, end - 1)
        }
        var last = k
        while last + 1 < o, tokens[last + 1].kind == .word, tokens[last + 1].capitalized { last += 1 }
        return (id, last)
    }

    /// A verb of stance after the subject at `head`, past clitics and auxiliaries ("elle a ainsi souhaité", "he
    /// also wants"), before `o`.
    func stanceVerb(after head: Int, before o: Int, orSpeech: Bool = false) -> Int? {
        var k = head + 1
        while k < o, k <= head + 6 {
            let key = tokens[k].key
            if SpeechLexicon.stanceVerbs.contains(key) { return k }
            if orSpeech, SpeechLexicon.verbs.contains(key), !SpeechLexicon.participles.contains(key) { return k }
            guard tokens[k].text == "-" || tokens[k].kind == .word && Self.stanceLinks.contains(key)
            else { return nil }
            k += 1
        }
        return nil
    }

    /// "entraînerait selon elle « une économie … »", "would, according to Mr Holm, “…”": a quote right after "selon X"
    /// or "according to X" (a person named, or a pronoun) is that person's.
    func attribution(accordingTo o: Int) -> (Speaker, Int)? {
        var k = o - 1
        if k > 0, tokens[k].text == "," { k -= 1 }
        guard k >= 1, tokens[k].sentence == tokens[o].sentence, !inQuote[k] else { return nil }
        let who: Speaker, start: Int
        if let m = endingAt[k + 1], mentions[m].type == .person {
            who = .entity(mentions[m].id); start = mentions[m].range.lowerBound
        } else if ["elle", "lui", "him", "her"].contains(tokens[k].key),
            let referent = referent(before: k, type: .person)
        {
            who = referent; start = k
        } else {
            return nil
        }
        guard start >= 1 else { return nil }
        if tokens[start - 1].key == "selon" || accordingToEnd(start - 1) == start { return (who, start - 1) }
        if start >= 2, tokens[start - 1].key == "to", tokens[start - 2].key == "according" { return (who, start - 2) }
        return nil
    }

    /// Clitics, auxiliaries and adverbs between a subject and its verb of stance (folded).
    static let stanceLinks: Set<String> = [
        "a", "avait", "ne", "n'", "se", "s'", "lui", "leur", "y", "en", "ainsi", "aussi", "egalement", "deja", "has",
        "had", "also", "now", "still", "donc", "notamment", "enfin", "toutefois", "pourtant", "d'ailleurs",
        "recemment", "surtout", "desormais", "hier", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
        "dimanche",
    ]

    /// Adjectives between the article and the noun of a role ("l'ancienne ministre", "le nouveau directeur").
    static let formerWords: Set<String> = [
        "ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "actuel", "actuelle", "former", "new",
    ]

    /// Words that open a phrase fronted before the subject, closed by a comma.
    static let frontingWords: Set<String> = [
        "au", "aux", "en", "dans", "apres", "avant", "lors", "face", "concernant", "quant", "sur", "interroge",
        "interrogee", "contacte", "contactee", "joint", "jointe", "sollicite", "sollicitee", "in", "on", "after",
        "before", "during", "asked", "speaking", "at", "contacted", "reached",
    ]
}
