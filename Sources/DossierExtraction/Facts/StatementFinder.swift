import DossierEvents

/// Who said what: direct quotes (« », “ ”, " ", split by their attribution or running over
/// paragraphs) and reported speech ("X said that …", "selon X, …", "…, a déclaré X"), each with a
/// speaker resolved to an entity of the article through its name, a pronoun or a role
/// ("the spokesman", "le patron de Ryanair"), or kept as an anonymous description ("a US official")
/// rather than guessed. A pure function of the tokens and the resolved entities.
struct StatementFinder {
    /// A person or organisation mention.
    struct Mention { var range: Range<Int>; var id: String; var type: EntityType }
    /// Who speaks: an entity id, or the words of an anonymous description.
    enum Speaker: Equatable { case entity(String), anonymous(String) }

    let tokens: [Token]
    /// Person and organisation mentions in text order.
    let mentions: [Mention]
    /// Mention index by the token where it ends (exclusive) and where it starts.
    let endingAt: [Int: Int]
    let startingAt: [Int: Int]
    /// The first token of each paragraph.
    let paragraphStart: [Int: Int]
    /// Each paragraph's rank among the paragraphs that hold text (blank lines do not count).
    let paragraphRank: [Int: Int]
    /// Direct quote spans, and which tokens lie inside one (marks included).
    let segments: [Segment]
    let inQuote: [Bool]
    /// People's grammatical gender as the text refers back to them ("he" or "she"), where it does.
    let genders: [String: String]
    /// For each token, the first token of its sentence and one past the last (computed once, so that
    /// a huge sentence costs linear time).
    let sentenceStarts: [Int]
    let sentenceEnds: [Int]
    /// Paragraphs that are headlines or subheadings: one short line with no final punctuation.
    let headingParagraphs: Set<Int>

    init(tokens: [Token], entities: [ResolvedEntity]) {
        self.tokens = tokens
        let all = entities.filter { $0.type == .person || $0.type == .org }
            .flatMap { e in e.mentions.map { Mention(range: $0, id: e.id, type: e.type) } }
            .sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        mentions = all
        var ending: [Int: Int] = [:], starting: [Int: Int] = [:]
        for (k, m) in all.enumerated() {
            ending[m.range.upperBound] = k; if starting[m.range.lowerBound] == nil { starting[m.range.lowerBound] = k }
        }
        endingAt = ending; startingAt = starting
        var starts: [Int: Int] = [:]
        for (k, t) in tokens.enumerated() where starts[t.paragraph] == nil { starts[t.paragraph] = k }
        paragraphStart = starts
        paragraphRank = Dictionary(uniqueKeysWithValues: starts.keys.sorted().enumerated().map { ($1, $0) })
        segments = Self.quoteSegments(tokens)
        genders = Self.genders(tokens, all)
        var mask = [Bool](repeating: false, count: tokens.count)
        for q in segments { for k in q.open...min(q.closeOrEnd, tokens.count - 1) { mask[k] = true } }
        inQuote = mask
        var starts0 = [Int](repeating: 0, count: tokens.count),
            ends0 = [Int](repeating: tokens.count, count: tokens.count)
        let together = Self.sameSentence(tokens)
        for k in tokens.indices where k > 0 {
            starts0[k] = together[k] ? starts0[k - 1] : k
        }
        for k in tokens.indices.reversed() where k + 1 < tokens.count {
            ends0[k] = together[k + 1] ? ends0[k + 1] : k + 1
        }
        sentenceStarts = starts0
        sentenceEnds = ends0
        var headings = Set<Int>()
        var p0 = 0
        while p0 < tokens.count {
            var p1 = p0
            while p1 < tokens.count, tokens[p1].paragraph == tokens[p0].paragraph { p1 += 1 }
            if Token.isHeading(tokens, p0..<p1) { headings.insert(tokens[p0].paragraph) }
            p0 = p1
        }
        headingParagraphs = headings
    }

