/// Month and weekday names in fr, en, es, de, and a minimal proleptic Gregorian calendar.
enum CalendarWords {
    /// Folded month name → month number.
    static let months: [String: Int] = {
        var m: [String: Int] = [:]
        let lists: [[String]] = [
            [
                "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
                "novembre", "decembre",
            ],
            [
                "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december",
            ],
            [
                "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                "noviembre", "diciembre",
            ],
            [
                "januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                "november", "dezember",
            ],
        ]
        for list in lists { for (k, name) in list.enumerated() where m[name] == nil { m[name] = k + 1 } }
        for (abbr, k) in [
            ("jan", 1), ("janv", 1), ("feb", 2), ("fev", 2), ("apr", 4), ("avr", 4), ("jun", 6), ("jul", 7),
            ("juil", 7),
            ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ] { m[abbr] = k }
        m["setiembre"] = 9
        return m
    }()

    /// English month names, which are written capitalized.
    static let englishMonths: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    ]

    /// Folded weekday name → ISO weekday (1 = Monday … 7 = Sunday).
    static let weekdays: [String: Int] = [
        "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7,
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "lunes": 1, "martes": 2, "miercoles": 3, "jueves": 4, "viernes": 5, "sabado": 6, "domingo": 7,
        "montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6, "sonntag": 7,
    ]

    /// True for a leap year.
    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    /// Days in a month.
    static func daysIn(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 for a civil date.
    static func dayNumber(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The civil date of a day number.
    static func civil(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// ISO weekday (1 = Monday) of a day number.
    static func weekday(_ days: Int) -> Int { ((days % 7 + 7) % 7 + 3) % 7 + 1 }

    /// ISO text for a date of the given precision.
    static func iso(_ y: Int, _ m: Int? = nil, _ d: Int? = nil) -> String {
        func pad(_ v: Int, _ w: Int) -> String {
            let s = String(v); return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        guard let m else { return pad(y, 4) }
        guard let d else { return "\(pad(y, 4))-\(pad(m, 2))" }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
}
