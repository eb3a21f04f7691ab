extension Gazetteer {
    /// Leading articles a listed name may carry and its short form drops ("les Républicains" → "Républicains").
    static let leadingArticles: Set<String> = ["les", "la", "le", "l'", "the"]
    /// Words an acronym skips ("Parti socialiste" → PS, "Conseil supérieur de l'audiovisuel" → CSA).
    static let acronymSkips: Set<String> = [
        "de", "des", "du", "d'", "la", "le", "les", "l'", "of", "the", "and", "et", "pour", "for", "aux", "au", "en",
        "in",
    ]

    /// The short forms of an entry's names, as keys of ``shortNames`` without the country: "N:" and a name of two
    /// words or more without its leading article ("N:republicains"), "A:" and the acronym of a name without
    /// abbreviations, its leading article counted or not ("A:lr", "A:ps").
    static func shortNameKeys(of entry: GazetteerEntry) -> Set<String> {
        var keys = Set<String>()
        for alias in entry.aliases + [entry.label] {
            let tokens = Tokenizer.tokenize(Array(TextNormalizer.normalize(alias).unicodeScalars)).filter {
                $0.kind == .word
            }
            let words = tokens.map(\.key)
            guard words.count >= 2 else { continue }
            let article = leadingArticles.contains(words[0])
            if article { keys.insert("N:" + words.dropFirst().joined(separator: " ")) }
            // An alias holding an abbreviation ("US Congress") gives no acronym ("UC").
            guard !tokens.contains(where: \.allCaps) else { continue }
            let initials = String(words.filter { !acronymSkips.contains($0) }.compactMap(\.first))
            if initials.count >= 2 { keys.insert("A:" + initials) }
            if article { keys.insert("A:" + words[0].prefix(1) + initials) }
        }
        return keys
    }

    /// The organisation of `country` that a short name stands for: a listed name without its leading article
    /// ("Républicains" for "Les Républicains") or the acronym of a listed name, its leading article counted or not
    /// ("LR", "PS" for "Parti socialiste"), from aliases without abbreviations. Nil when no organisation of that
    /// country, or more than one, fits.
    public func organisation(shortName name: String, country: String) -> GazetteerEntry? {
        let scalars = Array(name.unicodeScalars)
        let acronym = (2...5).contains(scalars.count) && scalars.allSatisfy { $0.properties.isUppercase }
        let found = Set(shortNames[country + "|" + (acronym ? "A:" : "N:") + TextFolding.fold(name)] ?? [])
        return found.count == 1 ? found.first.map { entries[$0] } : nil
    }
}
