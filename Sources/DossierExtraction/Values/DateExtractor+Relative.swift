/// Relative expressions ("le lendemain", "il y a un an", weekdays) and year resolution by tense.
extension DateExtractor {
    /// Relative day expressions that need a known anchor day: token keys → offset from the reference.
    static let dayPhrases: [([String], Int, Bool)] = [
        // (keys, offset in days, relative to the previous dated sentence rather than the anchor)
        (["le", "lendemain"], 1, true), (["la", "veille"], -1, true), (["the", "next", "day"], 1, true),
        (["the", "following", "day"], 1, true), (["the", "day", "after"], 1, true),
        (["the", "day", "before"], -1, true),
        (["the", "same", "day"], 0, true), (["le", "meme", "jour"], 0, true), (["hier"], -1, false),
        (["yesterday"], -1, false),
        (["aujourd'hui"], 0, false), (["today"], 0, false), (["demain"], 1, false), (["tomorrow"], 1, false),
        (["avant-hier"], -2, false), (["ayer"], -1, false), (["hoy"], 0, false), (["gestern"], -1, false),
        (["heute"], 0, false),
        (["morgen"], 1, false),
    ]
    /// Expressions with no day value of their own (kept, value null).
    static let vaguePhrases: [[String]] = [
        ["la", "semaine", "derniere"], ["la", "semaine", "prochaine"], ["last", "week"], ["next", "week"],
        ["le", "mois", "dernier"], ["le", "mois", "prochain"], ["last", "month"], ["next", "month"],
    ]

