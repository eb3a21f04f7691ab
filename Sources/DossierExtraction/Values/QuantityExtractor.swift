/// A counted or measured amount found in the body.
public struct FoundQuantity: Sendable, Equatable {
    /// Token range covered.
    public var tokens: Range<Int>
    /// Scalar span start.
    public var start: Int
    /// Scalar span end.
    public var end: Int
    /// Canonical decimal string.
    public var value: String
    /// Unit or counted thing, English singular where known.
    public var unit: String
}

/// Finds amounts with their unit or counted noun: "2500 soldats", "13 000 hommes",
/// "1000 milliards de dollars", "9,600 soldiers", "60%", "deux responsables".
public enum QuantityExtractor {
    /// Number words (fr, en, es, de) from two up; "un"/"one" are articles more often than counts.
    static let numberWords: [String: Int] = [
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11,
        "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40,
        "cinquante": 50, "soixante": 60, "cent": 100, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
        "forty": 40,
        "fifty": 50, "hundred": 100, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
        "nueve": 9, "diez": 10, "veinte": 20, "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "sieben": 7,
        "acht": 8, "neun": 9, "zehn": 10, "zwanzig": 20,
    ]
    /// Words used as "one" in "il y a un an".
    static let oneWords: Set<String> = ["un", "une", "one", "a", "an", "uno", "una", "ein", "eine", "einem"]
    /// Scale words.
    static let multipliers: [String: Int] = [
        "milliard": 9, "milliards": 9, "billion": 9, "billions": 9, "million": 6,
        "millions": 6, "millones": 6, "millon": 6, "milliarden": 9, "millionen": 6,
        "mille": 3, "thousand": 3, "mil": 3, "tausend": 3,
    ]
    /// Time units: "20 ans" is a duration, not a quantity.
    static let timeUnits: Set<String> = [
        "an", "ans", "annee", "annees", "jour", "jours", "mois", "semaine", "semaines",
        "heure", "heures", "minute", "minutes", "seconde", "secondes", "decennie",
        "decennies", "siecle", "siecles", "year", "years", "month", "months", "week",
        "weeks", "day", "days", "hour", "hours", "second", "seconds", "decade", "decades",
        "century", "centuries", "ano", "anos", "dia", "dias", "jahr", "jahre", "jahren",
        "tag", "tage", "tagen", "h", "min", "s",
    ]
    /// Counted nouns with an English unit name.
    static let unitNames: [String: String] = [
        "soldats": "soldier", "soldat": "soldier", "militaires": "soldier", "hommes": "soldier", "troupes": "soldier",
        "soldiers": "soldier", "troops": "soldier", "men": "soldier", "servicemen": "soldier", "marines": "soldier",
        "personnes": "person", "people": "person", "persons": "person", "gens": "person", "americans": "person",
        "civils": "civilian", "civilians": "civilian", "morts": "death", "dead": "death", "deaths": "death",
        "responsables": "official", "officials": "official", "journalistes": "journalist", "journalists": "journalist",
        "pays": "country", "countries": "country", "attaques": "attack", "attacks": "attack", "frappes": "strike",
        "strikes": "strike", "airstrikes": "airstrike", "groupes": "group", "groups": "group", "fois": "time",
        "times": "time", "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "%": "percent",
        "pourcent": "percent", "percent": "percent", "tonnes": "tonne", "tons": "ton", "enfants": "child",
        "children": "child", "victimes": "victim", "victims": "victim", "blesses": "injured", "wounded": "injured",
        "refugies": "refugee", "refugees": "refugee", "amis": "person", "membres": "member", "members": "member",
        "combattants": "fighter", "fighters": "fighter", "habitants": "inhabitant", "km": "kilometre",
        "kilometres": "kilometre", "kilometers": "kilometre", "femmes": "woman", "women": "woman", "avions": "aircraft",
        "vehicules": "vehicle", "vehicles": "vehicle", "camions": "truck", "trucks": "truck", "lorries": "truck",
        "policiers": "police officer", "gendarmes": "police officer", "officers": "officer", "tractors": "tractor",
        "tracteurs": "tractor", "hectares": "hectare", "metres": "metre", "meters": "metre", "litres": "litre",
        "liters": "litre", "barils": "barrel", "barrels": "barrel", "deplaces": "displaced person",
        "displaced": "displaced person",
        "appels": "call", "calls": "call", "patients": "patient", "malades": "patient", "eleves": "student",
        "etudiants": "student", "students": "student", "emplois": "job", "jobs": "job", "cas": "case", "cases": "case",
        "deces": "death", "lits": "bed", "beds": "bed", "pompiers": "firefighter", "firefighters": "firefighter",
        "feux": "fire", "incendies": "fire", "fires": "fire", "volontaires": "volunteer", "volunteers": "volunteer",
        "contrats": "contract", "contracts": "contract", "artistes": "artist", "artists": "artist",
        "ministres": "minister", "ministers": "minister", "pages": "page", "vaccins": "vaccine", "vaccines": "vaccine",
        "projets": "project", "projects": "project", "signalements": "report", "reports": "report", "porcs": "pig",
        "pigs": "pig", "detenus": "detainee", "prisonniers": "prisoner", "prisoners": "prisoner", "familles": "family",
        "families": "family", "filles": "daughter", "daughters": "daughter", "fils": "son", "sons": "son",
        "voix": "vote", "votes": "vote", "sieges": "seat", "seats": "seat", "electeurs": "voter", "voters": "voter",
        "salaries": "employee", "employes": "employee", "employees": "employee", "workers": "worker",
        "travailleurs": "worker", "entreprises": "company", "companies": "company", "firms": "company",
        "manifestants": "protester", "protesters": "protester", "migrants": "migrant", "spectateurs": "spectator",
        "spectators": "spectator", "logements": "home", "homes": "home", "maisons": "house", "houses": "house",
        "medecins": "doctor", "doctors": "doctor", "infirmieres": "nurse", "nurses": "nurse", "hopitaux": "hospital",
        "hospitals": "hospital", "ecoles": "school", "schools": "school", "villes": "city", "cities": "city",
        "communes": "municipality", "etats": "state", "states": "state", "arrestations": "arrest", "arrests": "arrest",
        "interpellations": "arrest", "touristes": "tourist", "tourists": "tourist", "passagers": "passenger",
        "passengers": "passenger", "vols": "flight", "flights": "flight", "injured": "injured", "tues": "death",
        "killed": "death", "residents": "resident", "sapeurs": "firefighter", "saisons": "season", "seasons": "season",
        "plaintes": "complaint", "complaints": "complaint", "tests": "test", "doses": "dose", "measures": "measure",
        "enfant": "child",
        "parents": "parent", "agents": "agent", "presidents": "president", "clients": "client", "incidents": "incident",
        "accidents": "accident", "events": "event", "governments": "government", "departments": "department",
        "adherents": "member", "participants": "participant", "candidats": "candidate", "candidates": "candidate",
        "enseignants": "teacher", "teachers": "teacher", "representants": "representative",
        "representatives": "representative", "opposants": "opponent", "survivants": "survivor", "survivors": "survivor",
        "feet": "foot", "foot": "foot", "miles": "mile", "mile": "mile", "inches": "inch", "degres": "degree",
        "degrees": "degree", "journaux": "newspaper", "hopital": "hospital", "kilos": "kilogram", "kg": "kilogram",
        "kilogrammes": "kilogram", "kilograms": "kilogram", "grammes": "gram", "grams": "gram",
    ]
    /// Nouns before a bare number that say what is counted ("réduire le contingent à 2500").
    static let contextNouns: [String: String] = [
        "contingent": "soldier", "effectifs": "soldier", "troupes": "soldier",
        "troops": "soldier", "forces": "soldier", "soldats": "soldier",
        "presence": "soldier", "personnel": "person",
    ]

