/// Calendar spans named relative to the article date that are not a single day or month: weekends ("ce
/// week-end"), seasons ("l'automne prochain", "last summer"), parts of the day ("ce soir", "this morning"),
/// the end of the month, holidays ("Independence Day"), decades ("the 1980s", "les années 1980") and ISO weeks.
extension DateExtractor {
    /// Seasons by folded word → first month (winter straddles two years and is left out).
    static let seasons: [String: Int] = [
        "printemps": 3, "ete": 6, "automne": 9, "spring": 3, "summer": 6, "autumn": 9, "fall": 9,
    ]
    /// Season words that are also common verbs or nouns: only read with a determiner that makes them a season.
    static let ambiguousSeasons: Set<String> = ["spring", "fall"]
    /// Parts of the day that, with a demonstrative, name the anchor day.
    static let todayPhrases: [[String]] = [
        ["ce", "soir"], ["ce", "matin"], ["cet", "apres", "-", "midi"], ["cette", "nuit"], ["tonight"],
        ["this", "morning"],
        ["this", "afternoon"], ["this", "evening"],
    ]
    /// Holidays on a fixed day: token keys → (month, day).
    static let holidays: [([String], Int, Int)] = [
        (["new", "year", "'", "s", "day"], 1, 1), (["jour", "de", "l'", "an"], 1, 1),
        (["independence", "day"], 7, 4), (["bastille", "day"], 7, 14), (["christmas", "day"], 12, 25),
        (["christmas", "eve"], 12, 24), (["new", "year", "'", "s", "eve"], 12, 31), (["halloween"], 10, 31),
        (["valentine", "'", "s", "day"], 2, 14), (["la", "saint", "-", "sylvestre"], 12, 31),
        (["la", "toussaint"], 11, 1),
    ]

    /// ISO 8601 week ("2019-W28") of a day number.
    static func isoWeek(_ day: Int) -> String {
        let thursday = day - CalendarWords.weekday(day) + 4
        let (year, _, _) = CalendarWords.civil(thursday)
        let week = (thursday - CalendarWords.dayNumber(year, 1, 1)) / 7 + 1
        return "\(CalendarWords.iso(year))-W\(week < 10 ? "0" : "")\(week)"
    }

    /// A calendar span at `i`: token count and value (nil when it needs an anchor the article lacks).
    static func calendarSpan(_ t: [Token], at i: Int, anchor: DateAnchor) -> (count: Int, value: String?)? {
        func keys(_ phrase: [String], at k: Int) -> Bool {
            guard k + phrase.count <= t.count else { return false }
            for (n, key) in phrase.enumerated() where t[k + n].key != key { return false }
            return true
        }
        let today = anchor.source == .published ? anchor.dayNumber : nil
        for phrase in todayPhrases where keys(phrase, at: i) {
            return (
                phrase.count,
                today.map {
                    let (y, m, d) = CalendarWords.civil($0); return CalendarWords.iso(y, m, d)
                }
            )
        }
        for (phrase, month, day) in holidays
        where keys(phrase, at: i) && (t[i].capitalized || t[i].key == "la" || t[i].key == "jour") {
            let y = resolveYear(month: month, day: day, t, at: i, end: i + phrase.count, anchor: anchor)
            return (phrase.count, y.map { CalendarWords.iso($0, month, day) })
        }
        // "the end of this month", "la fin du mois": its last day.
        for phrase in [
            ["the", "end", "of", "this", "month"], ["the", "end", "of", "the", "month"], ["la", "fin", "du", "mois"],
            ["fin", "du", "mois"],
        ] where keys(phrase, at: i) {
            guard let today else { return (phrase.count, nil) }
            let (y, m, _) = CalendarWords.civil(today)
            return (phrase.count, CalendarWords.iso(y, m, CalendarWords.daysIn(y, m)))
        }
        if let weekend = weekend(t, at: i, today: today) { return weekend }
        if let season = season(t, at: i, anchor: anchor) { return season }
        return decade(t, at: i)
    }

    /// "ce week-end", "le week-end dernier", "this weekend", "next weekend": the weekend's Saturday.
    static func weekend(_ t: [Token], at i: Int, today: Int?) -> (count: Int, value: String?)? {
        guard ["ce", "this", "last", "next", "le"].contains(t[i].key), i + 1 < t.count else { return nil }
        var k = i + 1
        if t[k].key == "weekend" {
            k += 1
        } else if k + 2 < t.count, t[k].key == "week", t[k + 1].text == "-", t[k + 2].key == "end" {
            k += 3
        } else {
            return nil
        }
        var offset = ["last": -1, "next": 1][t[i].key] ?? 0
        if k < t.count, t[k].key == "dernier" || t[k].key == "prochain" {
            offset = t[k].key == "dernier" ? -1 : 1; k += 1
        }
        if t[i].key == "le" && offset == 0 { return nil }  // "le week-end" alone is generic
        guard let today else { return (k - i, nil) }
        let weekday = CalendarWords.weekday(today)
        let previous = today - (weekday + 1) % 7  // the last Saturday on or before today
        let saturday: Int
        switch offset {
        case -1: saturday = previous == today ? today - 7 : previous
        case 1: saturday = previous + 7
        default:
            // Saturday, Sunday and Monday look back on the weekend just gone; other days ahead.
            saturday = weekday >= 6 || weekday == 1 ? previous : previous + 7
        }
        let (y, m, d) = CalendarWords.civil(saturday)
        return (k - i, CalendarWords.iso(y, m, d))
    }

