/// Words of attribution in French and English, as folded token keys (lowercase, no accents).
enum SpeechLexicon {
    /// Verbs that introduce or close a statement: "said", "a déclaré", "explique", "told", "wrote".
    static let verbs: Set<String> = listedVerbs.union(
        frenchStems.flatMap { stem in
            [stem + "e", stem + "ent", stem + "ait", stem + "aient"]
        }
    ).union(otherForms)

    /// French first-group speech verbs by folded stem: each gives "déclare" and "(a) déclaré" (one folded key),
    /// "déclarent", "déclarait", "déclaraient".
    static let frenchStems: [String] = [
        "declar", "expliqu", "affirm", "indiqu", "ajout", "estim", "precis", "assur", "soulign", "racont", "confi",
        "insist", "martel", "denonc", "deplor", "regrett", "observ", "tweet", "comment", "confirm", "avou", "revel",
        "signal", "detaill", "temoign", "retorqu", "reaffirm", "rajout", "reiter", "resum", "repet", "souffl",
        "gliss", "ironis", "tranch", "plaid", "interrog", "lach", "annonc", "constat", "temper", "pari", "avanc",
        "nuanc", "raill", "fustig", "critiqu", "proclam", "reclam", "exclam", "indign", "agac", "etonn", "insurg",
        "lanc", "rapport", "claironn", "conced",
    ]
    /// Forms of speech verbs the stems do not give ("disent", "poursuivent", "se souvient", "urged", "vowed").
    static let otherForms: Set<String> = [
        "disent", "disait", "disaient", "disant", "ecrivent", "ecrivait", "ecrivaient", "repondent", "repondait",
        "repondaient", "repondant", "poursuivent", "poursuivait", "poursuivaient", "poursuivant", "concluent",
        "concluait", "concluant", "reconnaissent", "reconnaissait", "avertissent", "previennent", "prevenait",
        "soutiennent", "soutenait", "admet", "admettent", "admettait", "souvient", "souviennent", "rappellent",
        "rappelait", "reagissent", "reagissait", "rencherissent", "encherit", "concede", "concedent",
        "urged", "vowed", "pledged", "promised", "joked", "denied", "denies", "suggests",
        "mused", "shouted", "yelled", "whispered", "posted", "reasoned", "observes", "announces", "declares",
        "confirms", "responds", "continues", "concludes",
    ]

    /// The verbs listed one by one.
    static let listedVerbs: Set<String> = [
        "reagi", "reagit", "glisse", "ironise", "tranche", "plaide", "souffle", "felicite", "insurge", "interroge",
        "declarait",
        "expliquait", "affirmait", "indiquait", "ajoutait", "estimait", "precisait", "assurait", "soulignait",
        "racontait",
        "confiait", "lache", "asked", "asks", "wondered", "quipped", "said", "says", "say", "told", "tells", "added",
        "adds",
        "stated", "states", "explained", "explains", "noted", "notes", "argued", "argues", "claimed", "claims",
        "insisted",
        "insists", "warned", "warns", "wrote", "writes", "announced", "acknowledged", "acknowledges", "admitted",
        "admits",
        "predicted", "testified", "tweeted", "tweets", "recalled", "replied", "replies", "responded", "continued",
        "concluded",
        "confirmed", "declared", "asserted", "alleged", "contended", "maintained", "emphasized", "stressed",
        "cautioned",
        "complained", "countered", "conceded", "reported", "reports", "charged", "saying", "adding", "writing",
        "telling", "warning",
        "arguing", "insisting", "noting", "explaining", "calling", "called", "declare", "dit", "indique", "affirme",
        "explique",
        "precise", "souligne", "estime", "ajoute", "assure", "annonce", "reconnu", "reconnait", "rappele", "rappelle",
        "confie",
        "insiste", "averti", "avertit", "prevenu", "previent", "martele", "raconte", "denonce", "deplore", "regrette",
        "repondu",
        "repond", "observe", "lance", "tweete", "ecrit", "commente", "confirme", "admis", "avoue", "revele", "signale",
        "poursuit", "poursuivi", "conclut", "conclu", "detaille", "temoigne", "retorque", "assene", "declarent",
        "estiment",
        "affirment", "expliquent", "indiquent", "assurent", "precisent", "soulignent", "ajoutent", "jugent",
        "denoncent",
        "declarant", "expliquant", "affirmant", "estimant", "ajoutant", "assurant", "soulignant", "precisant",
        "indiquant",
        "ecrivant", "reaffirme", "rajoute", "reitere", "reaffirmed", "reiterated", "valoir", "resume", "repete",
        "rencherit", "soutient", "soutenu", "pointed", "suggested", "observed", "remarked", "commented", "recounted",
        "emphasised", "boasted", "disclosed",
    ]
    /// Verbs of stance whose object a quoted fragment gives in the subject's words ("elle souhaite « conserver
    /// l'esprit »", "he wants a “fair deal”"): a quote after one, with no verb of saying, is the subject's.
    static let stanceVerbs: Set<String> = Set(
        [
            "souhait", "propos", "jug", "qualifi", "appel", "pron", "demand", "refus", "rejet", "consider",
            "evoqu", "defend", "invit", "exhort", "accus", "reproch", "salu", "vant", "prevoi", "envisag",
            "recommand", "preconis", "conseill", "point", "press", "fustig", "denonc", "reclam", "regrett", "deplor",
            "critiqu", "exig", "plaid",
        ]
        .flatMap { stem in [stem + "e", stem + "ent", stem + "ait", stem + "aient"] }
    ).union([
        "veut", "veulent", "voulait", "voulu", "promet", "promettent", "promis", "prone", "defend", "defendu",
        "prevoit", "prevu", "entend", "entendent", "appelle", "appellent", "exige", "exigent", "wants", "wanted",
        "proposed", "proposes", "called", "calls",
        "urged", "urges", "described", "describes", "labeled", "labelled", "dubbed", "promised", "vowed", "pledged",
        "demanded", "demands", "praised", "accused", "blamed", "denounced", "rejected", "hailed", "recommended",
        "recommends", "cited", "cites", "dismissed", "slammed", "blasted", "branded",
    ])

