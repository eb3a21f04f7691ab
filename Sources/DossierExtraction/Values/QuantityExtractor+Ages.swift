/// Ages ("Étienne, 55 ans,", "âgé de 45 ans", "un garçon de cinq ans", "22-year-old", "aged 42"), percentage points,
/// temperatures, and the lower bound of ranges ("10 à 15 %", "between 2 and 3 million dollars").
extension QuantityExtractor {
    /// Nouns for people whose age follows with "de N ans" ("un homme de 72 ans").
    static let ageNouns: Set<String> = [
        "garcon", "garcons", "fille", "filles", "fils", "enfant", "enfants", "homme", "hommes",
        "femme", "femmes", "adolescent", "adolescente", "adolescents", "adolescentes", "jeune",
        "jeunes", "bebe", "nourrisson", "victime", "patient", "patiente", "retraite", "retraitee",
        "fillette", "mineur", "mineure", "eleve", "etudiant", "etudiante", "lyceen", "lyceenne",
        "collegien", "collegienne", "conducteur", "conductrice", "automobiliste", "pieton",
        "pietonne", "cycliste", "joueur", "joueuse", "suspect", "personne", "personnes", "individu",
        "quidam", "mere", "pere", "frere", "soeur", "chauffeur", "policier",
    ]
    /// Forms of "avoir" before an age ("il avait 15 ans", "ils ont plus de 50 ans").
    static let haveForms: Set<String> = [
        "a", "ai", "as", "avait", "avaient", "avais", "ont", "aura", "auront", "aurait", "avoir",
        "ayant", "eu", "avons", "avez",
    ]
    /// Words ending an apposition ("Étienne, 55 ans, a ...").
    static let appositionEnds: Set<String> = [",", ")", ".", ";", ":"]

    /// The end of an age expression when the integer at `i` (its numeral ending at `k`) is an age, else nil.
    static func age(_ t: [Token], _ i: Int, _ k: Int, value: String) -> Int? {
        guard value.count <= 3, let years = Int(value), (1...130).contains(years), k < t.count else { return nil }
        let before = { (d: Int) -> String in i - d >= 0 ? t[i - d].key : "" }
        // English: "22-year-old", "22-years-old", "42 years old", "aged 42".
        if t[k].text == "-", k + 3 < t.count, ["year", "years"].contains(t[k + 1].key), t[k + 2].text == "-",
            t[k + 3].key == "old"
        {
            return k + 4
        }
        if ["year", "years"].contains(t[k].key), k + 1 < t.count, t[k + 1].key == "old" { return k + 2 }
        if before(1) == "aged" { return k }
        // English apposition: "John Smith, 42, said".
        if before(1) == ",", i >= 2, t[i - 2].capitalized, t[i - 2].kind == .word, t[k].text == ",", k + 1 < t.count,
            t[k + 1].kind == .word, !t[k + 1].capitalized, t[i].kind == .number
        {
            return k
        }
        guard ["ans", "an"].contains(t[k].key) else { return nil }
        let end = k + 1
        let closes = end >= t.count || appositionEnds.contains(t[end].text) || t[end].paragraph != t[k].paragraph
        // "Étienne, 55 ans, a ...", "(42 ans)".
        if [",", "("].contains(before(1)), closes { return end }
        // "âgé de 45 ans", "à l'âge de 80 ans", "un garçon de cinq ans".
        if before(1) == "de", ["age", "agee", "ages", "agees"].contains(before(2)) || ageNouns.contains(before(2)) {
            return end
        }
        // "les moins de 25 ans", "un homme de plus de 70 ans", "ont plus de 50 ans" (not "une guerre de plus de 20 ans").
        if before(1) == "de", ["plus", "moins"].contains(before(2)) {
            if ["les", "des", "aux"].contains(before(3)) { return end }
            if before(3) == "de", ageNouns.contains(before(4)) || [",", ")"].contains(before(4)) { return end }
            if haveForms.contains(before(3)), t[i - 3].text == t[i - 3].key, before(4) != "y" { return end }
        }
        // "il avait 15 ans", "elle a 42 ans" (not "il y a 20 ans").
        if haveForms.contains(before(1)), t[i - 1].text == t[i - 1].key, !t[i - 1].sentenceInitial, before(2) != "y",
            before(1) != "eu"
        {
            return end
        }
        return nil
    }