    /// Matches a relative expression at `i`.
    static func relative(_ t: [Token], at i: Int, anchor: DateAnchor, previous: [FoundDate]) -> FoundDate? {
        func keys(_ phrase: [String]) -> Bool {
            guard i + phrase.count <= t.count else { return false }
            for (k, key) in phrase.enumerated() where t[i + k].key != key { return false }
            return true
        }
        func make(_ n: Int, _ value: String?, day: Int? = nil) -> FoundDate {
            FoundDate(tokens: i..<(i + n), start: t[i].start, end: t[i + n - 1].end, value: value, day: day)
        }
        if let span = calendarSpan(t, at: i, anchor: anchor) { return make(span.count, span.value) }
        if let span = fromPreviousYear(t, at: i, previous: previous) { return make(span.count, span.value) }
        for (phrase, offset, fromPrevious) in dayPhrases where keys(phrase) {
            // "today's world", "la France d'aujourd'hui": the present time, not a day.
            if offset == 0, !fromPrevious,
                i > 0 && t[i - 1].key == "d'"
                    || i + 1 < t.count && !t[i + 1].spaceBefore && ["'", "’", "'s", "’s"].contains(t[i + 1].text)
            {
                return nil
            }
            if phrase == ["aujourd'hui"], Self.meansNowadays(t, i) { return nil }
            // "USA TODAY", "BBC Today", "Aujourd'hui en France": a capitalized one-word phrase right after a
            // capitalized word inside a sentence is part of a name.
            if phrase.count == 1, t[i].capitalized, !t[i].sentenceInitial, i > 0, t[i - 1].kind == .word,
                t[i - 1].capitalized
            {
                return nil
            }
            // "yesterday's news", "tomorrow's world": a figure of speech, not a day.
            if ["yesterday", "tomorrow"].contains(phrase[0]), i + 1 < t.count, !t[i + 1].spaceBefore,
                ["'", "’", "'s", "’s"].contains(t[i + 1].text)
            {
                return nil
            }
            guard
                let base = fromPrevious
                    ? previousDay(t, before: i, previous: previous, anchor: anchor) : anchor.dayNumber
            else {
                // With the article's date known, "the next day" whose day is not told is left out rather than kept unvalued.
                return anchor.source == .published ? nil : make(phrase.count, nil)
            }
            let (y, m, d) = CalendarWords.civil(base + offset)
            return make(phrase.count, CalendarWords.iso(y, m, d), day: base + offset)
        }
        if let p = period(t, at: i, anchor: anchor) { return make(p.count, p.value) }
        for phrase in vaguePhrases where keys(phrase) { return make(phrase.count, nil) }
        // "la fin de l'année", "the end of the year": 31 December of the anchor or story year.
        for phrase in [
            ["la", "fin", "de", "l'", "annee"], ["fin", "de", "l'", "annee"], ["the", "end", "of", "the", "year"],
            ["end", "of", "the", "year"],
        ] where keys(phrase) {
            return make(phrase.count, anchor.year.map { CalendarWords.iso($0, 12, 31) })
        }
        // "il y a (même) un an".
        if keys(["il", "y", "a"]) {
            var k = i + 3
            if k < t.count, t[k].key == "meme" || t[k].key == "environ" || t[k].key == "pres" { k += 1 }
            if k + 1 < t.count, let n = QuantityExtractor.numberValue(t[k]), let unit = timeUnit(t[k + 1].key) {
                return FoundDate(
                    tokens: i..<(k + 2), start: t[i].start, end: t[k + 1].end, value: shifted(anchor, by: n, unit))
            }
        }
        // "two years ago"; not a hedged span ("a little over a week ago", "more than a year ago"), which names no day.
        if i + 2 < t.count, let n = QuantityExtractor.numberValue(t[i]), let unit = timeUnit(t[i + 1].key),
            t[i + 2].key == "ago", i == 0 || !Self.hedges.contains(t[i - 1].key)
        {
            return make(3, shifted(anchor, by: n, unit))
        }
        // Weekdays, with a demonstrative ("ce dimanche", "this Wednesday").
        var k = i
        if demonstratives.contains(t[i].key), i + 1 < t.count, CalendarWords.weekdays[t[i + 1].key] != nil { k = i + 1 }
        if t[k].kind == .word, CalendarWords.weekdays[t[k].key] != nil, t[k].key.count >= 5 {
            // "mercredi 6 novembre 2024", "Friday, 4 October": the weekday opens the absolute date.
            let next = k + 1 < t.count && t[k + 1].text == "," ? k + 2 : k + 1
            if next < t.count, let inner = absolute(t, at: next, anchor: anchor), inner.dayPrecision {
                var date = inner.date
                // The weekday tells the year of a date written without one ("vendredi 10 janvier").
                if let day = date.day, let weekday = CalendarWords.weekdays[t[k].key],
                    CalendarWords.weekday(day) != weekday,
                    !(date.tokens).contains(where: { t[$0].kind == .number && t[$0].text.count == 4 })
                {
                    let (y, m, d) = CalendarWords.civil(day)
                    for year in [y + 1, y - 1] where d <= CalendarWords.daysIn(year, m) {
                        let other = CalendarWords.dayNumber(year, m, d)
                        // Only towards the article date: a weekday slip in a date near it is likelier than a year off.
                        if CalendarWords.weekday(other) == weekday, let today = anchor.dayNumber,
                            abs(other - today) < abs(day - today)
                        {
                            date.day = other; date.value = CalendarWords.iso(year, m, d); break
                        }
                    }
                }
                date.tokens = i..<date.tokens.upperBound
                date.start = t[i].start
                return date
            }
        }
        if t[k].kind == .word, let weekday = CalendarWords.weekdays[t[k].key], t[k].key.count >= 5 {
            if !t[k].capitalized,
                ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains(t[k].key)
            {
                return nil
            }
            var end = k + 1
            // "vendredi soir", "jeudi après-midi" (English "Monday night" keeps the weekday alone).
            if end < t.count, ["soir", "matin", "midi"].contains(t[end].key) {
                end += 1
            } else if end + 2 < t.count, t[end].key == "apres", t[end + 1].text == "-", t[end + 2].key == "midi" {
                end += 3
            }
            var future = t[i].key == "next"
            if end < t.count, ["prochain", "dernier", "passe"].contains(t[end].key) {
                future = t[end].key == "prochain"; end += 1
            }
            guard let today = anchor.dayNumber else { return make(end - i, nil) }
            let current = CalendarWords.weekday(today)
            var delta = future ? (weekday - current + 7) % 7 : -((current - weekday + 7) % 7)
            if future && delta == 0 { delta = 7 }
            if !future && (tenseCue(t, at: i, end: end) == .future || weekdayIsFuture(t, at: i)) {
                delta = (weekday - current + 7) % 7
            }
            let (y, m, d) = CalendarWords.civil(today + delta)
            return make(end - i, CalendarWords.iso(y, m, d), day: today + delta)
        }
        return nil
    }

