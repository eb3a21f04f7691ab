import DossierEvents

/// Reported speech: "X said (that) …", "X a indiqué que …", "…, said X.", "…, a déclaré X.",
/// "according to X, …", "selon X, …", "…, selon X.": the reported clause as written, with its speaker.
extension StatementFinder {
    /// Words that cannot open a reported clause right after the verb ("said in a statement", "said Monday").
    static let notClauseStarts: Set<String> = [
        "in", "on", "at", "during", "before", "after", "to", "from", "with", "for", "of", "by", "about", "through",
        "as", "and", "but",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "last",
        "this", "earlier",
        "dans", "lors", "au", "aux", "en", "sur", "a", "apres", "avant", "pour", "par", "lundi", "mardi", "mercredi",
        "jeudi",
        "vendredi", "samedi", "dimanche", "hier", "ce", "cette", "le", "la", "les", "l'", "un", "une", "des", "du",
        "de",
        "il", "elle", "ils", "elles", "so", "too", "nothing", "little", "much", "more",
    ]
    /// Relative and interrogative words: a verb after one is not the one of the sentence ("in which X urged").
    static let relativeWords: Set<String> = [
        "which", "who", "whom", "what", "where", "when", "qui", "quoi", "dont", "ou", "lequel", "laquelle", "lesquels",
    ]
    /// Complementizers opening the reported clause.
    static let complementizers: Set<String> = ["that", "que", "qu'"]
    /// Fewest words a reported clause has.
    static let minimumClauseWords = 4

    /// Reported statements outside direct quotes; `cues` are verbs already used by a direct quote.
    func reportedSpeech(cues: Set<Int>) -> [ArticleExtracted.Statement] {
        var result: [ArticleExtracted.Statement] = []
        // Headlines and subheadings are left out: their "X says …" is a teaser, not the statement.
        for v in tokens.indices
        where tokens[v].kind == .word && !inQuote[v] && !cues.contains(v)
            && !headingParagraphs.contains(tokens[v].paragraph)
        {
            let key = tokens[v].key
            let s0 = sentenceStart(v), s1 = sentenceEnd(v)
            if s1 - s0 > Self.longestSentence { continue }
            if let cueEnd = accordingToEnd(v) {
                if let s = accordingTo(v, cueEnd: cueEnd, s0: s0, s1: s1) { result.append(s) }
                continue
            }
            guard SpeechLexicon.verbs.contains(key) else { continue }
            // "On Family And Chechens, Uncle Says": a title-cased verb inside a sentence is a headline's.
            if tokens[v].capitalized, !tokens[v].sentenceInitial { continue }
            if SpeechLexicon.participles.contains(key) {
                guard v > s0, tokens[v - 1].text == ",", let who = sentenceSubject(s0, before: v),
                    let clause = clauseAfter(v, end: s1)
                else { continue }
                result.append(statement(who, clause, cue: v)); continue
            }
            if let who = subject(before: v, floor: s0), let clause = clauseAfter(v, end: s1) {
                result.append(statement(who, clause, cue: v))
            } else if let clause = clauseBefore(v, s0: s0, s1: s1) {
                result.append(statement(clause.speaker, clause.range, cue: v))
            }
        }
        return result
    }

    /// One past "selon", "d'après" or "according to" when one stands at `v`.
    func accordingToEnd(_ v: Int) -> Int? {
        switch tokens[v].key {
        case "selon": v + 1
        case "apres" where v > 0 && tokens[v - 1].key == "d'": v + 1
        case "according" where v + 1 < tokens.count && tokens[v + 1].key == "to": v + 2
        default: nil
        }
    }

    func statement(_ who: Speaker, _ clause: ClosedRange<Int>, cue: Int) -> ArticleExtracted.Statement {
        .init(
            speaker: Self.field(who), start: tokens[clause.lowerBound].start, end: tokens[clause.upperBound].end,
            cue: tokens[cue].text)
    }

