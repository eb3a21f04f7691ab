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
        return words(line) <= 12
            && ["publie", "published", "posted", "mis a jour", "updated", "date ", "by ", "par "].contains {
                folded.hasPrefix($0)
            }
    }

    /// Words that announce a publication date anywhere in a short header line ("By X | Published: …").
    static let dateCues = ["publie", "published", "posted", "mis a jour", "updated", "modifie", "actualise"]

    /// A full publication date from a dateline in the first or last lines ("Publié dans … le 18 - 12 - 2020",
    /// "By Staff | Published: 12 April 2024") or a wire dateline opening the first paragraphs ("ACCRA, 4 October 2024 —").
    public static func dateline(_ lines: [String]) -> String? {
        let nonEmpty = lines.filter { !$0.isEmpty }
        for line in nonEmpty.prefix(4) + nonEmpty.suffix(2) {
            let folded = TextFolding.fold(line)
            let cue =
                ["publie", "published", "posted", "mis a jour", "updated", "date", "le "].contains {
                    folded.hasPrefix($0)
                }
                || dateCues.contains { folded.contains($0) }
            guard cue || words(line) <= 6 else { continue }
            guard words(line) <= 16 else { continue }
            if let value = fullDate(in: line) { return value }
        }
        for line in nonEmpty.prefix(6) {
            if let head = wireDateline(line), let value = fullDate(in: head) { return value }
        }
        return nil
    }

    /// The first day-precision date written in `text`.
    static func fullDate(in text: String) -> String? {
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        let dates = DateExtractor.extract(tokens, anchor: DateAnchor(year: nil, month: nil, day: nil, source: .none))
        return dates.compactMap(\.value).first(where: { $0.count == 10 })
    }

    /// The head of a wire dateline: "PLACE, DATE —" / "Place, Date (AGENCY) -" at the start of a line, up to the dash or
    /// parenthesis; the place is one to four capitalized words.
    static func wireDateline(_ line: String) -> String? {
        guard let comma = line.firstIndex(of: ","), line.distance(from: line.startIndex, to: comma) <= 40 else {
            return nil
        }
        let place = line[..<comma].split(separator: " ")
        guard (1...4).contains(place.count), place.allSatisfy({ $0.first.map { $0.isUppercase } ?? false }) else {
            return nil
        }
        let rest = line[comma...].prefix(60)
        let dash = rest.indices.first { k in
            rest[k] == "-" && k > rest.startIndex && rest[rest.index(before: k)] == " "
                && rest.index(after: k) < rest.endIndex
                && rest[rest.index(after: k)] == " "
        }
        guard let end = rest.firstIndex(where: { "—–(".contains($0) }) ?? dash else { return nil }
        return String(line[..<end])
    }

    /// `YYYY-MM-DD` from a machine date ("2020-12-18T10:00:00Z") or a written one.
    public static func isoDay(_ text: String) -> String? {
        let prefix = String(text.prefix(10))
        if let parts = DateAnchor.isoParts(prefix), parts.count == 3, (1...12).contains(parts[1]),
            (1...CalendarWords.daysIn(parts[0], parts[1])).contains(parts[2])
        {
            return prefix
        }
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        let dates = DateExtractor.extract(tokens, anchor: DateAnchor(year: nil, month: nil, day: nil, source: .none))
        return dates.compactMap(\.value).first { $0.count == 10 }
    }
}
