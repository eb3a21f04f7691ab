/// Spelling rules applied to the tagger's mentions, which its training corpora teach it poorly: names
/// glued by a hyphen ("Jean-Marc Boyer"), a person named right after an institution ("le président du
/// Sénat Gérard Larcher"), a known given name opening a short name, and capitalized words that are not
/// names on their own (demonyms, diseases, the noun of a ministry's name: "l'Intérieur").
extension EntityRecognizer {
    /// Capitalized words that are not a name when they stand alone (folded).
    static let notNamesAlone: Set<String> = [
        // Demonyms used as nouns.
        "francais", "francaise", "francaises", "americain", "americains", "americaine", "americaines", "britannique",
        "britanniques", "allemand", "allemands", "allemande", "parisien", "parisiens", "parisienne", "europeen",
        "europeens", "europeenne", "chinois", "chinoise", "anglais", "italien", "italiens", "espagnol", "espagnols",
        "russe", "russes", "belge", "belges", "suisse", "suisses", "americans", "britons", "europeans",
        // Diseases.
        "covid", "coronavirus", "ebola", "zika", "sars",
        // The common noun of an institution's name ("ministre de l'Intérieur", "Cour des comptes").
        "interieur", "education", "sante", "etat", "comptes", "defenseur", "economie", "travail", "armees", "finances",
        "culture", "ecologie", "agriculture", "outre-mer",
    ]