    /// The clause after the verb at `v`: after "that"/"que" within a few words, or right after the verb.
    func clauseAfter(_ v: Int, end: Int) -> ClosedRange<Int>? {
        var first: Int?
        var j = v + 1
        while j < min(end, v + 14) {
            let t = tokens[j]
            if t.kind == .punct, Self.isQuoteMark(t) || t.text == ":" || t.text == "." { break }
            if Self.complementizers.contains(t.key) { first = j + 1; break }
            j += 1
        }
        if first == nil, SpeechLexicon.bareClauseVerbs.contains(tokens[v].key), v + 1 < end {
            let t = tokens[v + 1]
            if t.kind != .punct, !Self.notClauseStarts.contains(t.key), !inQuote[v + 1] { first = v + 1 }
        }
        guard let first, first < end, !Self.isQuoteMark(tokens[first]) else { return nil }
        // "While Lewandowski said he would answer …, the White House …": a subordinate clause ends at its comma.
        let s0 = sentenceStart(v)
        if Self.subordinators.contains(tokens[s0].key),
            let comma = (first..<end).first(where: { tokens[$0].text == "," && !inQuote[$0] }),
            !(s0..<v).contains(where: { tokens[$0].text == "," })
        {
            return trimmedClause(first, comma)
        }
        return trimmedClause(first, end)
    }

    /// Words opening a sentence with a subordinate clause.
    static let subordinators: Set<String> = [
        "while", "although", "though", "if", "when", "since", "because", "whereas", "alors",
        "tandis", "si", "lorsque", "quand", "puisque", "bien",
    ]

    /// Conjunctions that, after a comma, open a clause of their own ("…, and the two sides met").
    static let coordinators: Set<String> = ["and", "but", "while", "et", "mais", "alors"]

    /// `first..<end` without closing punctuation, cut before a ";" or a coordinated clause, if it has enough words.
    func trimmedClause(_ first: Int, _ end: Int) -> ClosedRange<Int>? {
        var end = end
        if let cut = (first..<end).first(where: { k in
            tokens[k].text == ";"
                || (tokens[k].text == "," && k + 2 < end && Self.coordinators.contains(tokens[k + 1].key)
                    && (SpeechLexicon.definite.contains(tokens[k + 2].key) || tokens[k + 2].capitalized
                        || SpeechLexicon.personPronouns.contains(tokens[k + 2].key)
                        || SpeechLexicon.groupPronouns.contains(tokens[k + 2].key)))
        }), !inQuote[cut] {
            end = cut
        }
        var last = end - 1
        while last > first, tokens[last].kind == .punct, !["”", "»", "\"", ")"].contains(tokens[last].text) {
            last -= 1
        }
        guard last >= first else { return nil }
        let words = (first...last).filter { tokens[$0].kind != .punct }.count
        return words >= Self.minimumClauseWords ? first...last : nil
    }

    /// "selon un bilan de la Fédération des ports", "according to figures from the Port Authority": a source named by a
    /// few lowercase words and its author, a name after "de", "du", "des", "of", "from"; the mention of that author.
    func authorNamed(after a: Int, end: Int) -> Int? {
        var k = a
        while k < min(end, a + 5), tokens[k].kind == .word, !tokens[k].capitalized, startingAt[k] == nil {
            let key = tokens[k].key
            // A person, a group or a body described ("un journaliste de l'AFP", "des sources proches de LR", "le parquet
            // de Brest") is the source, not the name after it.
            if SpeechLexicon.verbs.contains(key) || SpeechLexicon.personRoles.contains(key)
                || SpeechLexicon.groups.contains(key) || SpeechLexicon.organisationHeads.contains(key)
            {
                return nil
            }
            k += 1
        }
        guard k > a + 1, k < end, let m = startingAt[k] else { return nil }
        let mark = (a + 1..<k).last { ["de", "du", "des", "d'", "of", "from", "by"].contains(tokens[$0].key) }
        guard let mark, (mark + 1..<k).allSatisfy({ SpeechLexicon.definite.contains(tokens[$0].key) }) else {
            return nil
        }
        return m
    }

