import Foundation

/// Scores extractions against a gold file: document-level entities by type (an extracted
/// entity matches a gold entity of the same document with the same type and a shared
/// surface), resolution (splits and joins of gold entities across documents), dates and
/// quantities (value exact, surfaces overlapping), quotes (see `QuoteScoring`), boilerplate and span integrity.
public enum Evaluation {
    /// Decodes a gold file.
    public static func gold(from data: Data) throws -> GoldStandard {
        try JSONDecoder().decode(GoldStandard.self, from: data)
    }

    /// Surface comparison key: NFC, case-folded, apostrophes unified, spaces collapsed.
    static func norm(_ s: String) -> String {
        TextNormalizer.cleanLine(
            Substring(TextFolding.fold(TextNormalizer.normalize(s)).replacingOccurrences(of: "\u{A0}", with: " ")))
    }

    /// Same value and one surface inside the other.
    static func overlaps(_ a: String, _ b: String) -> Bool { a == b || a.contains(b) || b.contains(a) }

    /// Scores `documents` against `gold`.
    public static func evaluate(gold: GoldStandard, documents: [EvaluatedDocument]) -> EvalReport {
        let types = Dictionary(gold.entities.map { ($0.id, $0.type) }, uniquingKeysWith: { a, _ in a })
        var byType: [String: EvalReport.Score] = [:]
        var dates = EvalReport.Score.zero, quantities = EvalReport.Score.zero, lines = EvalReport.Score.zero
        var quotes = EvalReport.Score.zero, quoteTexts = EvalReport.Score.zero
        let quotesAnnotated = gold.documents.contains { $0.quotes != nil }
        var idsOfGold: [String: Set<String>] = [:]
        var details: [String] = []
        var inBoilerplate = 0, checked = 0, intact = 0, language = 0, title = 0, published = 0
        let byFile = Dictionary(documents.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        for doc in gold.documents {
            guard let ours = byFile[doc.file] else { details.append("\(doc.file): not extracted"); continue }
            let report = ours.report
            // Entities.
            let extracted = report.entities.map { e in (e, Set(e.mentions.map { norm($0.surface) })) }
            var goldMatched = Set<String>()
            var typeScores: [String: EvalReport.Score] = [:]
            for (e, surfaces) in extracted {
                let hit = doc.entities.first {
                    types[$0.id] == e.type && !surfaces.isDisjoint(with: $0.surfaces.map(norm))
                }
                typeScores[e.type, default: .zero].extracted += 1
                if hit != nil {
                    typeScores[e.type, default: .zero].truePositivesExtracted += 1
                } else {
                    details.append("\(doc.file): extra \(e.type) \(e.label) [\(e.mentions.first?.surface ?? "")]")
                }
            }
            for g in doc.entities {
                let type = types[g.id] ?? "?"
                typeScores[type, default: .zero].gold += 1
                let keys = Set(g.surfaces.map(norm))
                if extracted.contains(where: { $0.0.type == type && !$0.1.isDisjoint(with: keys) }) {
                    typeScores[type, default: .zero].truePositivesGold += 1; goldMatched.insert(g.id)
                } else {
                    details.append("\(doc.file): missed \(type) \(g.id) \(g.surfaces)")
                }
                // Resolution: ids of extracted mentions whose surface is this entity's (surfaces shared by two gold entities skipped).
                for s in keys where doc.entities.filter({ Set($0.surfaces.map(norm)).contains(s) }).count == 1 {
                    for (e, surfaces) in extracted where surfaces.contains(s) && e.type == type {
                        idsOfGold[g.id, default: []].insert(e.id)
                    }
                }
            }
            for (k, v) in typeScores { byType[k, default: .zero] = byType[k, default: .zero] + v }
            // Dates and quantities.
            let ourDates = unique(report.dates.map { (norm($0.surface), $0.value) })
            dates =
                dates
                + match(
                    gold: doc.dates.map { (norm($0.surface), $0.value) }, ours: ourDates, file: doc.file, kind: "date",
                    details: &details)
            let ourQuantities = unique(report.quantities.map { (norm($0.surface), Optional(number($0.value))) })
            quantities =
                quantities
                + match(
                    gold: doc.quantities.map { (norm($0.surface), Optional(number($0.value))) }, ours: ourQuantities,
                    file: doc.file, kind: "quantity", details: &details)
            // Quotes: statements with an entity speaker carry that entity's surfaces.
            if let goldQuotes = doc.quotes {
                let ourSurfaces = Dictionary(
                    extracted.map { ($0.0.id, $0.1) }, uniquingKeysWith: { a, b in a.union(b) })
                let statements = report.statements.map {
                    QuoteScoring.Statement(start: $0.start, end: $0.end, speakerSurfaces: ourSurfaces[$0.speaker])
                }
                let scored = QuoteScoring.score(
                    gold: goldQuotes, entities: doc.entities, body: report.body, statements: statements,
                    file: doc.file, details: &details)
                quotes = quotes + scored.attributed; quoteTexts = quoteTexts + scored.text
            }
            // Boilerplate lines and entities inside gold boilerplate lines left in the body.
            let goldLines = Set(doc.boilerplate.map(norm)), ourLines = Set(report.boilerplate.map(norm))
            lines =
                lines
                + EvalReport.Score(
                    truePositivesExtracted: ourLines.intersection(goldLines).count, extracted: ourLines.count,
                    truePositivesGold: goldLines.intersection(ourLines).count, gold: goldLines.count)
            let scalars = Array(report.body.unicodeScalars)
            var offset = 0
            for line in report.body.split(separator: "\n", omittingEmptySubsequences: false) {
                let count = line.unicodeScalars.count
                if goldLines.contains(norm(String(line))) {
                    for e in report.entities {
                        for m in e.mentions where m.start >= offset && m.end <= offset + count { inBoilerplate += 1 }
                    }
                }
                offset += count + 1
            }
            // Span integrity.
            func check(_ start: Int, _ end: Int, _ surface: String) {
                checked += 1
                if start >= 0, start < end, end <= scalars.count,
                    String(String.UnicodeScalarView(scalars[start..<end])) == surface
                {
                    intact += 1
                }
            }
            for e in report.entities { for m in e.mentions { check(m.start, m.end, m.surface) } }
            for d in report.dates { check(d.start, d.end, d.surface) }
            for q in report.quantities { check(q.start, q.end, q.surface) }
            if doc.language == nil || doc.language == report.language { language += 1 }
            if doc.title == report.title {
                title += 1
            } else {
                details.append("\(doc.file): title \(report.title ?? "nil")")
            }
            if doc.published == report.published {
                published += 1
            } else {
                details.append("\(doc.file): published \(report.published ?? "nil")")
            }
        }
        var splits: [String] = []
        var owners: [String: Set<String>] = [:]
        for (g, ids) in idsOfGold.sorted(by: { $0.key < $1.key }) {
            if ids.count > 1 { splits.append("\(g) → \(ids.sorted().joined(separator: ", "))") }
            for id in ids { owners[id, default: []].insert(g) }
        }
        let joins = owners.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }.map {
            "\($0.key) → \($0.value.sorted().joined(separator: ", "))"
        }
        let total = byType.values.reduce(EvalReport.Score.zero, +)
        return EvalReport(
            entitiesByType: byType, entities: total, splits: splits, joins: joins, dates: dates, quantities: quantities,
            quotes: quotesAnnotated ? quotes : nil, quoteTexts: quotesAnnotated ? quoteTexts : nil,
            boilerplateLines: lines, entitiesInBoilerplate: inBoilerplate, spansChecked: checked, spansIntact: intact,
            languageCorrect: language, titleCorrect: title, publishedCorrect: published,
            documents: gold.documents.count, details: details)
    }

