extension Gazetteer {
    /// Leading articles a listed name may carry and its short form drops ("les Républicains" → "Républicains").
    static let leadingArticles: Set<String> = ["les", "la", "le", "l'", "the"]
    /// Words an acronym skips ("Parti socialiste" → PS, "Conseil supérieur de l'audiovisuel" → CSA).
    static let acronymSkips: Set<String> = [
        "de", "des", "du", "d'", "la", "le", "les", "l'", "of", "the", "and", "et", "pour", "for", "aux", "au", "en",
        "in",
    ]

    /// The organisation of `country` that a short name stands for: a listed name without its leading article
    /// ("Républicains" for "Les Républicains") or the acronym of a listed name, its leading article counted or not
    /// ("LR", "PS" for "Parti socialiste"), from aliases without abbreviations. Nil when no organisation of that
    /// country, or more than one, fits.
    public func organisation(shortName name: String, country: String) -> GazetteerEntry? {
        let folded = TextFolding.fold(name)
        let scalars = Array(name.unicodeScalars)
        let acronym =
            (2...5).contains(scalars.count) && scalars.allSatisfy { $0.properties.isUppercase }
            ? folded : nil
        let matches = entries.filter { e in
            guard e.type == .org, e.extras["country"] == country else { return false }
            return (e.aliases + [e.label]).contains { alias in
                let tokens = Tokenizer.tokenize(Array(TextNormalizer.normalize(alias).unicodeScalars)).filter {
                    $0.kind == .word
                }
                let words = tokens.map(\.key)
                // An alias holding an abbreviation ("US Congress") gives no acronym ("UC").
                guard words.count >= 2, acronym == nil || !tokens.contains(where: \.allCaps) else { return false }
                if let acronym {
                    let initials = String(words.filter { !Self.acronymSkips.contains($0) }.compactMap(\.first))
                    let withArticle =
                        Self.leadingArticles.contains(words[0]) ? String(words[0].prefix(1)) + initials : ""
                    return [initials, withArticle].contains { $0.count >= 2 && $0 == acronym }
                }
                return Self.leadingArticles.contains(words[0]) && words.dropFirst().joined(separator: " ") == folded
            }
        }
        return matches.count == 1 ? matches[0] : nil
    }
}