    /// Integer value of a number token (digits without fraction or a number word).
    static func numberValue(_ t: Token) -> Int? {
        if t.kind == .number { return decimal(t.text).flatMap { $0.fraction.isEmpty ? Int($0.integer) : nil } }
        if oneWords.contains(t.key) { return 1 }
        return numberWords[t.key]
    }

    /// Splits digits into integer and fraction parts, reading 3-digit groups as thousands.
    static func decimal(_ text: String) -> (integer: String, fraction: String)? {
        var groups: [(sep: Character?, digits: String)] = [(nil, "")]
        for ch in text {
            if ch.isASCII && ch.isNumber { groups[groups.count - 1].digits.append(ch) } else { groups.append((ch, "")) }
        }
        var integer = groups[0].digits
        var fraction = ""
        for (k, g) in groups.enumerated().dropFirst() {
            if k == groups.count - 1, g.sep == "," || g.sep == ".", g.digits.count != 3 {
                fraction = g.digits
            } else {
                integer += g.digits
            }
        }
        while integer.count > 1 && integer.hasPrefix("0") { integer.removeFirst() }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return integer.isEmpty ? nil : (integer, fraction)
    }

    /// Canonical decimal string of `integer.fraction × 10^scale`.
    static func scaled(_ integer: String, _ fraction: String, by scale: Int) -> String {
        var digits = integer + fraction
        var point = integer.count + scale
        while digits.count < point { digits += "0" }
        var intPart = String(digits.prefix(point))
        var frac = String(digits.dropFirst(point))
        while frac.hasSuffix("0") { frac.removeLast() }
        while intPart.count > 1 && intPart.hasPrefix("0") { intPart.removeFirst() }
        point = 0
        return frac.isEmpty ? intPart : "\(intPart).\(frac)"
    }

    /// The English unit of a counted noun, or nil for time units and function words.
    static func countedNoun(_ key: String) -> String? {
        if timeUnits.contains(key) { return nil }
        if let name = unitNames[key] { return name }
        return nil
    }
}
