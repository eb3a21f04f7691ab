import DossierEvents

/// Direct quotes: spans between quote marks, chained over paragraphs, attributed after the closing
/// mark ("…,” Warren said", "…», a-t-il ajouté", "…” — Mitch Albom") or before the opening one
/// ("Murphy said: “…”"), or inheriting the speaker of the quote before them in the paragraph.
extension StatementFinder {
    /// One quoted span: the opening mark, the closing mark (nil when the paragraph ends first), the content.
    struct Segment {
        var open: Int; var close: Int?; var first: Int; var last: Int; var closeOrEnd: Int { close ?? last }
    }
    /// The direct quotes found: spans, statements and the tokens used as their cues.
    struct DirectQuotes { var statements: [ArticleExtracted.Statement]; var cues: Set<Int> }

    /// Opening mark → closing marks.
    static let closers: [String: Set<String>] = ["«": ["»"], "“": ["”"], "\"": ["\""], "„": ["“", "”"]]

    /// The quoted spans of the text, each split where an attribution interrupts it without closing the marks
    /// ("C'est un combat, a-t-il poursuivi. Vous savez …").
    static func quoteSegments(_ tokens: [Token]) -> [Segment] {
        markedSegments(tokens).flatMap { splitAtIncise($0, tokens) }
    }

    /// "…, poursuit-il. …", "…, a souligné Emmanuel Macron au sujet de X. …": a comma, a speech verb right after it
    /// (or after "a" or "a-t-il"), then the end of the sentence before the quote goes on. The first part ends at
    /// the comma (as if closed there); the rest opens at the period and takes the speaker of the first.
    static func splitAtIncise(_ s: Segment, _ tokens: [Token]) -> [Segment] {
        var parts: [Segment] = []
        var current = s
        var c = current.first + 1
        while c < current.last {
            guard tokens[c].text == ",", c > current.first + 2 else { c += 1; continue }
            let window = (c + 1)..<min(current.last, c + 8)
            guard
                let v = window.first(where: { tokens[$0].kind == .word && SpeechLexicon.verbs.contains(tokens[$0].key) }
                ),
                (c + 1..<v).allSatisfy({
                    ["a", "-", "t", "il", "elle", "ils", "elles", "t-il", "t-elle"].contains(tokens[$0].key)
                })
            else { c += 1; continue }
            // The incise ends with its sentence, before the quote does.
            guard
                let stop = (v + 1..<min(current.last, v + 16)).first(where: {
                    [".", "!", "?", ";"].contains(tokens[$0].text)
                }),
                !(c + 1..<stop).contains(where: {
                    Self.closers[tokens[$0].text] != nil || tokens[$0].text == "," && $0 > v + 12
                }),
                stop + 1 <= current.last
            else { c += 1; continue }
            parts.append(Segment(open: current.open, close: c, first: current.first, last: c - 1))
            current = Segment(open: stop, close: current.close, first: stop + 1, last: current.last)
            c = current.first + 1
        }
        parts.append(current)
        return parts
    }

    /// Where a straight double quote at `k` can stand: opening (space before, a word glued after) and closing
    /// (a word glued before, space or punctuation after). A mark that can only close does not open a quote (a
    /// stray closing mark in copy that lost its opening one), and one that can only open does not close one.
    static func straightQuoteRole(_ tokens: [Token], _ k: Int) -> (opens: Bool, closes: Bool) {
        let p = tokens[k].paragraph
        let spaceBefore =
            k == 0 || tokens[k].spaceBefore || tokens[k - 1].paragraph != p
            || ["(", "[", "—", "–"].contains(tokens[k - 1].text)
        let spaceAfter =
            k + 1 >= tokens.count || tokens[k + 1].spaceBefore || tokens[k + 1].paragraph != p
            || (tokens[k + 1].kind == .punct && tokens[k + 1].text != "\"")
        if spaceBefore == spaceAfter { return (true, true) }
        return (spaceBefore, spaceAfter)
    }