    /// The last day-precision date earlier in the sentence ("on March 31 after … the day before"), else the first
    /// of the nearest earlier sentence that has one.
    static func previousDay(_ t: [Token], before i: Int, previous: [FoundDate], anchor: DateAnchor) -> Int? {
        guard anchor.source == .published else { return nil }
        let sentence = t[i].sentence
        if let same = previous.last(where: { $0.day != nil && t[$0.tokens.lowerBound].sentence == sentence }) {
            return same.day
        }
        var best: (sentence: Int, day: Int)?
        for date in previous {
            guard let day = date.day else { continue }
            let s = t[date.tokens.lowerBound].sentence
            guard s < sentence else { continue }
            if best == nil || s > best!.sentence { best = (s, day) }
        }
        return best?.day
    }

    /// Words before "N ago" that make it approximate: "over", "(more) than", "nearly", "about".
    static let hedges: Set<String> = [
        "over", "than", "nearly", "almost", "about", "around", "roughly", "some", "approximately", "under",
    ]

    /// Years, months, weeks and days as a unit of "ago" expressions.
    static func timeUnit(_ key: String) -> Character? {
        switch key {
        case "an", "ans", "annee", "annees", "year", "years", "ano", "anos", "jahr", "jahren": "y"
        case "mois", "month", "months", "mes", "meses", "monat", "monaten": "m"
        case "semaine", "semaines", "week", "weeks", "semana", "semanas", "woche", "wochen": "w"
        case "jour", "jours", "day", "days", "dia", "dias", "tag", "tagen": "d"
        default: nil
        }
    }

    /// The anchor shifted back by `n` units, at the unit's precision; nil without a present anchor.
    static func shifted(_ anchor: DateAnchor, by n: Int, _ unit: Character) -> String? {
        guard anchor.source == .published || anchor.source == .dateline, let y = anchor.year, let m = anchor.month
        else { return nil }
        switch unit {
        case "y": return CalendarWords.iso(y - n, m)
        case "m":
            let total = y * 12 + (m - 1) - n
            return CalendarWords.iso(total / 12, total % 12 + 1)
        default:
            guard let today = anchor.dayNumber else { return nil }
            let (yy, mm, dd) = CalendarWords.civil(today - n * (unit == "w" ? 7 : 1))
            return CalendarWords.iso(yy, mm, dd)
        }
    }

    /// Tense around a date: past, future or unknown.
    enum Tense { case past, future, unknown }

    /// Reads tense cues in the few words before the date and right after it.
    static func tenseCue(_ t: [Token], at i: Int, end: Int) -> Tense {
        let sentence = t[i].sentence
        if end < t.count, t[end].sentence == sentence {
            if ["prochain", "prochaine", "suivant", "next", "proximo"].contains(t[end].key) { return .future }
            if ["dernier", "derniere", "passe", "last", "pasado"].contains(t[end].key) { return .past }
        }
        var k = i - 1
        var seen = 0
        while k >= 0, t[k].sentence == sentence, seen < 4 {
            let key = t[k].key
            if t[k].kind == .punct && (key == "," || key == ";" || key == ":") { break }
            if t[k].kind == .word {
                seen += 1
                // An infinitive governs the date: "a décidé de ramener le 15 janvier".
                if key.count >= 5, key.hasSuffix("er") || key.hasSuffix("ir"), t[k].text.lowercased() == t[k].text {
                    return .unknown
                }
                if [
                    "jusqu'", "jusqu", "d'ici", "ici", "prochain", "prochaine", "will", "until", "next", "hasta", "bis",
                    "future",
                ].contains(key)
                    || scheduleWords.contains(key) || futureModals.contains(key)
                {
                    return .future
                }
                if ["since", "depuis", "ago", "last", "dernier", "derniere", "was", "were", "had", "desde", "seit"]
                    .contains(key)
                {
                    return .past
                }
                if key.count >= 5
                    && (key.hasSuffix("ra") || key.hasSuffix("ront") || key.hasSuffix("rait")
                        || key.hasSuffix("raient"))
                {
                    return .future
                }
                if key.count >= 4
                    && (key.hasSuffix("ee") || key.hasSuffix("u") || key.hasSuffix("ues") || key.hasSuffix("us")
                        || key.hasSuffix("ait") || key.hasSuffix("aient") || key.hasSuffix("ed"))
                {
                    return .past
                }
                // "a" (has), not "à" (to: "à fin juillet"); "été" only as a participle, not the summer.
                if ["a", "ont", "avait", "avaient", "etait", "etaient", "fut"].contains(t[k].text.lowercased()) {
                    return .past
                }
                if t[k].text.hasSuffix("é") || t[k].text.hasSuffix("és") || t[k].text.hasSuffix("ée")
                    || t[k].text.hasSuffix("ées")
                {
                    return .past
                }
            }
            k -= 1
        }
        return .unknown
    }