    /// "2 points de pourcentage", "3 percentage points": the unit and the token past it.
    static func percentagePoints(_ t: [Token], _ k: Int) -> (String, Int)? {
        if k + 2 < t.count, ["point", "points"].contains(t[k].key), ["de", "d'"].contains(t[k + 1].key),
            t[k + 2].key == "pourcentage"
        {
            return ("percentage point", k + 3)
        }
        if k + 1 < t.count, t[k].key == "percentage", ["point", "points"].contains(t[k + 1].key) {
            return ("percentage point", k + 2)
        }
        return nil
    }

    /// "41,5°C", "30 °C", "100 degrés": the unit and the token past it.
    static func temperature(_ t: [Token], _ k: Int) -> (String, Int)? {
        guard k < t.count else { return nil }
        if t[k].text == "°" {
            if k + 1 < t.count, !t[k + 1].spaceBefore, t[k + 1].text == "C" { return ("degree Celsius", k + 2) }
            if k + 1 < t.count, !t[k + 1].spaceBefore, t[k + 1].text == "F" { return ("degree Fahrenheit", k + 2) }
            return ("degree", k + 1)
        }
        if ["degres", "degre", "degrees"].contains(t[k].key) {
            if k + 1 < t.count, ["celsius", "c"].contains(t[k + 1].key) { return ("degree Celsius", k + 2) }
            if k + 1 < t.count, ["fahrenheit", "f"].contains(t[k + 1].key) { return ("degree Fahrenheit", k + 2) }
            return ("degree", k + 1)
        }
        return nil
    }

    /// Adds the lower bound of each range whose upper bound was found: "10 à 15 %" gives 10 percent and 15 percent,
    /// "2 à 3 millions d'euros" 2000000 EUR and 3000000 EUR, "entre 10 et 15 %", "10-15%", "between 2 and 3 million".
    static func withRangeLowerBounds(_ t: [Token], _ found: [FoundQuantity], used: [Bool]) -> [FoundQuantity] {
        var out: [FoundQuantity] = []
        out.reserveCapacity(found.count)
        var covered = Set<Int>()
        for q in found { covered.formUnion(q.tokens) }
        for q in found {
            defer { out.append(q) }
            let s = q.tokens.lowerBound
            guard s >= 2, let upper = numeral(t, at: s) ?? (s + 1 < q.tokens.upperBound ? numeral(t, at: s + 1) : nil)
            else { continue }
            let sep = t[s - 1]
            let isDash = (sep.text == "-" || sep.text == "–") && !sep.spaceBefore == !t[s].spaceBefore
            guard isDash || ["a", "to", "et", "and"].contains(sep.key), sep.key != "a" || sep.text == "à" else {
                continue
            }
            // The lower bound: digits just before the separator (with a currency sign before it, "$2 to $3 million").
            var x = s - 2
            guard x >= 0, t[x].kind == .number, !used[x], !covered.contains(x) else { continue }
            if x >= 1, t[x - 1].key == "'" { continue }
            if ["et", "and"].contains(sep.key), !(x >= 1 && ["entre", "between"].contains(t[x - 1].key)) { continue }
            guard var lower = numeral(t, at: x), lower.end == s - 1 else { continue }
            if lower.scale == 0 { lower.scale = upper.scale }
            // Sub-units ("2 to 3 pence") scale the lower bound as they scale the upper one.
            let unitScale = currencyWords[t[q.tokens.upperBound - 1].key]?.exponent ?? 0
            guard let v = scaledBounded(lower.integer, lower.fraction, by: lower.scale + unitScale) else { continue }
            if x >= 1, currencySigns[t[x - 1].text] != nil { x -= 1 }
            out.append(make(t, x, s - 1, v, q.unit))
        }
        return out
    }
}
