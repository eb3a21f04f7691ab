/// Money: currency signs, ISO codes and currency words before or after an amount, normalized to ISO 4217
/// ("$1.13bn" → USD, "£600m" → GBP, "CHF 35" and "35 fr." → CHF, "1,8 milliard de dollars" → USD).
/// Sub-units ("274.5 pence", "50 cents") are converted to the main unit (GBP 2.745, USD 0.5).
extension QuantityExtractor {
    /// Currency signs.
    static let currencySigns: [String: String] = [
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB",
        "₩": "KRW", "₺": "TRY", "₪": "ILS", "₣": "CHF",
    ]
    /// Letters glued before "$" ("US$", "A$", "C$", "HK$", "R$").
    static let dollarPrefixes: [String: String] = [
        "us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD",
        "nz": "NZD", "s": "SGD", "r": "BRL", "mx": "MXN",
    ]
    /// ISO 4217 codes recognized when written in capitals next to an amount.
    static let currencyCodes: Set<String> = [
        "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "RMB", "INR", "CAD", "AUD", "NZD", "HKD",
        "SGD", "RUB", "BRL", "MXN", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "TRY", "ZAR",
        "KRW", "ILS", "AED", "SAR", "XOF", "XAF", "NGN", "EGP", "MAD", "UAH", "ARS",
    ]
    /// Currency words after an amount (folded), with the ISO code and the power of ten of the unit
    /// (-2 for sub-units: "pence", "cents").
    static let currencyWords: [String: (code: String, exponent: Int)] = [
        "dollar": ("USD", 0), "dollars": ("USD", 0), "euro": ("EUR", 0), "euros": ("EUR", 0), "pound": ("GBP", 0),
        "pounds": ("GBP", 0), "sterling": ("GBP", 0), "franc": ("CHF", 0), "francs": ("CHF", 0), "fr": ("CHF", 0),
        "frs": ("CHF", 0), "yen": ("JPY", 0), "yuan": ("CNY", 0), "renminbi": ("CNY", 0), "rupee": ("INR", 0),
        "rupees": ("INR", 0), "roupies": ("INR", 0), "rouble": ("RUB", 0), "roubles": ("RUB", 0), "ruble": ("RUB", 0),
        "rubles": ("RUB", 0), "pence": ("GBP", -2), "penny": ("GBP", -2), "cent": ("USD", -2), "cents": ("USD", -2),
        "centimes": ("EUR", -2), "reais": ("BRL", 0), "pesos": ("MXN", 0), "lires": ("TRY", 0),
        "livres": ("GBP", 0), "livre": ("GBP", 0), "dinars": ("DZD", 0), "dirhams": ("MAD", 0),
    ]
    /// Words after a currency word that change the currency ("dollars canadiens", "francs CFA", "livres sterling").
    static let currencyQualifiers: [String: String] = [
        "canadiens": "CAD", "canadian": "CAD", "australiens": "AUD",
        "australian": "AUD", "americains": "USD", "us": "USD", "suisses": "CHF",
        "swiss": "CHF", "cfa": "XOF", "sterling": "GBP", "hongkongais": "HKD",
        "neo-zelandais": "NZD", "singapouriens": "SGD",
    ]
    /// Adjectives before a currency word ("Swiss francs", "Canadian dollars", "US dollars", "Hong Kong dollars").
    static let currencyAdjectives: [String: String] = [
        "swiss": "CHF", "canadian": "CAD", "australian": "AUD", "us": "USD",
        "american": "USD", "singapore": "SGD", "zealand": "NZD", "kong": "HKD",
    ]

    /// A currency sign or code written just before token `i`: the code and the index of its first token.
    static func currencyBefore(_ t: [Token], _ i: Int) -> (code: String, start: Int)? {
        guard i > 0 else { return nil }
        let p = t[i - 1]
        if let code = currencySigns[p.text] {
            // "US$ 5", "HK$5": letters glued before the dollar sign.
            if p.text == "$", i >= 2, !p.spaceBefore, t[i - 2].kind == .word, let c = dollarPrefixes[t[i - 2].key],
                t[i - 2].capitalized
            {
                return (c, i - 2)
            }
            return (code, i - 1)
        }
        if p.kind == .word, p.allCaps || p.text.count == 3, currencyCodes.contains(p.text) {
            return (p.text == "RMB" ? "CNY" : p.text, i - 1)
        }
        // Swiss "Fr. 35", "SFr. 35".
        if p.text == ".", i >= 2, ["fr", "sfr"].contains(t[i - 2].key), t[i - 2].capitalized { return ("CHF", i - 2) }
        return nil
    }

    /// A currency written after the number ending at `k`: the code, the exponent of its unit and the token past it.
    /// Accepts "de"/"d'"/"of" after a scale ("2 millions de dollars"), a sign or code ("35 €", "5 Md€", "35 CHF"),
    /// a word with an optional qualifier ("dollars canadiens", "francs suisses", "livres sterling", "35 fr.").
    static func currencyAfter(_ t: [Token], _ k: Int, scaled: Bool) -> (code: String, exponent: Int, end: Int)? {
        var k = k
        guard k < t.count else { return nil }
        if let code = currencySigns[t[k].text] { return (code, 0, k + 1) }
        if t[k].kind == .word, currencyCodes.contains(t[k].text) {
            return (t[k].text == "RMB" ? "CNY" : t[k].text, 0, k + 1)
        }
        if scaled, k + 1 < t.count, ["de", "d'", "of"].contains(t[k].key) { k += 1 }
        var adjective: String?
        if k + 1 < t.count, let a = currencyAdjectives[t[k].key], t[k].capitalized {
            adjective = a; k += 1
            if t[k - 1].key == "hong" || t[k - 1].key == "new", k + 1 < t.count, let a2 = currencyAdjectives[t[k].key] {
                adjective = a2; k += 1
            }
        }
        guard k < t.count, t[k].kind == .word, let word = currencyWords[t[k].key] else { return nil }
        let key = t[k].key
        // "livres" are books unless "sterling" or a scale word says money.
        if ["livres", "livre"].contains(key), !(k + 1 < t.count && t[k + 1].key == "sterling") && !scaled {
            return nil
        }
        // "35 fr." is written with its period.
        if key == "fr" || key == "frs", !(k + 1 < t.count && t[k + 1].text == "." && !t[k + 1].spaceBefore) {
            return nil
        }
        var code = adjective ?? word.code
        var end = k + 1
        if end < t.count, let q = currencyQualifiers[t[end].key], word.exponent == 0 { code = q; end += 1 }
        if key == "fr" || key == "frs", end < t.count, t[end].text == ".", !t[end].spaceBefore { end += 1 }
        // "centimes d'euro", "cents" after a euro context keep their own code.
        if key == "centimes", end + 1 < t.count, ["de", "d'"].contains(t[end].key), t[end + 1].key == "euro" {
            end += 2
        }
        return (code, word.exponent, end)
    }
}