    /// The statements of the article in text order: direct quotes first, reported speech where no quote covers it.
    func statements() -> [ArticleExtracted.Statement] {
        let quotes = directQuotes()
        var result = quotes.statements
        let covered = result.map { $0.start..<$0.end }
        var seen = Set<Int>()
        // Reported speech that is mostly a direct quote already found is that quote; a quoted phrase inside it is not.
        func mostlyQuoted(_ r: ArticleExtracted.Statement) -> Bool {
            let shared = covered.reduce(0) { $0 + max(0, min($1.upperBound, r.end) - max($1.lowerBound, r.start)) }
            return shared * 2 >= r.end - r.start
        }
        for r in reportedSpeech(cues: quotes.cues) where !mostlyQuoted(r) && seen.insert(r.start).inserted {
            result.append(r)
        }
        return result.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// The rank of the paragraph holding token `k` among those with text: distances in paragraphs are the same
    /// whether the source separates them with blank lines or not.
    func paragraphRank(of k: Int) -> Int { paragraphRank[tokens[k].paragraph] ?? 0 }

    /// For each token, whether it belongs to the sentence of the token before it. A paragraph always opens a sentence,
    /// and a closing mark glued to the end of a sentence ("… des liens." at the end of a paragraph, "… vu.» Il") closes
    /// that sentence, where the tokenizer counts it with the next one.
    static func sameSentence(_ tokens: [Token]) -> [Bool] {
        var together = [Bool](repeating: false, count: tokens.count)
        var sentence = tokens.map(\.sentence)
        for k in tokens.indices where k > 0 && tokens[k].paragraph == tokens[k - 1].paragraph {
            let t = tokens[k]
            if t.kind == .punct, !t.spaceBefore, [".", "!", "?", "…"].contains(tokens[k - 1].text),
                ["”", "»", "\"", "’", ")"].contains(t.text),
                k + 1 >= tokens.count || tokens[k + 1].spaceBefore || tokens[k + 1].paragraph != t.paragraph
            {
                sentence[k] = sentence[k - 1]
            }
            together[k] = sentence[k] == sentence[k - 1]
        }
        return together
    }

    /// The statement's speaker field: an entity id or the description as written.
    static func field(_ s: Speaker) -> String {
        switch s {
        case .entity(let id): id;
        case .anonymous(let words): words
        }
    }

    /// The words of tokens `a..<b` as written.
    func words(_ a: Int, _ b: Int) -> String {
        guard a < b else { return "" }
        var out = ""
        for k in a..<b { if k > a && tokens[k].spaceBefore { out += " " }; out += tokens[k].text }
        return out
    }

    /// The first token of the sentence holding `k`.
    func sentenceStart(_ k: Int) -> Int { k < sentenceStarts.count ? sentenceStarts[k] : k }

    /// One past the last token of the sentence holding `k`.
    func sentenceEnd(_ k: Int) -> Int { k < sentenceEnds.count ? sentenceEnds[k] : k }

    /// Sentences longer than this are not prose (a table, a list, a page without punctuation):
    /// no statement is looked for in them, which keeps the time per article bounded.
    static let longestSentence = 400

    /// Gender by the pronoun that opens the sentence after one a person heads, or by an honorific before
    /// the name ("Mr.", "Mrs.", "M.", "Mme"); the majority where both occur.
    static func genders(_ tokens: [Token], _ mentions: [Mention]) -> [String: String] {
        var votes: [String: Int] = [:]
        let masculine: Set<String> = ["he", "il", "mr", "m"],
            feminine: Set<String> = ["she", "elle", "mrs", "ms", "mme"]
        func vote(_ id: String, _ key: String) {
            if masculine.contains(key) {
                votes[id, default: 0] += 1
            } else if feminine.contains(key) {
                votes[id, default: 0] -= 1
            }
        }
        for m in mentions where m.type == .person {
            let a = m.range.lowerBound
            if a >= 2, tokens[a - 1].text == "." {
                vote(m.id, tokens[a - 2].key)
            } else if a >= 1 {
                vote(m.id, tokens[a - 1].key)
            }
            guard tokens[a].sentenceInitial else { continue }
            var k = m.range.upperBound
            while k < tokens.count, tokens[k].sentence == tokens[a].sentence { k += 1 }
            if k < tokens.count, tokens[k].sentenceInitial, tokens[k].paragraph == tokens[a].paragraph {
                vote(m.id, tokens[k].key)
            }
        }
        return votes.compactMapValues { $0 > 0 ? "he" : $0 < 0 ? "she" : nil }
    }

    /// True for an opening or closing quote mark token.
    static func isQuoteMark(_ t: Token) -> Bool { t.isQuoteMark }
}