    /// The spans between quote marks; an unclosed quote counts only when the next paragraph opens another (a quote running on).
    static func markedSegments(_ tokens: [Token]) -> [Segment] {
        func canClose(_ k: Int) -> Bool { tokens[k].text != "\"" || straightQuoteRole(tokens, k).closes }
        var result: [Segment] = []
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            guard t.kind == .punct, let closers = closers[t.text] else { i += 1; continue }
            if t.text == "\"", !straightQuoteRole(tokens, i).opens { i += 1; continue }
            var j = i + 1
            var close: Int?
            var reopened = false
            while j < tokens.count, tokens[j].paragraph == t.paragraph {
                if closers.contains(tokens[j].text) {
                    if canClose(j) { close = j; break }
                    // A straight mark that can only open: the one at `i` was stray.
                    reopened = true; break
                }
                j += 1
            }
            if reopened { i = j; continue }
            let last = close.map { $0 - 1 } ?? j - 1
            let runsOn = close == nil && j < tokens.count && Self.closers[tokens[j].text] != nil
            if last >= i + 1, close != nil || runsOn {
                result.append(Segment(open: i, close: close, first: i + 1, last: last))
            }
            if close == nil, !runsOn, last >= i + 1, j < tokens.count {
                // French style: the quote runs into the next paragraph without a new opening mark and closes there.
                var e = j
                while e < tokens.count, tokens[e].paragraph == tokens[j].paragraph,
                    !closers.contains(tokens[e].text)
                {
                    e += 1
                }
                // A straight mark there that can only open starts a quote of its own.
                if e < tokens.count, tokens[e].paragraph == tokens[j].paragraph, !canClose(e) {
                    i = j; continue
                }
                if e < tokens.count, tokens[e].paragraph == tokens[j].paragraph, e > j {
                    result.append(Segment(open: i, close: nil, first: i + 1, last: last))
                    result.append(Segment(open: j - 1, close: e, first: j, last: e - 1))
                    i = e + 1; continue
                }
            }
            i = close.map { $0 + 1 } ?? (runsOn ? j : i + 1)
        }
        return result
    }

    /// Quotes with their speakers; a quote whose speaker cannot be told is left out.
    func directQuotes() -> DirectQuotes {
        var statements: [ArticleExtracted.Statement] = []
        var cues = Set<Int>()
        var lastSpeaker: (paragraph: Int, speaker: Speaker, end: Int)?
        var k = 0
        while k < segments.count {
            // A chain: quotes running on over paragraphs.
            var chain = [segments[k]]
            while chain.last!.close == nil, k + 1 < segments.count,
                segments[k + 1].open == chain.last!.last + 1 || segments[k + 1].open == chain.last!.last
            { k += 1; chain.append(segments[k]) }
            k += 1
            let first = chain[0]
            let words = chain.reduce(0) { total, s in
                total + (s.first...s.last).filter { tokens[$0].kind != .punct }.count
            }
            if words == 0 || isTitle(first) { continue }
            var found: (Speaker, Int)?
            for s in chain { if let c = s.close, let a = attribution(afterClose: c, quote: s) { found = a; break } }
            if found == nil {
                found =
                    attribution(beforeOpen: first.open) ?? attribution(afterColon: first.open)
                    ?? attribution(accordingTo: first.open)
            }
            var inClause = false
            if found == nil, let a = attribution(inClauseOf: first.open) {
                found = a; inClause = true
            }
            // A short fragment inside the clause after "que"/"that" of a verb of saying is part of the reported clause
            // ("X assure que les patients ne subiront pas de « double peine »"), which is the statement.
            if words < Self.minimumClauseWords, let cue = found?.1, cue < first.open,
                SpeechLexicon.verbs.contains(tokens[cue].key),
                !SpeechLexicon.stanceVerbs.contains(tokens[cue].key),
                (cue + 1..<first.open).contains(where: { Self.complementizers.contains(tokens[$0].key) })
            {
                continue
            }
            // A one-word quote is a label ("the first “throuple”") unless the verb names what someone was called.
            if words == 1, !inClause, let cue = found?.1,
                !["called", "calling", "describing", "described"].contains(tokens[cue].key)
            {
                continue
            }
            let paragraph = tokens[first.open].paragraph
            var speaker = found?.0
            // A fragment in the sentence of the quote before it takes that quote's speaker whatever its length.
            if speaker == nil, let last = lastSpeaker, last.paragraph == paragraph,
                tokens[last.end].sentence == tokens[first.open].sentence,
                !(last.end + 1..<max(last.end + 1, first.open)).contains(where: {
                    !inQuote[$0] && SpeechLexicon.verbs.contains(tokens[$0].key) || startingAt[$0] != nil
                })
            {
                speaker = last.speaker
            }
            // No attribution of its own: the speaker of the quote before it in the paragraph (or ending the paragraph
            // before), unless someone else is reported speaking in between.
            if speaker == nil, words > 3, let last = lastSpeaker,
                last.paragraph == paragraph
                    || (first.open == paragraphStart[paragraph] && tokens[last.end].paragraph < paragraph
                        && previousParagraph(of: first.open) == tokens[last.end].paragraph),
                !(last.end + 1..<max(last.end + 1, first.open)).contains(where: {
                    !inQuote[$0] && SpeechLexicon.verbs.contains(tokens[$0].key)
                })
            {
                speaker = last.speaker
            }
            guard let speaker else { continue }
            // A verb that only frames a quoted fragment ("X assure que … pas de « double peine »") still reports
            // the clause around it.
            if let cue = found?.1, !inClause { cues.insert(cue) }
            let cue = found.map { tokens[$0.1].text } ?? "quote"
            for s in chain {
                statements.append(
                    .init(speaker: Self.field(speaker), start: tokens[s.first].start, end: tokens[s.last].end, cue: cue)
                )
            }
            let end = chain.last!.closeOrEnd
            lastSpeaker = (tokens[end].paragraph, speaker, max(end, found?.1 ?? end))
        }
        return DirectQuotes(statements: statements, cues: cues)
    }

    /// The paragraph before the one holding `k` that has tokens.
    func previousParagraph(of k: Int) -> Int? {
        guard let start = paragraphStart[tokens[k].paragraph], start > 0 else { return nil }
        return tokens[start - 1].paragraph
    }

    /// A short title-cased quote or one after "the book", "intitulé": a name or title, not a statement.
    func isTitle(_ s: Segment) -> Bool {
        if s.open > 0, SpeechLexicon.titleNouns.contains(tokens[s.open - 1].key) { return true }
        let words = (s.first...s.last).filter { tokens[$0].kind == .word }
        return words.count <= 6 && words.count >= 1 && words.allSatisfy { tokens[$0].capitalized } && words.count > 1
    }

    /// "…,” X said" / "…», a-t-il dit" / "…” — Name": the speaker after the closing mark of `quote`.
    func attribution(afterClose c: Int, quote: Segment) -> (Speaker, Int)? {
        let paragraph = tokens[c].paragraph
        var k = c + 1
        guard k < tokens.count, tokens[k].paragraph == paragraph else { return nil }
        if ["—", "–"].contains(tokens[k].text), let m = startingAt[k + 1] { return (.entity(mentions[m].id), k) }
        // A quote ending its own sentence takes only an attribution right after it ("…!” said X).
        let endsSentence = [".", "!", "?", "…"].contains(tokens[quote.last].text)
        let limit = min(tokens.count, c + (endsSentence ? 5 : 24))
        while k < limit, tokens[k].paragraph == paragraph {
            let t = tokens[k]
            if t.kind == .punct, Self.closers[t.text] != nil { return nil }
            // A period that does not end the sentence ("Murphy (D-Conn.) said") does not end the attribution.
            // A period right after the closing mark ends it too when a new sentence opens after it ("… de nazis". Le
            // ministre a affirmé …): that attribution is of the next quote.
            if t.kind == .punct, [".", "!", "?"].contains(t.text),
                k > c + 1 || (k + 1 < tokens.count && tokens[k + 1].capitalized),
                k + 1 >= tokens.count || tokens[k + 1].sentence != t.sentence
            {
                return nil
            }
            if t.kind == .word, SpeechLexicon.verbs.contains(t.key) {
                if let s = subject(before: k, floor: c + 1) ?? inverted(after: k) { return (s, k) }
                return nil
            }
            k += 1
        }
        return nil
    }

    /// "Murphy said: “…”", "Trump called it “obsolete”": a speech verb shortly before the opening mark, in its sentence.
    func attribution(beforeOpen o: Int) -> (Speaker, Int)? {
        guard o > 0 else { return nil }
        let floor = max(paragraphStart[tokens[o].paragraph] ?? 0, o - 9)
        var v = o - 1
        while v >= floor {
            let t = tokens[v]
            if Self.isQuoteMark(t) { return nil }
            if t.kind == .punct, [".", "!", "?"].contains(t.text), tokens[v].sentence != tokens[o].sentence || v < o - 1
            {
                return nil
            }
            if t.kind == .word, SpeechLexicon.verbs.contains(t.key) {
                let s0 = sentenceStart(v)
                let who =
                    SpeechLexicon.participles.contains(t.key)
                    ? sentenceSubject(s0, before: v) : subject(before: v, floor: s0)
                return who.map { ($0, v) }
            }
            v -= 1
        }
        return nil
    }

    /// "Emmanuel Macron a tenu à lui rendre hommage : « … »", "Concernant X, il a ajouté : « … »": a quote opened after a
    /// colon takes the subject of the clause before it, a person named (or a pronoun) at its head.
    func attribution(afterColon o: Int) -> (Speaker, Int)? {
        guard o >= 2, tokens[o - 1].text == ":", !inQuote[o - 2] else { return nil }
        let colon = o - 1
        var head = sentenceStart(colon)
        while head < colon, tokens[head].kind == .punct { head += 1 }
        // A fronted phrase ("Concernant Didier Deschamps,"): the subject comes after its comma.
        if let comma = (head..<min(colon, head + 8)).first(where: { tokens[$0].text == "," }),
            startingAt[head] == nil || comma > head + 4
        {
            if !["concernant", "pour", "selon", "apres", "avant", "in", "after", "before", "asked", "interroge"]
                .contains(tokens[head].key)
            {
                if startingAt[head] == nil { return nil }
            } else {
                head = comma + 1
            }
        }
        guard head < colon, colon - head >= 3 else { return nil }
        if let m = startingAt[head], mentions[m].type == .person { return (.entity(mentions[m].id), colon) }
        if SpeechLexicon.personPronouns.contains(tokens[head].key), let who = referent(before: head, type: .person) {
            return (who, colon)
        }
        return nil
    }
}
