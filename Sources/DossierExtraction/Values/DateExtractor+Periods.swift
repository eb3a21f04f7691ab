/// Periods named relative to the article date ("cette année", "last year", "this month", "la semaine
/// dernière", "le début de l'année") and the tense of a weekday ("prévue mardi", "will … on Monday").
extension DateExtractor {
    /// A calendar period relative to the anchor.
    enum Period { case year, month, week, startOfYear }

    /// Phrases (token keys) naming a period with its offset from the anchor's own period.
    static let periodPhrases: [([String], Period, Int)] = [
        (["cette", "annee"], .year, 0), (["this", "year"], .year, 0), (["l'", "an", "dernier"], .year, -1),
        (["l'", "annee", "derniere"], .year, -1), (["l'", "an", "passe"], .year, -1),
        (["l'", "annee", "passee"], .year, -1),
        (["last", "year"], .year, -1), (["l'", "an", "prochain"], .year, 1), (["l'", "annee", "prochaine"], .year, 1),
        (["next", "year"], .year, 1), (["ce", "mois", "-", "ci"], .month, 0), (["this", "month"], .month, 0),
        (["le", "mois", "dernier"], .month, -1), (["le", "mois", "passe"], .month, -1),
        (["last", "month"], .month, -1),
        (["le", "mois", "prochain"], .month, 1), (["next", "month"], .month, 1), (["cette", "semaine"], .week, 0),
        (["this", "week"], .week, 0), (["la", "semaine", "derniere"], .week, -1),
        (["la", "semaine", "passee"], .week, -1),
        (["last", "week"], .week, -1), (["la", "semaine", "prochaine"], .week, 1), (["next", "week"], .week, 1),
        (["le", "debut", "de", "l'", "annee"], .startOfYear, 0), (["debut", "de", "l'", "annee"], .startOfYear, 0),
        (["the", "beginning", "of", "the", "year"], .startOfYear, 0),
        (["the", "start", "of", "the", "year"], .startOfYear, 0),
        (["debut", "d'", "annee"], .startOfYear, 0), (["semaine", "derniere"], .week, -1),
        (["semaine", "prochaine"], .week, 1),
    ]

    /// A period phrase at `i`: its token count and ISO value (weeks as ISO weeks, "2019-W28"; nil when the anchor is
    /// not the article's own date). Phrases that do not name a date without an anchor ("this year") are skipped then.
    static func period(_ t: [Token], at i: Int, anchor: DateAnchor) -> (count: Int, value: String?)? {
        for (phrase, unit, offset) in periodPhrases where i + phrase.count <= t.count {
            guard phrase.indices.allSatisfy({ t[i + $0].key == phrase[$0] }) else { continue }
            let anchored = anchor.source == .published || anchor.source == .dateline
            guard anchored, let year = anchor.year else {
                // Unanchored: only the week phrases were ever reported (value null).
                return unit == .week && offset != 0 ? (phrase.count, nil) : nil
            }
            switch unit {
            case .year: return (phrase.count, CalendarWords.iso(year + offset))
            case .startOfYear: return (phrase.count, CalendarWords.iso(year))
            case .month:
                guard let month = anchor.month else { return (phrase.count, nil) }
                let total = year * 12 + (month - 1) + offset
                return (phrase.count, CalendarWords.iso(total / 12, total % 12 + 1))
            case .week:
                guard let today = anchor.dayNumber else { return (phrase.count, nil) }
                return (phrase.count, isoWeek(today + 7 * offset))
            }
        }
        return nil
    }

    /// Modal verbs that put a following infinitive (and its date) in the future.
    static let futureModals: Set<String> = [
        "doit", "doivent", "devrait", "devraient", "va", "vont", "compte", "comptent",
        "prevoit", "prevoient", "entend", "entendent", "pourrait", "pourraient",
    ]
    /// Words that announce a scheduled event.
    static let scheduleWords: Set<String> = [
        "prevu", "prevue", "prevus", "prevues", "programme", "programmee", "attendu",
        "attendue", "scheduled", "due", "expected", "set", "planned", "plans", "will", "shall",
    ]

    /// True when the clause before a weekday at `i` speaks of the future: a schedule word, "will", or a modal
    /// before an infinitive ("doit rejoindre Tokyo vendredi").
    static func weekdayIsFuture(_ t: [Token], at i: Int) -> Bool {
        let sentence = t[i].sentence
        var k = i - 1
        var seen = 0
        while k >= 0, t[k].sentence == sentence, seen < 9 {
            let key = t[k].key
            if t[k].kind == .punct && (key == ";" || key == ":" || key == "." || key == "«" || key == "»") { break }
            if t[k].kind == .word {
                seen += 1
                if scheduleWords.contains(key) || futureModals.contains(key) { return true }
                // A finite verb in the past closes the search ("a confirmé jeudi", "said on Wednesday").
                if ["a", "ont", "avait", "avaient", "was", "were", "had", "did"].contains(t[k].text.lowercased())
                    || key.hasSuffix("ed") && key.count >= 5
                {
                    return false
                }
            }
            k -= 1
        }
        return false
    }
}
