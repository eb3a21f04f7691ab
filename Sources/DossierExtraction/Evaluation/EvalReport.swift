/// Scores of an extraction against a gold file.
public struct EvalReport: Codable, Sendable, Equatable {
    /// Precision, recall and F1 in per-mille with the underlying counts.
    public struct Score: Codable, Sendable, Equatable {
        public var truePositivesExtracted: Int
        public var extracted: Int
        public var truePositivesGold: Int
        public var gold: Int
        /// Precision ‰.
        public var precision: Int { extracted == 0 ? 1000 : truePositivesExtracted * 1000 / extracted }
        /// Recall ‰.
        public var recall: Int { gold == 0 ? 1000 : truePositivesGold * 1000 / gold }
        /// F1 ‰.
        public var f1: Int { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        static let zero = Score(truePositivesExtracted: 0, extracted: 0, truePositivesGold: 0, gold: 0)
        static func + (a: Score, b: Score) -> Score {
            Score(
                truePositivesExtracted: a.truePositivesExtracted + b.truePositivesExtracted,
                extracted: a.extracted + b.extracted,
                truePositivesGold: a.truePositivesGold + b.truePositivesGold, gold: a.gold + b.gold)
        }
        enum CodingKeys: String, CodingKey {
            case truePositivesExtracted, extracted, truePositivesGold, gold, precision, recall, f1
        }
        public init(truePositivesExtracted: Int, extracted: Int, truePositivesGold: Int, gold: Int) {
            self.truePositivesExtracted = truePositivesExtracted; self.extracted = extracted
            self.truePositivesGold = truePositivesGold; self.gold = gold
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            truePositivesExtracted = try c.decode(Int.self, forKey: .truePositivesExtracted);
            extracted = try c.decode(Int.self, forKey: .extracted)
            truePositivesGold = try c.decode(Int.self, forKey: .truePositivesGold);
            gold = try c.decode(Int.self, forKey: .gold)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(truePositivesExtracted, forKey: .truePositivesExtracted);
            try c.encode(extracted, forKey: .extracted)
            try c.encode(truePositivesGold, forKey: .truePositivesGold); try c.encode(gold, forKey: .gold)
            try c.encode(precision, forKey: .precision); try c.encode(recall, forKey: .recall);
            try c.encode(f1, forKey: .f1)
        }
    }

    /// Entity scores per type (PERSON, ORG, PLACE, EVENT).
    public var entitiesByType: [String: Score]
    /// Entity scores over all types.
    public var entities: Score
    /// Gold entities whose aliases got more than one id: "gold-id → [ids]".
    public var splits: [String]
    /// Extracted ids given to more than one gold entity: "id → [gold ids]".
    public var joins: [String]
    /// Date scores (value exact).
    public var dates: Score
    /// Quantity scores (value exact).
    public var quantities: Score
    /// Attributed statements: text and speaker right (nil when the gold does not annotate quotes).
    public var quotes: Score?
    /// Attributed statements scored on text alone, speaker ignored (nil when the gold does not annotate quotes).
    public var quoteTexts: Score?
    /// Boilerplate line detection.
    public var boilerplateLines: Score
    /// Entity mentions found inside gold boilerplate lines (must be 0).
    public var entitiesInBoilerplate: Int
    /// Spans checked and spans whose surface equals the body slice.
    public var spansChecked: Int
    /// Spans that hold.
    public var spansIntact: Int
    /// Documents whose language and title match the gold.
    public var languageCorrect: Int
    /// Titles equal to the gold's.
    public var titleCorrect: Int
    /// Publication dates equal to the gold's (null included).
    public var publishedCorrect: Int
    /// Documents scored.
    public var documents: Int
    /// Misses and false alarms, one line each, for reading.
    public var details: [String]

    /// A plain-text table of the figures.
    public func renderTable() -> String {
        func pm(_ v: Int) -> String {
            let s = String(v % 1000); return "\(v / 1000).\(String(repeating: "0", count: 3 - s.count))\(s)"
        }
        func row(_ name: String, _ s: Score) -> String {
            name.padding(20) + pm(s.precision).padding(11) + pm(s.recall).padding(11) + pm(s.f1).padding(8)
                + "(\(s.truePositivesExtracted)/\(s.extracted) extracted, \(s.truePositivesGold)/\(s.gold) gold)"
        }
        var lines = [
            "measure".padding(20) + "precision".padding(11) + "recall".padding(11) + "F1".padding(8) + "counts"
        ]
        for type in ["PERSON", "ORG", "PLACE", "EVENT"] {
            lines.append(row("entities \(type)", entitiesByType[type] ?? .zero))
        }
        lines.append(row("entities (all)", entities))
        lines.append(row("dates", dates))
        lines.append(row("quantities", quantities))
        if let quotes, let quoteTexts {
            lines.append(row("quotes", quotes))
            lines.append(row("quotes (text only)", quoteTexts))
        } else {
            lines.append("quotes".padding(20) + "not annotated in this gold")
        }
        lines.append(row("boilerplate lines", boilerplateLines))
        lines.append("")
        lines.append("resolution: \(splits.count) split, \(joins.count) wrongly joined gold entities")
        for s in splits { lines.append("  split  \(s)") }
        for j in joins { lines.append("  joined \(j)") }
        lines.append("entities in boilerplate lines: \(entitiesInBoilerplate)")
        lines.append("span integrity: \(spansIntact)/\(spansChecked)")
        lines.append(
            "language correct: \(languageCorrect)/\(documents); title correct: \(titleCorrect)/\(documents); published correct: \(publishedCorrect)/\(documents)"
        )
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// Pads with spaces to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
