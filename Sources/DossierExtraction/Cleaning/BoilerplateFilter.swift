/// Separates an article's lines from site furniture using general rules: cue phrases,
/// line shape (length, final punctuation, letters), headline runs, position relative to
/// the article's paragraphs, repetition and typographic inconsistency.
public enum BoilerplateFilter {
    /// The split: body lines (blank lines between paragraphs kept as "") and removed lines.
    public struct Result: Sendable, Equatable {
        /// Lines that stay in the body, in order; "" marks a paragraph break.
        public var body: [String]
        /// Removed lines, trimmed, in order of appearance.
        public var boilerplate: [String]
    }

    /// Features of one non-blank line.
    struct Line {
        var index: Int
        var raw: String
        var clean: String
        var words: Int
        var endsSentence: Bool
        var letters: Int
        var isParagraph: Bool { words >= 20 && endsSentence || words >= 35 }
    }

    /// Runs the rules on `lines` (already decoded and normalized).
    public static func split(_ lines: [String]) -> Result {
        var features: [Line] = []
        for (i, raw) in lines.enumerated() {
            let trimmed = TextNormalizer.trim(Substring(raw))
            if trimmed.isEmpty { continue }
            let clean = TextNormalizer.cleanLine(Substring(trimmed))
            let words = clean.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).count
            let last = clean.unicodeScalars.last { !"»”\"’')] \u{A0}".unicodeScalars.contains($0) }
            let ends = last.map { ".!?…:;".unicodeScalars.contains($0) } ?? false
            let letters = clean.unicodeScalars.filter { $0.isAlphabetic }.count
            features.append(
                Line(index: i, raw: trimmed, clean: clean, words: words, endsSentence: ends, letters: letters))
        }
        var remove = Set<Int>()
        let firstParagraph = features.firstIndex { $0.isParagraph && !isCue($0) }
        let lastParagraph = features.lastIndex { $0.isParagraph && !isCue($0) }
        let curly = lines.reduce(0) { $0 + $1.unicodeScalars.filter { $0 == "\u{2019}" }.count }
        var counts: [String: Int] = [:]
        for f in features { counts[f.clean, default: 0] += 1 }

        for (k, f) in features.enumerated() {
            let folded = f.clean.lowercased()
            if BoilerplateCues.startsWithCue(folded, words: f.words) || BoilerplateCues.containsStrongCue(folded) {
                remove.insert(k); continue
            }
            if f.letters == 0 { remove.insert(k); continue }
            if isHeadlineRun(f.raw) { remove.insert(k); continue }
            if f.words <= 25 && BoilerplateCues.containsCue(folded) { remove.insert(k); continue }
            if f.words <= 12, counts[f.clean, default: 0] >= 3 { remove.insert(k); continue }
            if isLinkLike(f.clean, words: f.words) { remove.insert(k); continue }
            guard let first = firstParagraph, let last = lastParagraph else { continue }
            if k > first && k < last && !f.isParagraph && !f.endsSentence {
                // A standalone line between paragraphs: a long one is an embedded related headline,
                // as is one typed with straight apostrophes in a text set with curly ones.
                let straight = f.clean.unicodeScalars.contains("'")
                if f.words >= 12 || (straight && curly >= 10 && f.words >= 5) { remove.insert(k) }
            }
        }
        // Header zone: blocks before the article's title block are furniture.
        if let first = firstParagraph {
            var blockStart = first
            var k = first - 1
            while k >= 0 {
                if features[k + 1].index - features[k].index > 3 { break }
                blockStart = k
                k -= 1
            }
            for j in 0..<blockStart { remove.insert(j) }
        }
        // Footer zone: after the last paragraph, everything from the first furniture line on.
        if let last = lastParagraph,
            let firstCue = features.indices.first(where: {
                $0 > last && remove.contains($0) && features[$0].letters > 0
            })
        {
            for j in firstCue..<features.count { remove.insert(j) }
        }

        var body: [String] = []
        var boilerplate: [String] = []
        var featureAt: [Int: Int] = [:]
        for (k, f) in features.enumerated() { featureAt[f.index] = k }
        for (i, _) in lines.enumerated() {
            guard let k = featureAt[i] else {
                if let lastLine = body.last, !lastLine.isEmpty { body.append("") }
                continue
            }
            if remove.contains(k) { boilerplate.append(features[k].raw) } else { body.append(features[k].clean) }
        }
        while body.last == "" { body.removeLast() }
        return Result(body: body, boilerplate: boilerplate)
    }

    /// Cue lines are never paragraphs of the article.
    static func isCue(_ f: Line) -> Bool {
        let folded = f.clean.lowercased()
        return BoilerplateCues.startsWithCue(folded, words: f.words) || BoilerplateCues.containsStrongCue(folded)
            || (f.words <= 25 && BoilerplateCues.containsCue(folded)) || isHeadlineRun(f.raw)
    }

    /// A single physical line holding many segments separated by wide runs of white space.
    static func isHeadlineRun(_ line: String) -> Bool {
        var segments = 1
        var run = 0
        for s in line.unicodeScalars {
            if TextNormalizer.isSpace(s) { run += 1 } else { if run >= 3 { segments += 1 }; run = 0 }
        }
        return segments >= 4
    }

    /// UTF-8 of the marks that a link token holds.
    static let linkMarks = ["://", "www.", "@"].map { Array($0.utf8) }

    /// Mostly URLs, e-mail addresses or separators.
    static func isLinkLike(_ line: String, words: Int) -> Bool {
        // A line without these bytes has no link token: a cheap test first (see ``CuePhrase``).
        guard linkMarks.contains(where: { CuePhrase.bytes($0, occurIn: line) }) else { return false }
        let tokens = line.split(separator: " ")
        let links = tokens.filter { $0.contains("://") || $0.hasPrefix("www.") || $0.contains("@") && $0.contains(".") }
            .count
        return links > 0 && links * 2 >= tokens.count
    }
}