    /// Honorifics that only ever precede a person's name (folded).
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "mme", "mlle", "dr"]

    /// Departments named in a secretary's title (folded).
    static let departmentNouns: Set<String> = [
        "state", "commerce", "treasury", "defense", "interior", "justice", "energy", "labor",
        "agriculture", "transportation", "education", "health", "homeland", "veterans", "war",
    ]

    /// The mention `r` of type `type` reshaped: zero, one or two mentions.
    func reshaped(_ r: Range<Int>, type: EntityType) -> [(range: Range<Int>, type: EntityType)] {
        var start = r.lowerBound, end = r.upperBound
        func tightHyphen(_ h: Int) -> Bool {
            h > 0 && h + 1 < tokens.count && tokens[h].text == "-" && !tokens[h].spaceBefore
                && !tokens[h + 1].spaceBefore
        }
        func capitalizedWord(_ k: Int) -> Bool { tokens[k].kind == .word && tokens[k].capitalized }
        func linker(_ k: Int) -> Bool {
            tokens[k].kind == .word && !tokens[k].capitalized && Self.compoundLinkers.contains(tokens[k].key)
        }
        // "Jean-Marc Boyer", "UFC-Que Choisir", "Hauts-de-Seine", "Villeneuve-d'Ascq": a name glued by hyphens is
        // one name, lowercase linking words included.
        while start >= 2, tightHyphen(start - 1) {
            if capitalizedWord(start - 2), !tokens[start - 2].sentenceInitial || start - 2 > 0 {
                start -= 2
            } else if start >= 4, linker(start - 2), tightHyphen(start - 3), capitalizedWord(start - 4) {
                start -= 4
            } else {
                break
            }
        }
        if start >= 3, tokens[start - 1].key == "d'", !tokens[start].spaceBefore, tightHyphen(start - 2),
            capitalizedWord(start - 3)
        {
            start -= 3
        }
        while end + 1 < tokens.count, tightHyphen(end) {
            if capitalizedWord(end + 1) {
                end += 2
            } else if end + 2 < tokens.count, tokens[end + 1].key == "d'", !tokens[end + 2].spaceBefore,
                capitalizedWord(end + 2)
            {
                end += 3
            } else if end + 3 < tokens.count, linker(end + 1), tightHyphen(end + 2), capitalizedWord(end + 3) {
                end += 4
            } else {
                break
            }
        }
        // "Valéry Giscard d'Estaing", "Jérôme Grand d'Esnon": a person's name goes on past "d'" and a capitalized word.
        if type == .person, end + 1 < tokens.count, tokens[end].key == "d'", !tokens[end].capitalized,
            tokens[end].spaceBefore, capitalizedWord(end + 1), !tokens[end + 1].spaceBefore
        {
            end += 2
        }
        // "St. Louis Blues", "St. Olaf College", "Mt. Everest": an abbreviated saint or mount opens the name, which
        // runs on over its capitalized words; it names a place, or an organisation when it goes on past one.
        var abbreviated = false
        if start >= 2, tokens[start - 1].text == ".", !tokens[start - 1].spaceBefore,
            Self.nameAbbreviations.contains(tokens[start - 2].key), tokens[start - 2].capitalized
        {
            start -= 2
            abbreviated = true
        } else if end - start == 1, end + 1 < tokens.count, Self.nameAbbreviations.contains(tokens[start].key),
            tokens[start].capitalized, tokens[end].text == ".", capitalizedWord(end + 1)
        {
            end += 2
            abbreviated = true
        }
        if abbreviated {
            while end < tokens.count, end < start + 6, capitalizedWord(end),
                tokens[end].sentence == tokens[start].sentence
            {
                end += 1
            }
            let place = gazetteer.longestMatch(tokens, at: start).map { $0.end == end } ?? (end - start <= 3)
            return [(start..<end, place ? .place : .org)]
        }
        // "a déclaré à l'AFP Mira Acharya", "(Reuters Jane Doe)": a news agency or outlet the gazetteer knows, run into
        // the name of who spoke to it or took the picture, is two mentions ("France Bleu Paris" stays one).
        if let m = gazetteer.longestMatch(tokens, at: start), !m.weak, m.end < tokens.count, m.end <= end,
            gazetteer.entries[m.entry].type == .org,
            Self.mediaKinds.contains(gazetteer.entries[m.entry].extras["kind"] ?? ""),
            capitalizedWord(m.end), tokens[m.end].sentence == tokens[start].sentence, !tokens[m.end].sentenceInitial
        {
            var last = m.end
            while last < tokens.count, last < m.end + 3, capitalizedWord(last),
                tokens[last].sentence == tokens[start].sentence
            {
                last += 1
            }
            let rest = m.end..<last
            let nameWords = rest.allSatisfy {
                !tokens[$0].allCaps && !Self.creditWords.contains(tokens[$0].key)
                    && !NameLexicon.orgKeywords.contains(tokens[$0].key) && !isStopCapital($0)
            }
            // Two unknown capitalized words are a person only where one speaks to the outlet, then an apposition.
            let spoken =
                rest.count >= 2 && last < tokens.count && tokens[last].text == "," && m.start > 0
                && (tokens[m.start - 1].elision || ["au", "a", "told", "to"].contains(tokens[m.start - 1].key))
            if nameWords, NameLexicon.givenNames.contains(tokens[m.end].key) || spoken {
                return [(m.start..<m.end, .org), (rest, .person)]
            }
        }
        // "Washington Examiner", "The Middletown Press": a place followed by a newspaper's masthead noun is the paper.
        if end < tokens.count, Self.mastheadNouns.contains(tokens[end].key), capitalizedWord(end),
            type == .place || type == .org, !tokens[end].sentenceInitial
        {
            return [(start..<end + 1, .org)]
        }
        // "the Global Virus Network", "Open Society Foundations": an organisation's name keeps the capitalized
        // adjective the tagger left out, one word before it that is no other name.
        if type == .org, start >= 1, capitalizedWord(start - 1), tokens[start - 1].sentence == tokens[start].sentence,
            start < 2 || !capitalizedWord(start - 2), !tokens[start - 1].sentenceInitial, !isStopCapital(start - 1),
            !inDate(start - 1), !NameLexicon.personTitles.contains(tokens[start - 1].key),
            !Self.rankAndPartyWords.contains(tokens[start - 1].key), !tokens[start - 1].allCaps,
            gazetteer.longestMatch(tokens, at: start - 1) == nil, gazetteer.longestMatch(tokens, at: start) == nil,
            gazetteer.entry(demonym: tokens[start - 1].text) == nil,
            !NameLexicon.anyGivenNames.contains(tokens[start - 1].key), !inHeading(start..<end)
        {
            start -= 1
        }
        let words = (start..<end).filter { tokens[$0].kind == .word }
        if let first = words.first, Self.notNamesAlone.contains(tokens[first].key),
            words.count == 1 || ["covid", "coronavirus", "sars"].contains(tokens[first].key)
        {
            return []
        }
        // "la Ve République", "la République": the regime, not an organisation ("République tchèque" keeps its word).
        if let last = words.last, tokens[last].key == "republique",
            words.dropLast().allSatisfy({ k in
                tokens[k].key == "la" || tokens[k].key.allSatisfy({ "ivxe".contains($0) })
            })
        {
            return []
        }
        // A single letter ("G" of "G.O.P.") is not a name.
        if words.count == 1, end - start == 1, tokens[start].key.count == 1 { return [] }
        // "Secretary of State John Kerry", "Treasury Secretary Jacob Lew": the department in a title is not a mention.
        if end - start == 1, Self.departmentNouns.contains(tokens[start].key),
            end < tokens.count && tokens[end].key == "secretary"
                || start >= 2 && tokens[start - 1].key == "of" && tokens[start - 2].key == "secretary"
        {
            return []
        }
        let known = gazetteer.longestMatch(tokens, at: start)
        // "Mr. Christie", "Mme Hidalgo": an honorific makes a person whatever the tagger said.
        if type != .person, words.count <= 3, start > 0 {
            let h = tokens[start - 1].text == "." && start > 1 ? start - 2 : start - 1
            if Self.honorifics.contains(tokens[h].key), tokens[h].capitalized { return [(start..<end, .person)] }
        }
        // "la chanteuse Dua Lipa", "Mbappé, l'attaquant du PSG": an occupation or kin noun makes a person.
        if type != .person, (1...3).contains(words.count), words.allSatisfy(capitalizedWord),
            known.map({ gazetteer.entries[$0.entry].type == .person }) ?? true,
            !words.contains(where: {
                NameLexicon.orgKeywords.contains(tokens[$0].key) || NameLexicon.placeKeywords.contains(tokens[$0].key)
            }), occupationBefore(start) || occupationAfter(end)
        {
            return [(start..<end, .person)]
        }
        if type != .person {
            // "Sénat Gérard Larcher": an institution or place followed by a person's name.
            // A given name of the open lists needs two words before it and no keyword after it ("San Quentin State
            // Prison", "North Myrtle Beach" stay places).
            if end - start >= 3,
                let p = (start + 1..<end - 1).first(where: {
                    NameLexicon.anyGivenNames.contains(tokens[$0].key) && capitalizedWord($0)
                }),
                (p + 1..<end).allSatisfy(capitalizedWord), known.map({ $0.end <= p }) ?? true,
                NameLexicon.givenNames.contains(tokens[p].key)
                    || (p - start >= 2 && !(p..<end).contains(where: { Self.isNameKeyword(tokens[$0].key) }))
            {
                return [(start..<p, type), (p..<end, .person)]
            }
            // "Xavier Bertrand" typed as an organisation: a given name opening two or three capitalized words no list knows.
            if NameLexicon.givenNames.contains(tokens[start].key), (2...3).contains(end - start),
                (start..<end).allSatisfy(capitalizedWord), known == nil,
                !(start..<end).contains(where: {
                    NameLexicon.orgKeywords.contains(tokens[$0].key)
                        || NameLexicon.placeKeywords.contains(tokens[$0].key)
                })
            {
                return [(start..<end, .person)]
            }
        }
        return [(start..<end, type)]
    }

    /// Capitalized words that qualify an organisation's people or side, not its name ("Senior White House aides",
    /// "Democratic Senate"), folded.
    static let rankAndPartyWords: Set<String> = [
        "senior", "acting", "incoming", "outgoing", "former", "top", "deputy", "assistant", "justice", "republican",
        "republicans",
        "democratic", "democrat", "democrats", "dem", "dems", "gop", "conservative", "liberal", "labour", "tory",
    ]

    /// True for a word that types a name as an organisation or a place ("Party", "Valley").
    static func isNameKeyword(_ key: String) -> Bool {
        NameLexicon.orgKeywords.contains(key) || NameLexicon.placeKeywords.contains(key)
            || NameLexicon.placeNouns.contains(key)
    }

    /// Gazetteer kinds of news media, whose name may run into a journalist's or a photographer's ("AFP Jane Doe").
    static let mediaKinds: Set<String> = ["news agency", "news outlet", "broadcaster", "newspaper", "magazine"]

    /// Words of a picture credit after an agency's name, not a person's ("AP Photo", "Reuters File Photo").
    static let creditWords: Set<String> = ["photo", "photos", "file", "pool", "images", "image", "video", "graphic"]

    /// Nouns that end an English newspaper's name after its town ("Examiner", "Press"), folded.
    static let mastheadNouns: Set<String> = [
        "examiner", "post", "times", "herald", "journal", "tribune", "gazette", "press", "chronicle", "globe",
        "observer", "courier", "inquirer", "register", "telegraph", "guardian", "standard",
        "dispatch", "enquirer", "bulletin", "sentinel", "courant", "star-tribune", "monitor",
    ]

    /// Abbreviations that open a name before a period ("St. Louis", "Mt. Hood", "Ft. Worth"), folded.
    static let nameAbbreviations: Set<String> = ["st", "ste", "mt", "ft"]

    /// Lowercase words that join the parts of a hyphenated place name (folded).
    static let compoundLinkers: Set<String> = [
        "de", "du", "des", "la", "le", "les", "lez", "sur", "sous", "en", "et", "aux", "au", "upon", "on", "in",
    ]

    /// Words between an occupation and the name it introduces that end the noun phrase ("la chanteuse de …").
    static let notAdjectives: Set<String> = [
        "de", "du", "des", "d'", "of", "the", "le", "la", "les", "l'", "a", "au", "aux", "et", "and", "en", "in",
        "for", "pour", "par", "by", "with", "avec", "sur", "on", "que", "qui", "who", "that", "est", "is", "was",
    ]

    /// A lowercase occupation or kin noun right before `start`, or before one lowercase adjective ("la chanteuse
    /// britannique Dua Lipa").
    func occupationBefore(_ start: Int) -> Bool {
        func occupation(_ k: Int) -> Bool {
            k >= 0 && tokens[k].kind == .word && !tokens[k].capitalized
                && NameLexicon.occupations.contains(tokens[k].key)
        }
        guard start >= 1 else { return false }
        if occupation(start - 1) { return true }
        let b1 = tokens[start - 1]
        return b1.kind == .word && !b1.capitalized && !Self.notAdjectives.contains(b1.key) && occupation(start - 2)
    }

    /// ", l'attaquant …", ", his wife", ", une chanteuse …": an occupation or kin noun in apposition after `end`.
    func occupationAfter(_ end: Int) -> Bool {
        guard end + 2 < tokens.count, tokens[end].text == ",",
            ["l'", "le", "la", "the", "un", "une", "a", "an", "sa", "son", "his", "her", "their", "leur"].contains(
                tokens[end + 1].key)
        else { return false }
        let t = tokens[end + 2]
        return t.kind == .word && !t.capitalized && NameLexicon.occupations.contains(t.key)
    }

    /// US states as the AP abbreviates them after a town ("Louisville, Ky.", "Riverside, Calif."), by folded abbreviation.
    static let stateAbbreviations: [String: String] = [
        "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado",
        "conn": "Connecticut",
        "del": "Delaware", "fla": "Florida", "ill": "Illinois", "ind": "Indiana", "kan": "Kansas", "ky": "Kentucky",
        "la": "Louisiana", "md": "Maryland", "mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota",
        "miss": "Mississippi", "mo": "Missouri", "mont": "Montana", "neb": "Nebraska", "nev": "Nevada",
        "okla": "Oklahoma",
        "ore": "Oregon", "pa": "Pennsylvania", "tenn": "Tennessee", "vt": "Vermont", "va": "Virginia",
        "wash": "Washington State",
        "wis": "Wisconsin", "wyo": "Wyoming",
    ]

    /// ", Fla.": a state abbreviation with its period after a town and a comma, resolved to the state the gazetteer lists.
    func stateAbbreviation(at i: Int) -> Candidate? {
        guard i > 0, i + 1 < tokens.count, tokens[i - 1].text == ",", tokens[i].kind == .word, tokens[i].capitalized,
            let name = Self.stateAbbreviations[tokens[i].key], tokens[i + 1].text == ".", !tokens[i + 1].spaceBefore
        else { return nil }
        let state = Tokenizer.tokenize(Array(name.unicodeScalars))
        let entry = gazetteer.longestMatch(state, at: 0).flatMap { $0.end == state.count ? $0.entry : nil }
        return Candidate(range: i..<(i + 2), type: .place, source: .gazetteer, entry: entry)
    }

    /// US postal codes and the AP's dotted abbreviations, by folded letters ("ny" for "NY" and "N.Y."); New York and
    /// Washington by the names the gazetteer gives the states (plain "New York" and "Washington" are the cities).
    static let postalStates: [String: String] = [
        "al": "Alabama", "ak": "Alaska", "az": "Arizona", "ar": "Arkansas", "ca": "California", "co": "Colorado",
        "ct": "Connecticut", "de": "Delaware", "fl": "Florida", "ga": "Georgia", "hi": "Hawaii", "id": "Idaho",
        "il": "Illinois", "in": "Indiana", "ia": "Iowa", "ks": "Kansas", "ky": "Kentucky", "la": "Louisiana",
        "me": "Maine", "md": "Maryland", "ma": "Massachusetts", "mi": "Michigan", "mn": "Minnesota",
        "ms": "Mississippi", "mo": "Missouri", "mt": "Montana", "ne": "Nebraska", "nv": "Nevada",
        "nh": "New Hampshire", "nj": "New Jersey", "nm": "New Mexico", "ny": "New York State", "nc": "North Carolina",
        "nd": "North Dakota", "oh": "Ohio", "ok": "Oklahoma", "or": "Oregon", "pa": "Pennsylvania",
        "ri": "Rhode Island", "sc": "South Carolina", "sd": "South Dakota", "tn": "Tennessee", "tx": "Texas",
        "ut": "Utah", "vt": "Vermont", "va": "Virginia", "wa": "Washington State", "wv": "West Virginia",
        "wva": "West Virginia", "wi": "Wisconsin", "wy": "Wyoming",
    ]

    /// "(D-Conn.)", "(R-AL)", "(D-N.Y.)": the state in a US legislator's party-and-state tag, as written
    /// (AP abbreviation with its period, dotted initials or postal code), resolved to the state the gazetteer lists.
    func partyStateTag(at i: Int) -> Candidate? {
        guard i >= 3, tokens[i].kind == .word, tokens[i].capitalized, tokens[i - 1].text == "-",
            !tokens[i - 1].spaceBefore, !tokens[i].spaceBefore, ["D", "R", "I"].contains(tokens[i - 2].text),
            tokens[i - 3].text == "("
        else { return nil }
        guard let close = (i + 1..<min(tokens.count, i + 6)).first(where: { tokens[$0].text == ")" }),
            !(i..<close).contains(where: { tokens[$0].spaceBefore && $0 > i })
        else { return nil }
        let letters = String(tokens[i..<close].map(\.key).joined().filter { $0 != "." })
        let dotted = tokens[close - 1].text == "." || tokens[i..<close].contains { $0.text.contains(".") }
        guard let name = (dotted ? Self.stateAbbreviations[letters] : nil) ?? Self.postalStates[letters],
            dotted || (tokens[i].allCaps && close == i + 1)
        else { return nil }
        let state = Tokenizer.tokenize(Array(name.unicodeScalars))
        let entry = gazetteer.longestMatch(state, at: 0).flatMap { $0.end == state.count ? $0.entry : nil }
        return Candidate(range: i..<close, type: .place, source: .gazetteer, entry: entry)
    }

    /// "Mr. Halloway", "Mme Brandt", "Dr Okafor": capitalized words right after an honorific name a person, found
    /// even where the tagger saw nothing.
    func afterHonorific(at i: Int) -> Candidate? {
        guard i > 0, tokens[i].kind == .word, tokens[i].capitalized, !isStopCapital(i) else { return nil }
        let h = tokens[i - 1].text == "." && i > 1 ? i - 2 : i - 1
        guard Self.honorifics.contains(tokens[h].key), tokens[h].capitalized, tokens[h].kind == .word else {
            return nil
        }
        var j = i + 1
        while j < tokens.count, j < i + 3, tokens[j].kind == .word, tokens[j].capitalized, !isStopCapital(j),
            tokens[j].sentence == tokens[i].sentence
        { j += 1 }
        return Candidate(range: i..<j, type: .person, source: .capitalized)
    }
}
