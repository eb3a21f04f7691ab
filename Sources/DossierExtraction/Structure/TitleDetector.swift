/// Finds the headline and a dateline's publication date in the body lines.
public enum TitleDetector {
    /// Words in a line, splitting on spaces.
    static func words(_ line: String) -> Int { line.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).count }

    /// True for a line shaped like a paragraph of running text.
    static func isParagraph(_ line: String) -> Bool {
        let n = words(line)
        let last = line.unicodeScalars.last { !"»”\"’') \u{A0}".unicodeScalars.contains($0) }
        let ends = last.map { ".!?…".unicodeScalars.contains($0) } ?? false
        return n >= 20 && ends || n >= 35
    }

    /// The headline: the last title-shaped line before the first paragraph, datelines skipped.
    public static func title(_ lines: [String]) -> String? {
        var candidate: String?
        for line in lines where !line.isEmpty {
            if isParagraph(line) { break }
            if dateline([line]) != nil || isDatelineShape(line) { continue }
            let n = words(line)
            let last = line.unicodeScalars.last
            if n >= 2 && n <= 40 && last != "." && last != ":" { candidate = line }
        }
        return candidate
    }

    /// A short line that starts with a dateline cue.
    static func isDatelineShape(_ line: String) -> Bool {
        let folded = TextFolding.fold(line)
        return words(line) <= 12 && ["publie", "published", "posted", "mis a jour", "updated", "date ", "by ", "par "].contains { folded.hasPrefix($0) }
    }

    /// A full publication date from a dateline in the first or last lines ("Publié dans … le 18 - 12 - 2020").
    public static func dateline(_ lines: [String]) -> String? {
        let nonEmpty = lines.filter { !$0.isEmpty }
        for line in nonEmpty.prefix(4) + nonEmpty.suffix(2) {
            let folded = TextFolding.fold(line)
            let cue = ["publie", "published", "posted", "mis a jour", "updated", "date", "le "].contains { folded.hasPrefix($0) }
            guard cue || words(line) <= 6 else { continue }
            guard words(line) <= 16 else { continue }
            let tokens = Tokenizer.tokenize(Array(line.unicodeScalars))
            let dates = DateExtractor.extract(tokens, anchor: DateAnchor(year: nil, month: nil, day: nil, source: .none))
            if let value = dates.compactMap(\.value).first(where: { $0.count == 10 }) { return value }
        }
        return nil
    }

    /// `YYYY-MM-DD` from a machine date ("2020-12-18T10:00:00Z") or a written one.
    public static func isoDay(_ text: String) -> String? {
        let prefix = String(text.prefix(10))
        if let parts = DateAnchor.isoParts(prefix), parts.count == 3, (1...12).contains(parts[1]),
           (1...CalendarWords.daysIn(parts[0], parts[1])).contains(parts[2]) {
            return prefix
        }
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        let dates = DateExtractor.extract(tokens, anchor: DateAnchor(year: nil, month: nil, day: nil, source: .none))
        return dates.compactMap(\.value).first { $0.count == 10 }
    }
}