    /// "…, said Noah Smith at Bloomberg." / "…, X said." / "…, a déclaré le ministre.": the clause before the last comma.
    func clauseBefore(_ v: Int, s0: Int, s1: Int) -> (speaker: Speaker, range: ClosedRange<Int>)? {
        guard let c = (s0..<v).last(where: { tokens[$0].text == "," }), v - c <= 8, c > s0 else { return nil }
        // "…, comme en témoigne son avocat", "…, as X noted": a comparison, not an attribution.
        if c + 1 < v, ["comme", "as", "ainsi"].contains(tokens[c + 1].key) { return nil }
        // "…, in which Trump urged …", "…, she came to believe what she said": the verb is in a clause of its own.
        if (c + 1..<v).contains(where: { Self.relativeWords.contains(tokens[$0].key) && !tokens[$0].capitalized }) {
            return nil
        }
        // "During a call with governors, X urged …", "Contacté par Le Parisien, X plaide …": a phrase fronted before
        // the subject, not a statement.
        if let first = (s0..<c).first(where: { tokens[$0].kind != .punct }),
            Self.frontingWords.contains(tokens[first].key), !(first..<c).contains(where: { tokens[$0].text == "," }),
            !(first + 1 < c && ["least", "moins"].contains(tokens[first + 1].key))
        {
            return nil
        }
        guard !Self.isQuoteMark(tokens[s0]), !(s0..<c).contains(where: { Self.isQuoteMark(tokens[$0]) }) else {
            return nil
        }
        let named = v > c + 1 ? subject(before: v, floor: c + 1) : nil
        guard let who = named ?? inverted(after: v) else { return nil }
        // The attribution runs to the end of the sentence with little after it, or with an apposition to the name
        // after the verb ("…, a déclaré Mingma Sherpa, de Seven Summit Treks, un des plus grands …").
        let apposition =
            named == nil && !SpeechLexicon.stanceVerbs.contains(tokens[v].key)
            ? (v + 1..<min(s1, v + 4)).lazy.compactMap { self.startingAt[$0] }.first.map {
                mentions[$0].range.upperBound < s1 && tokens[mentions[$0].range.upperBound].text == ","
            } : nil
        guard s1 - v <= 10 || apposition == true else { return nil }
        guard let clause = trimmedClause(s0, c + 1) else { return nil }
        return (who, clause)
    }

    /// "according to X, …", "selon X, …" (clause after) or "…, selon X" (clause before); X must be a
    /// speaker: a name, a pronoun or a person described by role, not "public records".
    func accordingTo(_ v: Int, cueEnd: Int, s0: Int, s1: Int) -> ArticleExtracted.Statement? {
        guard cueEnd < s1 else { return nil }
        var who: Speaker?
        var after = cueEnd
        if let m = (cueEnd..<min(s1, cueEnd + 3)).lazy.compactMap({ self.startingAt[$0] }).first {
            // "according to a Senate report": a name used before a noun is not the source.
            let next = mentions[m].range.upperBound
            if next < s1, tokens[next].kind == .word, !tokens[next].capitalized { return nil }
            who = .entity(mentions[m].id); after = mentions[m].range.upperBound
        } else if SpeechLexicon.personPronouns.contains(tokens[cueEnd].key) {
            who = referent(before: v, type: .person); after = cueEnd + 1
        } else if let m = authorNamed(after: cueEnd, end: s1) {
            who = .entity(mentions[m].id); after = mentions[m].range.upperBound
        } else if let head = (cueEnd..<min(s1, cueEnd + 6)).first(where: {
            SpeechLexicon.personRoles.contains(tokens[$0].key) || SpeechLexicon.groups.contains(tokens[$0].key)
                || SpeechLexicon.organisationHeads.contains(tokens[$0].key)
        }) {
            who = description(from: cueEnd, head: head); after = head + 1
        }
        guard let who, after < s1 else { return nil }
        let lead = (s0..<v).filter { tokens[$0].kind != .punct }.count
        if lead <= 1 {
            guard let comma = (after..<s1).first(where: { tokens[$0].text == "," }), comma - after <= 8 else {
                return nil
            }
            return trimmedClause(comma + 1, s1).map { statement(who, $0, cue: v) }
        }
        return trimmedClause(s0, v).map { statement(who, $0, cue: v) }
    }
}