    /// A quantity value as a canonical decimal string ("2500", "13.2"), so gold decimals and ours compare.
    static func number(_ text: String) -> String { Double(text).map(number) ?? text }
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 9e15 { return String(Int(value)) }
        return String(value)
    }

    /// Distinct (surface, value) pairs in order.
    static func unique(_ items: [(String, String?)]) -> [(String, String?)] {
        var seen = Set<String>()
        return items.filter { seen.insert($0.0 + "\u{1}" + ($0.1 ?? "null")).inserted }
    }

    /// One-to-one matching of (surface, value) pairs: equal values, overlapping surfaces.
    static func match(
        gold: [(String, String?)], ours: [(String, String?)], file: String, kind: String, details: inout [String]
    ) -> EvalReport.Score {
        var used = Set<Int>()
        var goldHits = 0
        for g in gold {
            if let k = ours.indices.first(where: {
                !used.contains($0) && ours[$0].1 == g.1 && overlaps(ours[$0].0, g.0)
            }) {
                used.insert(k); goldHits += 1
            } else {
                details.append("\(file): missed \(kind) '\(g.0)' = \(g.1 ?? "null")")
            }
        }
        for (k, o) in ours.enumerated() where !used.contains(k) {
            details.append("\(file): extra \(kind) '\(o.0)' = \(o.1 ?? "null")")
        }
        return EvalReport.Score(
            truePositivesExtracted: used.count, extracted: ours.count, truePositivesGold: goldHits, gold: gold.count)
    }
}
