/// What a document's relative dates are resolved against.
public struct DateAnchor: Sendable, Equatable {
    /// Where the anchor comes from, strongest first.
    public enum Source: Sendable, Equatable {
        /// The publication date (day known).
        case published
        /// A dateline giving year and month only ("date 2021-07").
        case dateline
        /// The present year inferred from the text ("the 20th anniversary of the 2001 attacks").
        case presentYear
        /// The latest year the story mentions: months are read in that year, relative days are not resolved.
        case storyYear
        /// Nothing to anchor on.
        case none
    }
    /// Anchor year.
    public var year: Int?
    /// Anchor month, when known.
    public var month: Int?
    /// Anchor day, when known.
    public var day: Int?
    /// Where it comes from.
    public var source: Source

    /// The anchor's day number (days since 1970-01-01) when the day is known.
    var dayNumber: Int? {
        guard let year, let month, let day else { return nil }
        return CalendarWords.dayNumber(year, month, day)
    }

    /// Finds the anchor: publication date, else a dateline in the first lines, else an
    /// "Nth anniversary of YEAR" phrase, else the latest year mentioned.
    static func find(published: String?, tokens: [Token]) -> DateAnchor {
        if let published, let parts = isoParts(published), parts.count == 3 {
            return DateAnchor(year: parts[0], month: parts[1], day: parts[2], source: .published)
        }
        // A dateline "date 2021-07" / "Publié le …" in the first paragraph's first tokens.
        for i in tokens.indices.prefix(40) where tokens[i].kind == .number && tokens[i].text.count == 4 {
            if i + 2 < tokens.count, tokens[i + 1].text == "-", !tokens[i + 1].spaceBefore,
                tokens[i + 2].kind == .number,
                let y = Int(tokens[i].text), let m = Int(tokens[i + 2].text), (1...12).contains(m),
                (1900...2100).contains(y),
                i > 0, ["date", "publie", "published", "updated", "mis"].contains(tokens[i - 1].key)
            {
                return DateAnchor(year: y, month: m, day: nil, source: .dateline)
            }
        }
        var latest: Int?
        for i in tokens.indices where tokens[i].kind == .number {
            let k = tokens[i].key
            // "20th anniversary of the 2001 attacks" → the present is 2021.
            if i + 1 < tokens.count, ["th", "e", "eme", "st", "nd", "rd"].contains(tokens[i + 1].key),
                !tokens[i + 1].spaceBefore,
                let n = Int(k), i + 5 < tokens.count
            {
                let window = tokens[(i + 2)...min(tokens.count - 1, i + 6)]
                if window.contains(where: { $0.key == "anniversary" || $0.key == "anniversaire" }),
                    let year = window.first(where: { $0.kind == .number && $0.text.count == 4 }).flatMap({
                        Int($0.text)
                    })
                {
                    return DateAnchor(year: year + n, month: nil, day: nil, source: .presentYear)
                }
            }
            if k.count == 4, let y = Int(k), (1900...2100).contains(y) { latest = max(latest ?? y, y) }
        }
        if let latest { return DateAnchor(year: latest, month: nil, day: nil, source: .storyYear) }
        return DateAnchor(year: nil, month: nil, day: nil, source: .none)
    }

    /// Splits `YYYY[-MM[-DD]]` into integers.
    static func isoParts(_ text: String) -> [Int]? {
        let parts = text.split(separator: "-").map { Int($0) }
        guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ $0 != nil }) else { return nil }
        return parts.compactMap { $0 }
    }
}