    /// The year of a month (and day) written without one, from the anchor and the tense.
    static func resolveYear(month: Int, day: Int?, _ t: [Token], at i: Int, end: Int, anchor: DateAnchor) -> Int? {
        guard let year = anchor.year else { return nil }
        let tense = tenseCue(t, at: i, end: end)
        switch anchor.source {
        case .none: return nil
        case .storyYear: return year
        case .presentYear:
            // Only the present year is known: a bare month told in the past is last year's.
            if day == nil && tense != .future { return year - 1 }
            return year
        case .published, .dateline:
            guard let am = anchor.month else { return year }
            let here = year * 12 + am - 1
            let anchorDay = anchor.day ?? 15
            let candidates = [year - 1, year, year + 1].map { y -> (Int, Int) in
                let months = y * 12 + month - 1 - here
                let dayOffset = (day ?? 15) - anchorDay
                return (y, months * 31 + (day == nil ? 0 : dayOffset))
            }
            switch tense {
            case .past: return candidates.filter { $0.1 <= 0 }.max { $0.1 < $1.1 }?.0
            case .future: return candidates.filter { $0.1 >= 0 }.min { $0.1 < $1.1 }?.0
            case .unknown:
                // News mostly reports what happened: with no tense cue, a date more than two months ahead is read
                // in the past year ("In May, …" written in February), a nearer one as the nearest.
                // A date that names a scheduled event ("the Nov. 3 election") is its nearest occurrence.
                let nearest = candidates.min { abs($0.1) != abs($1.1) ? abs($0.1) < abs($1.1) : $0.1 < $1.1 }
                let scheduled =
                    end < t.count && t[end].sentence == t[i].sentence
                    && Self.scheduledEventNouns.contains(t[end].key)
                if let nearest, nearest.1 > 62, !scheduled,
                    let past = candidates.filter({ $0.1 <= 0 }).max(by: { $0.1 < $1.1 })
                {
                    return past.0
                }
                return nearest?.0
            }
        }
    }

    /// Nouns of scheduled events a date can qualify ("the Nov. 3 election", "the March 1 deadline").
    static let scheduledEventNouns: Set<String> = [
        "election", "elections", "vote", "primary", "primaries", "referendum", "deadline", "summit", "hearing",
        "debate", "runoff", "caucus", "caucuses", "inauguration",
    ]

    /// Verbs of state after which "aujourd'hui" is "nowadays" ("elle est aujourd'hui épanouie", "la médiane se situe
    /// aujourd'hui à 850"): a state that holds now, not something that happened on the article's day.
    static let stateVerbs: Set<String> = [
        "est", "sont", "etait", "etaient", "reste", "restent", "demeure", "demeurent", "situe", "situent", "trouve",
        "trouvent", "vit", "vivent", "compte", "comptent", "semble", "semblent", "parait",
    ]

    /// "aujourd'hui" as "nowadays": after a verb of state, or before a past participle used as an adjective
    /// ("aujourd'hui considérés comme …").
    static func meansNowadays(_ t: [Token], _ i: Int) -> Bool {
        if i > 0, stateVerbs.contains(t[i - 1].key) { return true }
        guard i + 1 < t.count, t[i + 1].kind == .word, !t[i + 1].capitalized else { return false }
        let next = t[i + 1].text
        return ["é", "és", "ée", "ées"].contains { next.hasSuffix($0) } && next.count > 3
    }
}
