/// A date expression found in the body.
public struct FoundDate: Sendable, Equatable {
    /// Token range covered.
    public var tokens: Range<Int>
    /// Scalar span.
    public var start: Int
    /// End of the scalar span.
    public var end: Int
    /// ISO value, nil when it cannot be anchored.
    public var value: String?
    /// Day number when the value has day precision (used for "le lendemain").
    var day: Int?
}

/// Finds absolute and relative date expressions and normalizes them to ISO against the anchor.
public enum DateExtractor {
    /// Words before a month or year that belong to the expression.
    static let modifiers: Set<String> = [
        "debut", "fin", "mi", "early", "late", "mid", "principios", "finales", "anfang", "ende", "mitte",
    ]
    /// Words before a weekday that belong to the expression.
    static let demonstratives: Set<String> = ["ce", "cette", "this", "next", "last", "este", "diesen", "diesem", "am"]

    /// Extracts the dates of a token stream.
    public static func extract(_ tokens: [Token], anchor: DateAnchor) -> [FoundDate] {
        var found: [FoundDate] = []
        var i = 0
        while i < tokens.count {
            if let date = match(tokens, at: i, anchor: anchor, previous: found) {
                found.append(date)
                i = date.tokens.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    /// Tries every pattern at token `i`.
    static func match(_ t: [Token], at i: Int, anchor: DateAnchor, previous: [FoundDate]) -> FoundDate? {
        if let r = relative(t, at: i, anchor: anchor, previous: previous) { return r }
        let tok = t[i]
        // Modifier word ("début", "early") before a month or year.
        if tok.kind == .word, modifiers.contains(tok.key), i + 1 < t.count, !t[i].capitalized || t[i].sentenceInitial,
            var inner = absolute(t, at: i + 1 + (t[i + 1].text == "-" ? 1 : 0), anchor: anchor),
            inner.dayPrecision == false
        {
            inner.date.tokens = i..<inner.date.tokens.upperBound
            inner.date.start = tok.start
            return inner.date
        }
        // "this July", "last November", "next March": the month's occurrence around the article date.
        if ["this", "last", "next"].contains(tok.key), i + 1 < t.count, let m = CalendarWords.months[t[i + 1].key],
            CalendarWords.englishMonths.contains(t[i + 1].key), t[i + 1].capitalized,
            i + 2 >= t.count || t[i + 2].kind != .number,
            anchor.source == .published || anchor.source == .dateline, let y = anchor.year, let am = anchor.month
        {
            let year =
                switch tok.key {
                case "this": y;
                case "last": m < am ? y : y - 1;
                default: m > am ? y : y + 1
                }
            return FoundDate(
                tokens: i..<(i + 2), start: tok.start, end: t[i + 1].end, value: CalendarWords.iso(year, m))
        }
        guard var date = absolute(t, at: i, anchor: anchor)?.date else { return nil }
        // "septembre, octobre, novembre", "May and June": a month in a list takes the year of the month before it.
        if date.tokens.count == 1, let value = date.value, value.count == 7, i >= 2, let last = previous.last,
            last.tokens.upperBound == i - 1, [",", "et", "ou", "and", "or", "to", "-", "–"].contains(t[i - 1].key),
            let before = last.value, before.count == 7, let y = Int(before.prefix(4)), let m0 = Int(before.suffix(2)),
            let m = Int(value.suffix(2))
        {
            date.value = CalendarWords.iso(m >= m0 ? y : y + 1, m)
        }
        return date
    }

    /// An absolute or month/day expression at `i`.
    static func absolute(_ t: [Token], at i: Int, anchor: DateAnchor) -> (date: FoundDate, dayPrecision: Bool)? {
        guard i < t.count else { return nil }
        func make(_ a: Int, _ b: Int, _ value: String?, day: Int? = nil) -> (FoundDate, Bool) {
            (FoundDate(tokens: a..<b, start: t[a].start, end: t[b - 1].end, value: value, day: day), day != nil)
        }
        func int(_ k: Int) -> Int? { k < t.count && t[k].kind == .number ? Int(t[k].text) : nil }
        func tight(_ k: Int) -> Bool { k < t.count && !t[k].spaceBefore }
        let tok = t[i]
        if tok.kind == .number, let n = Int(tok.text) {
            // ISO "2021-07" / "2020-12-18".
            if tok.text.count == 4, (1000...2100).contains(n), i + 2 < t.count, t[i + 1].text == "-", tight(i + 1),
                tight(i + 2),
                let m = int(i + 2), t[i + 2].text.count == 2, (1...12).contains(m)
            {
                if i + 4 < t.count, t[i + 3].text == "-", tight(i + 3), tight(i + 4), let d = int(i + 4),
                    (1...CalendarWords.daysIn(n, m)).contains(d)
                {
                    return make(i, i + 5, CalendarWords.iso(n, m, d), day: CalendarWords.dayNumber(n, m, d))
                }
                return make(i, i + 3, CalendarWords.iso(n, m))
            }
            // "18 - 12 - 2020", "18/12/2020", "18.12.2020".
            if (1...31).contains(n), tok.text.count <= 2, i + 4 < t.count, ["-", "/", "."].contains(t[i + 1].text),
                let m = int(i + 2), (1...12).contains(m), t[i + 3].text == t[i + 1].text, let y = int(i + 4),
                t[i + 4].text.count == 4,
                (1000...2100).contains(y), n <= CalendarWords.daysIn(y, m)
            {
                return make(i, i + 5, CalendarWords.iso(y, m, n), day: CalendarWords.dayNumber(y, m, n))
            }
            // "15 janvier", "1er mai 2021", "11-Septembre", "18 December 2020".
            if (1...31).contains(n), tok.text.count <= 2 {
                var k = i + 1
                if k < t.count, ["er", "st", "nd", "rd", "th", "o"].contains(t[k].key), tight(k) { k += 1 }
                if k < t.count, t[k].text == "-", tight(k) { k += 1 }
                if k < t.count, t[k].kind == .word, let m = CalendarWords.months[t[k].key], t[k].key.count >= 3 {
                    var end = k + 1
                    var year: Int?
                    if end < t.count, t[end].key == "de" || t[end].key == "," {
                        if let y = int(end + 1), t[end + 1].text.count == 4 { year = y; end += 2 }
                    } else if let y = int(end), t[end].text.count == 4, (1000...2100).contains(y) {
                        year = y; end += 1
                    }
                    if let y = year ?? resolveYear(month: m, day: n, t, at: i, end: end, anchor: anchor),
                        n <= CalendarWords.daysIn(y, m)
                    {
                        return make(i, end, CalendarWords.iso(y, m, n), day: CalendarWords.dayNumber(y, m, n))
                    }
                    return make(i, end, nil)
                }
            }
            // A year, or a range of years "2010-2011" (valued at its start); not the year in a name ("Paris-2024", "Euro 2016").
            if tok.text.count == 4, (1900...2100).contains(n), !isQuantityNumber(t, i), !isNameYear(t, i) {
                if i + 2 < t.count, t[i + 1].text == "-" || t[i + 1].text == "–", let n2 = int(i + 2),
                    t[i + 2].text.count == 4, n2 > n, n2 - n < 50
                {
                    return make(i, i + 3, CalendarWords.iso(n))
                }
                return make(i, i + 1, CalendarWords.iso(n))
            }
            return nil
        }
        // Month name first: "May 1", "September 11, 2001", "avril 2020", "juin".
        guard tok.kind == .word, let m = CalendarWords.months[tok.key], tok.key.count >= 3, isMonthWord(t, i) else {
            return nil
        }
        // "Sept. 20", "Oct. 11": an abbreviation's period before the day.
        let dayAt = abbreviatedWithPeriod(t, i) ? i + 2 : i + 1
        if let d = int(dayAt), (1...31).contains(d), t[dayAt].text.count <= 2 {
            var end = dayAt + 1
            if end < t.count, ["st", "nd", "rd", "th"].contains(t[end].key), tight(end) { end += 1 }
            var year: Int?
            if end + 1 < t.count, t[end].text == ",", let y = int(end + 1), t[end + 1].text.count == 4 {
                year = y; end += 2
            }
            if let y = year ?? resolveYear(month: m, day: d, t, at: i, end: end, anchor: anchor),
                d <= CalendarWords.daysIn(y, m)
            {
                return make(i, end, CalendarWords.iso(y, m, d), day: CalendarWords.dayNumber(y, m, d))
            }
            return make(i, end, nil)
        }
        if let y = int(i + 1), t[i + 1].text.count == 4, (1000...2100).contains(y) {
            return make(i, i + 2, CalendarWords.iso(y, m))
        }
        // "de mars à avril 2020": the year of the range's end.
        var rangeYear: Int?
        if i + 3 < t.count, ["a", "au", "to", "-", "–", "et", "and", "bis", "al"].contains(t[i + 1].key),
            CalendarWords.months[t[i + 2].key] != nil, let y = int(i + 3), t[i + 3].text.count == 4
        {
            rangeYear = y
        }
        if let y = rangeYear ?? resolveYear(month: m, day: nil, t, at: i, end: i + 1, anchor: anchor) {
            return make(i, i + 1, CalendarWords.iso(y, m))
        }
        return make(i, i + 1, nil)
    }

    /// Whether the month-like word at `i` is used as a month (English months capitalized, "may"/"mars" ambiguity).
    static func isMonthWord(_ t: [Token], _ i: Int) -> Bool {
        let tok = t[i]
        // French "sept" is seven: a month only as the abbreviation "Sept." or "Sept 4".
        if tok.key == "sept" {
            return tok.capitalized && (abbreviatedWithPeriod(t, i) || i + 1 < t.count && t[i + 1].kind == .number)
        }
        if CalendarWords.englishMonths.contains(tok.key) && CalendarWords.months[tok.key] != nil
            && !["avril", "juin", "mars", "mai"].contains(tok.key)
        {
            // English: capitalized; "May" only with a day or year or after a preposition.
            guard tok.capitalized else { return false }
            if tok.key == "may" || tok.key == "march" {
                let next = i + 1 < t.count ? t[i + 1] : nil
                let before = i > 0 ? t[i - 1].key : ""
                return next?.kind == .number
                    || ["in", "since", "by", "until", "of", "early", "late", "mid", "-"].contains(before)
            }
            return true
        }
        if tok.key.count < 4 && !["mai", "mars"].contains(tok.key) || abbreviatedWithPeriod(t, i) {
            // "Aug 14", "Sept. 4": a capitalized abbreviation before a day number.
            let k = abbreviatedWithPeriod(t, i) ? i + 2 : i + 1
            if tok.capitalized, k < t.count, t[k].kind == .number, let d = Int(t[k].text), (1...31).contains(d),
                t[k].text.count <= 2
            {
                return true
            }
            return i > 0 && t[i - 1].kind == .number
        }
        // French/Spanish/German months are lowercase in running text; capitalized only after a day number or sentence-initially.
        if tok.key == "mars" && tok.capitalized { return i > 0 && t[i - 1].kind == .number }
        return !tok.capitalized || tok.sentenceInitial || (i > 0 && t[i - 1].kind == .number) || tok.key == "september"
            || tok.key == "november"
    }

    /// A capitalized month abbreviation written with its period ("Sept.", "Oct.", "janv.").
    static func abbreviatedWithPeriod(_ t: [Token], _ i: Int) -> Bool {
        i + 2 < t.count && t[i].capitalized && t[i].key.count <= 4 && t[i + 1].text == "." && !t[i + 1].spaceBefore
            && !CalendarWords.englishMonths.contains(t[i].key) && t[i + 2].kind == .number
    }

    /// A year written as part of a name: tight after a hyphen ("Paris-2024") or after a capitalized word inside a
    /// sentence that is neither a month nor a weekday ("Rio 2016", "Euro 2016").
    static func isNameYear(_ t: [Token], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        if t[i - 1].text == "-", !t[i].spaceBefore, !t[i - 1].spaceBefore, i > 1, t[i - 2].kind == .word,
            t[i - 2].capitalized
        {
            return true
        }
        let w = t[i - 1]
        // Opening a sentence, the name is told from "En 2016" or "Since 2016" by what follows: a headline's colon or
        // its end ("Rio 2016 : une balle perdue"); an election's year is its date ("Présidentielle 2022 : …").
        let headline =
            (i + 1 >= t.count || t[i + 1].paragraph != t[i].paragraph || [":", "–", "—"].contains(t[i + 1].text))
            && !NameLexicon.electionNouns.contains(w.key)
        return w.kind == .word && w.capitalized && (!w.sentenceInitial || headline && w.key.count >= 3)
            && w.spaceBefore == true && t[i].spaceBefore
            && CalendarWords.months[w.key] == nil && CalendarWords.weekdays[w.key] == nil && !w.allCaps
            && !(w.sentenceInitial && QuantityExtractor.functionWords.contains(w.key))
    }

    /// A 4-digit number followed by a counted noun is a quantity, not a year.
    static func isQuantityNumber(_ t: [Token], _ i: Int) -> Bool {
        guard i + 1 < t.count, t[i + 1].kind == .word, !t[i + 1].capitalized else { return false }
        if i > 0, t[i - 1].key == "the" { return false }
        return QuantityExtractor.countedNoun(t[i + 1].key) != nil
    }
}
