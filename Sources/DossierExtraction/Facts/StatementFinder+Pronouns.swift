import DossierEvents

/// Pronouns: what "he", "elle", "it" stand for, the person or organisation the text last made a subject (or named as
/// the speaker of an attribution), agreeing in gender where the text tells it.
extension StatementFinder {
    /// What a pronoun at `p` stands for: the last person (organisation) the text made a subject, in this
    /// paragraph or the four before (two with `subjectsOnly`); else the last one named in this sentence or the one
    /// before; else nothing.
    func referent(before p: Int, type: EntityType, subjectsOnly: Bool = false) -> Speaker? {
        let sentence = tokens[p].sentence, rank = paragraphRank(of: p)
        // A pronoun agrees with its antecedent: a person the text refers to with this pronoun comes first,
        // one it refers to with the other is left out.
        let pronoun =
            ["he", "il"].contains(tokens[p].key) ? "he" : ["she", "elle"].contains(tokens[p].key) ? "she" : nil
        if pronoun != nil, let someone = indefiniteSubject(before: p) { return someone }
        var fallback: String?, subject: String?
        var named = Set<String>(), firstNamed: Int?
        for m in mentions.reversed() where m.range.upperBound <= p && m.type == type && !inQuote[m.range.lowerBound] {
            if paragraphRank(of: m.range.lowerBound) < rank - (subjectsOnly ? 2 : 4) { break }
            named.insert(m.id)
            if !headingParagraphs.contains(tokens[m.range.lowerBound].paragraph) { firstNamed = m.range.lowerBound }
            let known = genders[m.id]
            if let pronoun, let known, known != pronoun { continue }
            let start = tokens[m.range.lowerBound]
            // A headline or subheading is not what a pronoun of the story refers back to.
            if headingParagraphs.contains(start.paragraph) { continue }
            if isSubjectLike(m) {
                if pronoun == nil || known == pronoun { return .entity(m.id) }
                if subject == nil { subject = m.id }
                continue
            }
            if subjectsOnly { continue }
            if fallback == nil, start.sentence >= sentence - 1 { fallback = m.id }
        }
        // "l'étoile du jazz Melody Gardot recrute … « … », déclare-t-elle": the one person named in these paragraphs.
        // Not when someone else's words were reported since ("…, said SOS cofounder Nikola Srbov", a name the text did
        // not type), nor when the pronoun stood for someone before that person was named ("Elle informe sa chef,
        // Wendy": the pronoun is the one who informs), nor for a name only in a headline.
        if subject == nil, fallback == nil, !subjectsOnly, type == .person, named.count == 1, let id = named.first,
            let firstNamed, let last = mentions.last(where: { $0.id == id && $0.range.upperBound <= p }),
            !(last.range.upperBound..<max(last.range.upperBound, sentenceStart(p))).contains(where: {
                !inQuote[$0] && SpeechLexicon.verbs.contains(tokens[$0].key)
            }),
            let opening = paragraphStart[tokens[firstNamed].paragraph],
            !(opening..<firstNamed).contains(where: { tokens[$0].key == tokens[p].key })
        {
            return .entity(id)
        }
        return (subject ?? fallback).map { .entity($0) }
    }

    /// A mention at the head of its sentence (after at most a title) or right before a speech verb.
    func isSubjectLike(_ m: Mention) -> Bool {
        let s0 = sentenceStart(m.range.lowerBound)
        let lead = (s0..<m.range.lowerBound).filter { tokens[$0].kind == .word }.count
        if lead <= 2 { return true }
        var k = m.range.upperBound
        while k < tokens.count, k < m.range.upperBound + 3,
            SpeechLexicon.between.contains(tokens[k].key) || tokens[k].text == ","
        { k += 1 }
        return k < tokens.count && SpeechLexicon.verbs.contains(tokens[k].key) || isInvertedSpeaker(m)
    }

    /// A name after a speech verb in its clause ("…, a réagi Me Emmanuel Ravanas", "said Dr Tamimi", "confie son
    /// collègue, Grégory Jalade"): the speaker, with no other name, mark or "que"/"that" between.
    func isInvertedSpeaker(_ m: Mention) -> Bool {
        let a = m.range.lowerBound
        var v = a - 1
        while v >= max(0, a - 12), tokens[v].sentence == tokens[a].sentence {
            let t = tokens[v]
            if inQuote[v] || Self.isQuoteMark(t) || [".", ";", ":", "!", "?"].contains(t.text) { return false }
            if v + 1 < a, let other = endingAt[v + 1], mentions[other].type == .person { return false }
            if ["que", "qu'", "that", "to", "a", "au", "aux"].contains(t.key) && t.text.lowercased() != "a" {
                return false
            }
            if t.kind == .word, SpeechLexicon.verbs.contains(t.key) {
                guard !Self.addressVerbs.contains(t.key), !SpeechLexicon.participles.contains(t.key) else {
                    return false
                }
                // Inverted only right after a comma or a closing quote mark (", said X", "», a réagi X").
                var p = v - 1
                while p >= 0, ["a", "ont", "avait", "has", "had"].contains(tokens[p].text.lowercased()) { p -= 1 }
                return p >= 0 && (tokens[p].text == "," || Self.isQuoteMark(tokens[p]))
            }
            v -= 1
        }
        return false
    }
}