    /// Documents that "state" what their authors found ("the report states", "le rapport souligne"), folded.
    static let documents: Set<String> = [
        "report", "study", "survey", "memo", "audit", "rapport", "etude", "enquete", "note", "document",
    ]

    /// Participles and -ing forms whose subject is the subject of the sentence ("…, saying …").
    static let participles: Set<String> = [
        "saying", "adding", "writing", "telling", "warning", "arguing", "insisting", "noting", "explaining", "calling",
        "declarant", "expliquant", "affirmant", "estimant", "ajoutant", "assurant", "soulignant", "precisant",
        "indiquant",
        "ecrivant",
    ]
    /// Words between a subject and its verb that do not end the subject: auxiliaries, adverbs, days.
    static let between: Set<String> = [
        "also", "then", "later", "recently", "previously", "has", "have", "had", "was", "is", "once", "again",
        "further",
        "today", "yesterday", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "last", "week",
        "night", "a", "ont", "avait", "avaient", "aurait", "auraient", "egalement", "aussi", "encore", "deja", "ainsi",
        "alors",
        "pour", "sa", "part", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
        "publicly",
        "repeatedly", "n'a", "first",
    ]
    /// Pronouns that stand for one person.
    static let personPronouns: Set<String> = [
        "he", "she", "il", "elle", "lui",
    ]
    /// Pronouns that stand for an organisation.
    static let thingPronouns: Set<String> = [
        "it"
    ]
    /// Pronouns for groups: their statements stay anonymous unless the last speaker spoke for them.
    static let groupPronouns: Set<String> = [
        "they", "we", "ils", "elles", "nous", "eux",
    ]
    /// Articles that make a description indefinite ("a US official", "des experts").
    static let indefinite: Set<String> = [
        "a", "an", "un", "une", "des", "several", "some", "two", "three", "many", "plusieurs", "certains", "deux",
        "trois",
        "another", "one", "d'autres", "other", "multiple",
    ]
    /// Articles that make a description definite ("the spokesman", "le patron de …").
    static let definite: Set<String> = [
        "the", "le", "la", "les", "l'", "this", "ce", "cette", "its", "his", "her", "their", "son", "sa", "ses", "leur",
    ]
    /// Nouns naming a person by role.
    static let personRoles: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "representative", "official", "minister", "president", "senator",
        "professor", "director", "chairman", "chairwoman", "chair", "ceo", "chief", "secretary", "lawyer", "attorney",
        "prosecutor", "judge", "governor", "mayor", "leader", "incumbent", "analyst", "economist", "researcher",
        "author",
        "candidate", "commander", "general", "ambassador", "diplomat", "activist", "witness", "founder", "cofounder",
        "congressman", "congresswoman", "lawmaker", "aide", "adviser", "advisor", "manager", "executive", "head",
        "officer",
        "doctor", "expert", "scientist", "source", "porte-parole", "ministre", "presidente", "directeur", "directrice",
        "patron",
        "patronne", "maire", "avocat", "avocate", "procureur", "procureure", "juge", "chef", "responsable", "experte",
        "secretaire", "depute", "deputee", "senateur", "senatrice", "gouverneur", "ambassadeur", "professeur",
        "chercheur",
        "chercheuse", "dirigeant", "dirigeante", "fondateur", "fondatrice", "entraineur", "selectionneur", "premier",
        "conseiller", "conseillere", "medecin", "temoin", "collegue", "colleague", "journaliste", "journalist",
        "reporter", "correspondant", "correspondante", "correspondent", "editor", "columnist", "cadre", "elu", "elue",
        "signataire", "militant", "militante",
        "syndicaliste", "delegue", "deleguee", "delegate", "representant", "representante", "enseignant",
        "enseignante", "teacher", "etudiant", "etudiante", "student", "habitant", "habitante", "resident", "riverain",
        "riveraine", "proprietaire", "owner", "gerant", "gerante", "policier", "policiere", "gendarme", "pompier",
        "infirmier", "infirmiere", "nurse", "victime", "victim", "commissaire", "commissioner", "inspecteur",
        "inspector", "ingenieur", "engineer",
        "economiste", "analyste", "specialiste", "specialist", "sociologue",
        "sociologist", "politologue", "epidemiologiste", "epidemiologist", "virologue", "virologist", "chirurgien",
        "surgeon", "physician", "negociateur", "negotiator", "employee",
        "salarie", "salariee", "worker", "ouvrier", "ouvriere", "agriculteur", "farmer", "consultant",
        "strategist", "pollster", "sondeur", "commentator", "volunteer", "benevole", "organisateur", "organisatrice",
        "organiser", "organizer", "protester", "manifestant", "manifestante", "detective", "sheriff", "chairperson",
    ]
    /// Verbs whose reported clause may follow without "that"/"que" ("The agency said the change …"); others
    /// take a noun phrase there ("announced a settlement", "reported expenses").
    static let bareClauseVerbs: Set<String> = [
        "said", "says", "say", "added", "adds", "argued", "argues", "claimed", "claims", "insisted", "insists",
        "stated",
        "contended", "maintained", "wrote", "writes", "tweeted", "tweets", "declare", "dit", "affirme", "estime",
        "assure",
        "ajoute", "precise",
    ]
    /// Offices one person holds, which the text names once and then by the office ("le chef de l'Etat").
    static let offices: Set<String> = [
        "president", "presidente", "ministre", "minister", "premier", "chef", "maire", "mayor", "directeur",
        "directrice",
        "director", "ceo", "patron", "patronne", "chairman", "chairwoman", "governor", "gouverneur", "leader",
        "dirigeant",
        "dirigeante", "coach", "entraineur", "selectionneur", "secretary", "secretaire", "incumbent",
    ]
    /// Plural nouns for anonymous groups of speakers ("critics", "des experts", "officials").
    static let groups: Set<String> = [
        "officials", "sources", "critics", "experts", "investigators", "witnesses", "analysts", "economists",
        "residents",
        "lawmakers", "aides", "advocates", "opponents", "supporters", "scientists", "researchers", "epidemiologists",
        "doctors",
        "authorities", "leaders", "members", "police", "observers", "people", "responsables", "enqueteurs", "temoins",
        "habitants", "autorites", "analystes", "specialistes", "chercheurs", "medecins", "proches", "syndicats",
        "manifestants", "journalists", "journalistes", "reporters", "students", "etudiants", "teachers",
        "enseignants", "workers", "employees", "salaries", "neighbours", "neighbors", "voisins", "riverains",
        "victims", "victimes", "families", "familles", "parents", "players", "joueurs", "fans", "voters", "electeurs",
        "protesters", "demonstrators", "activists", "militants", "campaigners", "organisers", "organizers",
        "organisateurs", "signatories", "signataires", "elus", "cadres", "officers", "policiers", "gendarmes",
        "nurses", "soignants", "farmers", "agriculteurs", "partisans", "opposants", "observateurs", "economistes",
        "diplomats", "diplomates", "magistrats", "avocats", "lawyers", "sondeurs", "pollsters",
    ]
    /// Words that stand for unnamed people on their own ("expliquent beaucoup", "certains estiment", "others
    /// said"): anonymous speakers.
    static let someone: Set<String> = [
        "beaucoup", "certains", "certaines", "plusieurs", "others", "some", "many", "several", "most",
    ]
    /// Nouns naming an organisation by kind ("the company", "le ministère").
    static let organisationHeads: Set<String> = [
        "company", "firm", "agency", "department", "ministry", "government", "committee", "panel", "court", "group",
        "organization", "organisation", "airline", "bank", "union", "party", "administration", "campaign", "council",
        "commission", "board", "societe", "entreprise", "groupe", "ministere", "gouvernement", "comite", "tribunal",
        "cour",
        "compagnie", "association", "syndicat", "parquet", "prefecture", "mairie", "club", "federation", "gendarmerie",
        "delegation",
    ]
    /// Nouns naming a deliberative body, each with the nouns its name may hold instead ("the panel" → "the House
    /// Intelligence Committee"). Such a body is only ever one named with one of them: an organisation of another kind
    /// named nearby (a news agency, a company) is not it.
    static let bodyNames: [String: Set<String>] = [
        "panel": ["panel", "committee", "subcommittee", "commission", "council", "board"],
        "committee": ["committee", "subcommittee", "panel"],
        "commission": ["commission", "panel"],
        "council": ["council"],
        "board": ["board"],
        "delegation": ["delegation"],
    ]
    /// Nouns before a quote that make it a title, not a statement ("the book “…”").
    static let titleNouns: Set<String> = [
        "book", "article", "film", "movie", "song", "titled", "entitled", "headline", "column", "essay", "show",
        "series",
        "album", "livre", "ouvrage", "intitule", "intitulee", "emission", "chanson", "slogan",
    ]
}
