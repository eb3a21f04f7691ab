import DossierEvents

/// Relations from verb patterns (fr, en) mapped to canonical English predicates.
struct FactExtractor {
    let tokens: [Token]
    let entities: [ResolvedEntity]
    let dates: [FoundDate]
    let gazetteer: Gazetteer

    /// Verb forms (lowercase, as written) → canonical predicate. Forms that are as often nouns or other verbs
    /// ("meeting", "attacks", "left", "named", "called", "dismissed" an idea) are left out: a fact is emitted only
    /// where the verb is unmistakable.
    static let verbs: [String: String] = {
        var v: [String: String] = [:]
        let table: [(String, [String])] = [
            ("met", ["rencontré", "rencontrée", "rencontrait", "rencontrent", "met", "meets"]),
            ("signed", ["signé", "signée", "signed", "signs"]),
            ("fired", ["limogé", "limogée", "limoge", "congédié", "fired", "sacked"]),
            ("appointed", ["nommé", "nommée", "nomme", "désigné", "désignée", "appointed", "nominated"]),
            ("withdrew from", ["withdrew", "quitté"]),
            ("attacked", ["attaqué", "attaquée", "attaquent", "attacked", "bombardé", "bombed"]),
            ("negotiated with", ["négocié", "négocie", "négociait", "negotiated"]),
            ("accused", ["accusé", "accusée", "accusés", "accused", "accuses"]),
            ("visited", ["visité", "visited"]),
            ("killed", ["tué", "tuée", "tués", "killed"]),
            ("replaced", ["remplacé", "replaced", "replaces"]),
            ("supported", ["soutenu", "soutient", "supported", "backed"]),
            ("threatened", ["menacé", "threatened", "threatens"]),
            ("ousted", ["chassé", "renversé", "ousted", "toppled", "overthrew"]),
            ("invaded", ["envahi", "invaded"]),
            ("prevented", ["empêché", "prevented", "blocked"]),
            ("discussed with", ["évoqué", "discuté", "discussed"]),
            ("criticized", ["critiqué", "criticized", "criticised"]),
            ("condemned", ["condamné", "condemned"]),
            ("warned", ["averti", "warned"]),
        ]
        for (predicate, forms) in table { for f in forms { v[f] = predicate } }
        return v
    }()

    /// Predicates whose object can only be a person ("appointed X", "killed X").
    static let personObjects: Set<String> = ["fired", "appointed", "killed", "replaced", "ousted"]

    /// Words that may stand between a subject and its verb: auxiliaries of the past and adverbs ("has also met",
    /// "a rencontré", "a notamment critiqué"). A future, a modal or a clause in between drops the fact.
    static let subjectToVerb: Set<String> = [
        "has", "have", "had", "also", "already", "then", "later", "reportedly", "publicly", "a", "ont", "avait",
        "avaient", "aussi", "egalement", "deja", "notamment", "alors", "ensuite", "lui-meme", "elle-meme",
    ]

    /// Words that may stand between a verb and its object: determiners, titles, "with" of "met with".
    static let verbToObject: Set<String> = [
        "the", "le", "la", "les", "l'", "with", "avec", "his", "her", "their", "son", "sa", "ses", "leur", "its",
        "former", "ancien", "ancienne", "democratic", "republican", "president-elect",
    ]

    /// A lowercase adverb of manner or time ("effectivement", "publicly").
    static func isAdverb(_ t: Token) -> Bool {
        t.kind == .word && !t.capitalized && t.key.count >= 6 && (t.key.hasSuffix("ment") || t.key.hasSuffix("ly"))
    }

    /// Auxiliaries of the passive before a participle ("was attacked", "a été nommé", "est soutenu").
    static let passiveMarks: Set<String> = [
        "was", "were", "is", "are", "been", "being", "be", "get", "got", "ete", "est", "sont", "etait", "etaient",
        "fut", "soient", "seraient", "sera", "seront", "serait",
    ]

    /// Descriptions that stand for a country: "l'armée américaine", "the Afghan government".
    static let countryHeads: Set<String> = [
        "armee", "forces", "gouvernement", "administration", "autorites", "army",
        "government", "authorities", "troupes", "troops", "military", "officials", "responsables",
    ]

