import DossierEvents

/// Relations from verb patterns (fr, en) mapped to canonical English predicates.
struct FactExtractor {
    let tokens: [Token]
    let entities: [ResolvedEntity]
    let dates: [FoundDate]
    let gazetteer: Gazetteer

    /// Verb forms (lowercase, as written) → canonical predicate.
    static let verbs: [String: String] = {
        var v: [String: String] = [:]
        let table: [(String, [String])] = [
            (
                "met",
                ["rencontré", "rencontrée", "rencontrera", "rencontrait", "rencontrent", "met", "meets", "meeting"]
            ),
            ("signed", ["signé", "signée", "signera", "signed", "signs"]),
            ("fired", ["limogé", "limogée", "limoge", "renvoyé", "congédié", "démis", "fired", "sacked", "dismissed"]),
            (
                "appointed",
                ["nommé", "nommée", "nommant", "nomme", "désigné", "désignée", "appointed", "named", "nominated"]
            ),
            ("withdrew from", ["retiré", "retirés", "retirées", "retire", "withdrew", "withdrawn", "quitté", "left"]),
            (
                "attacked",
                ["attaqué", "attaquée", "attaquent", "attacked", "attacks", "frappé", "struck", "bombardé", "bombed"]
            ),
            ("negotiated with", ["négocié", "négocie", "négociait", "negotiated", "negotiating", "negotiates"]),
            ("accused", ["accusé", "accusée", "accusés", "accused", "accuses"]),
            ("visited", ["visité", "visited", "visits", "rendu"]),
            ("killed", ["tué", "tuée", "tués", "killed"]),
            ("replaced", ["remplacé", "remplacer", "replaced", "replaces"]),
            ("supported", ["soutenu", "soutient", "supported", "backed", "supports"]),
            ("threatened", ["menacé", "menace", "threatened", "threatens"]),
            ("ousted", ["chassé", "renversé", "ousted", "toppled", "overthrew"]),
            ("invaded", ["envahi", "invaded"]),
            ("discussed with", ["évoqué", "discuté", "discussed"]),
            ("prevented", ["empêché", "prevented", "blocked"]),
            ("criticized", ["critiqué", "criticized", "criticised"]),
            ("condemned", ["condamné", "condemned"]),
            ("warned", ["averti", "warned"]),
            ("called", ["appelé", "called"]),
        ]
        for (predicate, forms) in table { for f in forms { v[f] = predicate } }
        return v
    }()

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

    /// Relations found in the article.
    func relations() -> [ArticleExtracted.Relation] {
        let all = mentions
        var result: [ArticleExtracted.Relation] = []
        for (v, t) in tokens.enumerated() where t.kind == .word {
            guard let predicate = Self.verbs[t.text.lowercased()] else { continue }
            let sentence = t.sentence
            // Passive "a été nommé", "seraient retirées": the subject is the patient; skip.
            if v > 0,
                ["ete", "été", "being", "been", "soient", "seraient", "sera"].contains(tokens[v - 1].text.lowercased())
            {
                continue
            }
            // The agent is not the object of a preposition ("flew to Addis Ababa, where he appointed …").
            let subject = all.last {
                $0.range.upperBound <= v && v - $0.range.upperBound <= 12
                    && tokens[$0.range.lowerBound].sentence == sentence
                    && $0.type != .event && !isPrepositionalObject($0.range.lowerBound)
            }
            let subjectDescription = describedCountry(near: v, before: true)
            let object = all.first {
                $0.range.lowerBound > v && $0.range.lowerBound - v <= 10
                    && tokens[$0.range.lowerBound].sentence == sentence
            }
            guard let object else { continue }
            let subjectId: String
            let subjectStart: Int
            if let d = subjectDescription, subject.map({ $0.range.upperBound <= d.range.lowerBound }) ?? true {
                subjectId = d.id; subjectStart = d.range.lowerBound
            } else if let s = subject {
                subjectId = s.id; subjectStart = s.range.lowerBound
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
