import DossierEvents

/// Attributed statements: quotes with their speaker, "selon X", "X said", "a déclaré X".
extension FactExtractor {
    /// Speech verbs (lowercase, as written).
    static let speechVerbs: Set<String> = ["déclaré", "ajouté", "affirmé", "expliqué", "souligné", "précisé", "estimé",
                                           "indiqué", "confié", "dit", "lancé", "tweeté", "rétorqué", "assuré", "reconnu",
                                           "admis", "admettait", "déclarant", "said", "says", "added", "told", "tweeted",
                                           "explained", "launched", "stated", "warned", "insisted", "declared", "according"]
    /// Quote marks: opening → closing.
    static let quotePairs: [String: Set<String>] = ["«": ["»"], "“": ["”"], "\"": ["\""], "”": ["“", "”"]]

    /// The statements of the article.
    func statements() -> [ArticleExtracted.Statement] {
        var result: [ArticleExtracted.Statement] = []
        let all = mentions
        func speaker(after k: Int, limit: Int) -> String? {
            guard let m = all.first(where: { $0.range.lowerBound >= k && $0.range.lowerBound < limit && ($0.type == .person || $0.type == .org) })
            else {
                // A described speaker: the words after the cue up to punctuation ("un ancien responsable du renseignement").
                var words: [String] = []
                var j = k
                while j < min(limit, tokens.count), tokens[j].kind != .punct, words.count < 8 { words.append(tokens[j].text); j += 1 }
                return words.count >= 2 ? words.joined(separator: " ") : nil
            }
            return m.id
        }
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            // Quotes.
            if t.kind == .punct, let closers = Self.quotePairs[t.text],
               let close = tokens[(i + 1)...].prefix(400).firstIndex(where: { closers.contains($0.text) && $0.paragraph == t.paragraph }),
               close - i >= 4 {
                var k = close + 1
                while k < tokens.count, tokens[k].kind == .punct, tokens[k].text != "." { k += 1 }
                let end = min(tokens.count, k + 14)
                if let cue = (k..<end).first(where: { Self.speechVerbs.contains(tokens[$0].text.lowercased()) }),
                   tokens[cue].paragraph == t.paragraph,
                   let who = speakerBeforeCue(cue, from: k) ?? speaker(after: cue + 1, limit: sentenceEnd(cue + 1, max: cue + 16)) ?? quoteSpeaker(before: i) {
                    result.append(.init(speaker: who, start: tokens[i + 1].start, end: tokens[close - 1].end, cue: tokens[cue].text))
                }
                i = close + 1; continue
            }
            // "selon X": the clause before is attributed to X.
            if t.key == "selon" || (t.key == "according" && i + 1 < tokens.count && tokens[i + 1].key == "to") {
                let first = tokens[..<i].lastIndex(where: { $0.sentence != t.sentence }).map { $0 + 1 } ?? 0
                var last = i - 1
                while last > first, tokens[last].kind == .punct { last -= 1 }
                let cueEnd = t.key == "according" ? i + 2 : i + 1
                if last > first, let who = speaker(after: cueEnd, limit: min(tokens.count, cueEnd + 10)) {
                    result.append(.init(speaker: who, start: tokens[first].start, end: tokens[last].end, cue: t.text))
                }
            }
            i += 1
        }
        return result
    }

    /// A person or organisation named between the closing quote and the speech verb ("…," Ruto said).
    func speakerBeforeCue(_ cue: Int, from k: Int) -> String? {
        mentions.last { $0.range.lowerBound >= k && $0.range.upperBound == cue && ($0.type == .person || $0.type == .org) }?.id
    }

    /// The end of the sentence holding `k`, at most `max`.
    func sentenceEnd(_ k: Int, max: Int) -> Int {
        guard k < tokens.count else { return tokens.count }
        var j = k
        while j < min(max, tokens.count), tokens[j].sentence == tokens[k].sentence { j += 1 }
        return j
    }

    /// The nearest person or organisation before a quote in the same sentence ("X a déclaré : « … »").
    func quoteSpeaker(before k: Int) -> String? {
        mentions.last { $0.range.upperBound <= k && k - $0.range.upperBound <= 8 && ($0.type == .person || $0.type == .org)
            && tokens[$0.range.lowerBound].paragraph == tokens[k].paragraph }?.id
    }
}