    /// Mentions by token position, with their entity ids.
    var mentions: [(range: Range<Int>, id: String, type: EntityType)] {
        entities.flatMap { e in e.mentions.map { (range: $0, id: e.id, type: e.type) } }.sorted {
            $0.range.lowerBound < $1.range.lowerBound
        }
    }

    /// A country id named by a description ending at or starting near `k` ("l'armée américaine").
    func describedCountry(near k: Int, before: Bool) -> (range: Range<Int>, id: String)? {
        let range = before ? max(0, k - 4)..<k : k..<min(tokens.count, k + 4)
        for j in range where Self.countryHeads.contains(tokens[j].key) {
            for d in [j - 1, j + 1] where d >= 0 && d < tokens.count && tokens[d].sentence == tokens[j].sentence {
                if let e = gazetteer.entry(demonym: tokens[d].text), e.type == .place {
                    return (min(j, d)..<(max(j, d) + 1), e.entityId)
                }
            }
        }
        return nil
    }

    /// True when the mention at `k` follows a preposition ("to X", "à X", "in X").
    func isPrepositionalObject(_ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, tokens[j].elision || ["la", "le", "les", "the"].contains(tokens[j].key) { j -= 1 }
        guard j >= 0, tokens[j].kind == .word else { return false }
        return ["to", "in", "at", "from", "into", "near", "vers", "dans", "au", "aux", "en", "towards", "outside"]
            .contains(tokens[j].key)
            || tokens[j].text == "à"
    }

    /// Relations found in the article: "SUBJECT [auxiliaries] VERB [determiners, titles] OBJECT" inside one
    /// sentence, the verb in the active voice; anything looser is left out (fewer facts rather than wrong ones).
    func relations() -> [ArticleExtracted.Relation] {
        let all = mentions
        var result: [ArticleExtracted.Relation] = []
        for (v, t) in tokens.enumerated() where t.kind == .word {
            guard let predicate = Self.verbs[t.text.lowercased()] else { continue }
            let sentence = t.sentence
            // Passive ("was attacked by", "a été nommé", "X, soutenu par Y"): the subject is the patient; skip.
            if (max(0, v - 2)..<v).contains(where: { Self.passiveMarks.contains(tokens[$0].key) }) { continue }
            if (v + 1..<min(tokens.count, v + 4)).contains(where: { ["by", "par"].contains(tokens[$0].key) }) {
                continue
            }
            // The subject ends right before the verb, past auxiliaries and adverbs only.
            var s = v
            while s > 0, tokens[s - 1].kind == .word, v - s < 3,
                Self.subjectToVerb.contains(tokens[s - 1].key) || Self.isAdverb(tokens[s - 1])
            { s -= 1 }
            let subjectDescription = describedCountry(near: s, before: true).flatMap {
                $0.range.upperBound == s ? $0 : nil
            }
            let subject = all.last {
                $0.range.upperBound == s && tokens[$0.range.lowerBound].sentence == sentence && $0.type != .event
                    && !isPrepositionalObject($0.range.lowerBound)
            }
            // The object starts right after the verb, past determiners, titles and "with".
            var o = v + 1
            while o < tokens.count, o < v + 6, tokens[o].sentence == sentence,
                Self.verbToObject.contains(tokens[o].key) || NameLexicon.personTitles.contains(tokens[o].key)
                    || tokens[o].text == "." || Self.isAdverb(tokens[o]) || CalendarWords.weekdays[tokens[o].key] != nil
            { o += 1 }
            // "discussed with": the other party comes after "with" / "avec".
            if predicate == "discussed with",
                !(v + 1..<o).contains(where: { ["with", "avec"].contains(tokens[$0].key) })
            {
                continue
            }
            guard let object = all.first(where: { $0.range.lowerBound == o && $0.type != .event }) else { continue }
            if Self.personObjects.contains(predicate), object.type != .person { continue }
            let subjectId: String
            let subjectStart: Int
            if let s = subject {
                subjectId = s.id; subjectStart = s.range.lowerBound
            } else if let d = subjectDescription {
                subjectId = d.id; subjectStart = d.range.lowerBound
            } else {
                continue
            }
            guard subjectId != object.id else { continue }
            let when = dates.first { tokens[$0.tokens.lowerBound].sentence == sentence && $0.value != nil }?.value
            result.append(
                .init(
                    subject: subjectId, predicate: predicate, object: object.id,
                    start: tokens[subjectStart].start, end: tokens[object.range.upperBound - 1].end, when: when))
        }
        return result
    }
}
