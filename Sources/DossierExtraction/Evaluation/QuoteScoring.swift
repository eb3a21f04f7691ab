/// Scores attributed statements against gold quotes.
///
/// A statement matches a gold quote when both hold:
/// - text: their character spans in the body overlap over at least half of the longer of the two
///   (when the gold text cannot be found verbatim in the body, their word multisets must share at
///   least half of the longer one's words instead);
/// - speaker: the statement's speaker is an extracted entity with a surface equal to one of the gold
///   speaker entity's surfaces in that document, or ending with one at a word boundary ("The Wall Street
///   Journal", "Chairman Carl-Henric Svanberg" name the gold's "Wall Street Journal", "Carl-Henric Svanberg");
///   or both are anonymous (gold speaker null, statement speaker not an entity).
/// Matching is one to one, gold quotes taken in order, each against the best-overlapping free statement.
public enum QuoteScoring {
    /// A statement as scored: its body span and its speaker.
    public struct Statement: Sendable {
        /// `[start, end)` in Unicode scalars of the body.
        public var start: Int
        public var end: Int
        /// The speaker's surfaces when it is an entity; nil for an anonymous speaker.
        public var speakerSurfaces: Set<String>?
        /// Makes a statement.
        public init(start: Int, end: Int, speakerSurfaces: Set<String>?) {
            self.start = start; self.end = end; self.speakerSurfaces = speakerSurfaces
        }
    }

    /// Scores with speakers (`attributed`) and on text alone (`text`), adding misses and false alarms to `details`.
    public static func score(
        gold: [GoldStandard.QuoteItem], entities: [GoldStandard.DocumentEntity], body: String,
        statements: [Statement], file: String, details: inout [String]
    ) -> (attributed: EvalReport.Score, text: EvalReport.Score) {
        let scalars = Array(body.unicodeScalars)
        let surfaces = Dictionary(
            entities.map { ($0.id, Set($0.surfaces.map(Evaluation.norm))) }, uniquingKeysWith: { a, b in a.union(b) })
        func text(_ s: Statement) -> String {
            guard s.start >= 0, s.start <= s.end, s.end <= scalars.count else { return "" }
            return String(String.UnicodeScalarView(scalars[s.start..<s.end]))
        }
        func speakerMatches(_ g: GoldStandard.QuoteItem, _ s: Statement) -> Bool {
            switch (g.speaker, s.speakerSurfaces) {
            case (nil, nil): return true
            case let (id?, ours?):
                return ours.contains { o in (surfaces[id] ?? []).contains { o == $0 || o.hasSuffix(" " + $0) } }
            default: return false
            }
        }
        func run(requireSpeaker: Bool, record: Bool) -> EvalReport.Score {
            var used = Set<Int>()
            var hits = 0
            for g in gold {
                let spans = occurrences(of: g.text, in: scalars)
                var best: (index: Int, overlap: Double)?
                for (k, s) in statements.enumerated()
                where !used.contains(k) && (!requireSpeaker || speakerMatches(g, s)) {
                    let overlap =
                        spans.isEmpty
                        ? wordOverlap(g.text, text(s)) : spans.map { spanOverlap($0, s.start..<s.end) }.max() ?? 0
                    if overlap >= 0.5, overlap > (best?.overlap ?? 0) { best = (k, overlap) }
                }
                if let best {
                    used.insert(best.index); hits += 1
                } else if record {
                    details.append("\(file): missed quote [\(g.speaker ?? "anonymous")] \(g.text.prefix(70))")
                }
            }
            if record {
                for (k, s) in statements.enumerated() where !used.contains(k) {
                    details.append(
                        "\(file): extra quote [\(s.speakerSurfaces?.sorted().first ?? "anonymous")] \(text(s).prefix(70))"
                    )
                }
            }
            return EvalReport.Score(
                truePositivesExtracted: used.count, extracted: statements.count, truePositivesGold: hits,
                gold: gold.count)
        }
        return (run(requireSpeaker: true, record: true), run(requireSpeaker: false, record: false))
    }

    /// Every `[start, end)` where `needle` occurs in `haystack` (scalars).
    static func occurrences(of needle: String, in haystack: [Unicode.Scalar]) -> [Range<Int>] {
        let n = Array(needle.unicodeScalars)
        guard !n.isEmpty, n.count <= haystack.count else { return [] }
        var result: [Range<Int>] = []
        for i in 0...(haystack.count - n.count) where haystack[i] == n[0] && Array(haystack[i..<(i + n.count)]) == n {
            result.append(i..<(i + n.count))
        }
        return result
    }

    /// Length of the intersection over the length of the longer span.
    static func spanOverlap(_ a: Range<Int>, _ b: Range<Int>) -> Double {
        let shared = max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
        let longer = max(a.count, b.count)
        return longer == 0 ? 0 : Double(shared) / Double(longer)
    }

    /// Shared words (folded, as a multiset) over the word count of the longer text.
    static func wordOverlap(_ a: String, _ b: String) -> Double {
        func words(_ s: String) -> [String: Int] {
            var counts: [String: Int] = [:]
            for w in Evaluation.norm(s).split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                counts[String(w), default: 0] += 1
            }
            return counts
        }
        let wa = words(a), wb = words(b)
        let shared = wa.reduce(0) { $0 + min($1.value, wb[$1.key] ?? 0) }
        let longer = max(wa.values.reduce(0, +), wb.values.reduce(0, +))
        return longer == 0 ? 0 : Double(shared) / Double(longer)
    }
}