    /// "cet été", "l'automne prochain", "last summer", "l'été" told in the future: the season's year.
    static func season(_ t: [Token], at i: Int, anchor: DateAnchor) -> (count: Int, value: String?)? {
        var k = i
        var direction: Int?  // -1 last, 0 this, 1 next
        switch t[i].key {
        case "cet", "ce", "this": direction = 0; k += 1
        case "last": direction = -1; k += 1
        case "next": direction = 1; k += 1
        case "l'", "le", "the": k += 1
        default: return nil
        }
        guard k < t.count, let start = seasons[t[k].key], !t[k].capitalized || t[k].sentenceInitial else { return nil }
        if ambiguousSeasons.contains(t[k].key) && direction == nil { return nil }
        var end = k + 1
        if direction == nil, end < t.count {
            switch t[end].key {
            case "dernier", "passe", "last": direction = -1; end += 1
            case "prochain", "next", "suivant": direction = 1; end += 1
            default: break
            }
        }
        guard anchor.source == .published || anchor.source == .dateline, let year = anchor.year,
            let month = anchor.month
        else {
            return direction == nil ? nil : (end - i, nil)
        }
        switch direction {
        case 0: return (end - i, CalendarWords.iso(year))
        case -1: return (end - i, CalendarWords.iso(month > start + 2 ? year : year - 1))
        case 1: return (end - i, CalendarWords.iso(month < start ? year : year + 1))
        default:
            // A bare season ("l'été") only with a clear tense; the English "the summer" is too often generic.
            guard t[i].key != "the" else { return nil }
            let tense = tenseCue(t, at: i, end: end)
            if tense == .future || tense == .unknown && weekdayIsFuture(t, at: i) {
                return (end - i, CalendarWords.iso(month <= start ? year : year + 1))
            }
            return tense == .past ? (end - i, CalendarWords.iso(month >= start ? year : year - 1)) : nil
        }
    }

    /// "1980s", "the 1940s", "les années 1980", "années 80": the ISO decade ("198").
    static func decade(_ t: [Token], at i: Int) -> (count: Int, value: String?)? {
        if t[i].kind == .number, t[i].text.count == 4, let n = Int(t[i].text), n % 10 == 0, (1000...2090).contains(n),
            i + 1 < t.count, t[i + 1].key == "s", !t[i + 1].spaceBefore
        {
            return (2, String(n / 10))
        }
        if t[i].key == "annees", i + 1 < t.count, t[i + 1].kind == .number, let n = Int(t[i + 1].text), n % 10 == 0 {
            if t[i + 1].text.count == 4, (1000...2090).contains(n) { return (2, String(n / 10)) }
            if t[i + 1].text.count == 2, (20...90).contains(n) { return (2, String((1900 + n) / 10)) }
        }
        return nil
    }

    /// "deux ans plus tôt", "two years later", "the following year", "l'année précédente": years counted from the
    /// last dated expression before it (left out when there is none).
    static func fromPreviousYear(_ t: [Token], at i: Int, previous: [FoundDate]) -> (count: Int, value: String)? {
        func base() -> Int? { previous.last.flatMap { $0.value }.flatMap { $0.count >= 4 ? Int($0.prefix(4)) : nil } }
        for (phrase, offset) in [
            (["the", "following", "year"], 1), (["the", "next", "year"], 1), (["the", "previous", "year"], -1),
            (["l'", "annee", "suivante"], 1), (["l'", "annee", "precedente"], -1), (["l'", "annee", "d'", "apres"], 1),
            (["l'", "annee", "d'", "avant"], -1),
        ]
        where i + phrase.count <= t.count && phrase.indices.allSatisfy({ t[i + $0].key == phrase[$0] }) {
            return base().map { (phrase.count, CalendarWords.iso($0 + offset)) }
        }
        guard i + 2 < t.count, let n = QuantityExtractor.numberValue(t[i]), n > 0, n < 100,
            ["an", "ans", "annee", "annees", "year", "years"].contains(t[i + 1].key)
        else { return nil }
        var sign = 0, count = 2
        if t[i + 2].key == "earlier" {
            sign = -1; count = 3
        } else if t[i + 2].key == "later" {
            sign = 1; count = 3
        } else if i + 3 < t.count, t[i + 2].key == "plus", ["tot", "tard"].contains(t[i + 3].key) {
            sign = t[i + 3].key == "tot" ? -1 : 1; count = 4
        }
        guard sign != 0, let y = base() else { return nil }
        return (count, CalendarWords.iso(y + sign * n))
    }
}
