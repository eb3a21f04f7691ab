/// Language identification from stopword profiles (fr, en, es, de, it, pt, nl); `und` when
/// the evidence is too thin or too close to call.
public enum LanguageIdentifier {
    /// Function words that are frequent in one language and rare in the others.
    static let profiles: [(code: String, words: Set<String>)] = [
        (
            "fr",
            [
                "le", "la", "les", "des", "du", "est", "et", "une", "dans", "pour", "qui", "que", "pas", "sur", "au",
                "aux",
                "avec", "ont", "sont", "été", "mais", "par", "ce", "cette", "ses", "leur", "nous", "vous", "il", "elle",
                "ils",
                "d", "l", "qu", "n", "s", "c", "avait", "selon", "aussi", "plus", "où", "été", "être", "fait", "comme",
            ]
        ),
        (
            "en",
            [
                "the", "and", "of", "to", "is", "in", "that", "for", "it", "was", "with", "on", "as", "are", "this",
                "by",
                "be", "have", "has", "from", "at", "which", "were", "their", "they", "been", "would", "will", "not",
                "or",
                "an", "but", "said", "who", "its", "had", "after", "there", "about", "more",
            ]
        ),
        (
            "es",
            [
                "el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "es", "por", "con", "para", "se",
                "su",
                "al", "lo", "como", "más", "pero", "sus", "le", "ha", "han", "fue", "este", "esta", "entre", "también",
                "sobre", "según", "dijo", "muy", "sin", "hasta", "desde", "porque",
            ]
        ),
        (
            "de",
            [
                "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "sich", "des",
                "auf",
                "für", "im", "dem", "auch", "es", "an", "als", "nach", "wird", "bei", "einer", "um", "am", "sind",
                "noch",
                "wie", "einem", "über", "einen", "so", "zum", "war", "haben", "nur", "oder", "aber", "vor", "zur",
                "bis",
            ]
        ),
        (
            "it",
            [
                "il", "di", "che", "è", "e", "la", "per", "un", "una", "del", "della", "non", "sono", "con", "gli",
                "le",
                "si", "da", "nel", "alla", "anche", "come", "più", "ma", "questo", "ha", "hanno", "dei", "delle",
                "nella",
            ]
        ),
        (
            "pt",
            [
                "o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "que", "em", "um", "uma", "não", "para",
                "com",
                "por", "mais", "no", "na", "se", "foi", "ao", "são", "como", "mas", "também", "pelo", "pela", "ele",
            ]
        ),
        (
            "nl",
            [
                "de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "niet", "zijn", "met", "voor", "er",
                "die",
                "ook", "aan", "maar", "om", "dan", "nog", "bij", "worden", "wordt", "door", "naar", "werd", "hij",
                "zij",
            ]
        ),
    ]

    /// Word → the profiles that hold it (bit `k` for profile `k`, up to 64 profiles): one lookup per
    /// word of the text.
    static let membership: [String: UInt64] = {
        precondition(profiles.count <= 64, "LanguageIdentifier.membership holds up to 64 profiles")
        var bits: [String: UInt64] = [:]
        for (k, p) in profiles.enumerated() {
            for word in p.words { bits[word, default: 0] |= 1 << UInt64(k) }
        }
        return bits
    }()

    /// Returns a primary language code or `und`.
    public static func identify(_ text: String) -> String {
        var scores = [Int](repeating: 0, count: profiles.count)
        var words = 0
        var current = ""
        var scanned = 0
        func flush() {
            guard !current.isEmpty else { return }
            words += 1
            if let bits = membership[current] {
                for k in profiles.indices where bits & (1 << UInt64(k)) != 0 { scores[k] += 1 }
            }
            current = ""
        }
        for ch in text.lowercased() {
            scanned += 1
            if scanned > 20000 { break }
            if ch.isLetter { current.append(ch) } else { flush() }
        }
        flush()
        guard words >= 3 else { return "und" }
        let ranked = scores.enumerated().sorted {
            $0.element != $1.element ? $0.element > $1.element : $0.offset < $1.offset
        }
        let best = ranked[0], second = ranked[1]
        // Enough function words overall, and a clear lead over the runner-up.
        guard best.element >= 2, best.element * 100 >= words * 8, best.element * 10 >= second.element * 13 else {
            return "und"
        }
        return profiles[best.offset].code
    }
}
