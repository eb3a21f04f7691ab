/// General word lists behind the entity rules: given names, titles, keywords that type a
/// name, particles inside names. Nothing here names a particular article's people.
enum NameLexicon {
    /// Common given names across English, French, German, Spanish, Italian, Slavic, Arabic,
    /// Persian, Turkish, South Asian and East Asian usage (folded).
    static let givenNames: Set<String> = Set(
        """
        aaron abdul abdullah abdallah abdel abdelaziz abdelkader abdelmadjid abdelilah abdoulaye abdul-rahman abu adam adel \
        adrian adrien agnes ahmad ahmed aisha akbar alain alan albert alberto alejandro alex alexander alexandre alexandra \
        alexei alexey ali alice alicia alina alistair amanda amin amina amir amy ana anatoly andre andrea andreas andrew \
        andrzej angela angelina anna anne annegret annalena anthony antoine anton antonio antony ariel arnaud arthur ashraf \
        asif aung aurelien ayman aziz bachar bashar barack barbara bart beatrice ben benedict benjamin benoit bernard \
        bernie beto bill boris boubacar brian bruno camille carl carla carlos caroline catherine cecile cedric charles \
        charlotte chris christian christine christophe christopher chuck claire claude claudia clement colin cyril cyrus \
        daniel danielle dario david debbie denis dennis diana didier dmitri dmitry dominique donald doug douglas ebrahim \
        edouard eduardo edward elena eli elias elisabeth elizabeth ellen elon emile emily emmanuel emma enrique eric erik \
        ernesto esther etienne eugene evelyne fabien fabrice fahad faisal farid fatima fatou felix ferdinand fernando \
        florence francois francoise frank franz frederic gabriel gary geert george georges gerald gerard gerhard gilles \
        giorgia giuseppe gordon gregory guillaume gustavo hamid hamad hans harold harry hassan heiko helen helene henri \
        henry herve hillary hissene hosni hugo hussein ibrahim igor ilham imran ines isabel isabelle ismail ivan jack \
        jacob jacques jake james jamal jan jane janet jared javier jean jean-claude jean-luc jean-marc jean-marie \
        jean-pierre jean-yves jeff jeffrey jennifer jens jeremy jerome jessica jim jimmy joachim joao joe johann johannes \
        john johnny jonathan jordan jorge jose joseph josep josh joshua juan judith julia julian julie julien justin kamala \
        karen karim karl kate katherine kathleen keir kenneth kevin khalid khalifa kim kiril kirill klaus kofi kristalina \
        kurt lars laura laurent leila leo leon leonid liam lindsey lisa liz lloyd lorenzo louis louise luc luca lucas \
        luis luiz lula lydia macky mahmoud malik manuel marc marcel marco margaret maria marie marine mario mark marco \
        martin mary mathieu matteo matthew matthias maurice max maxime mehdi michael michel michele michelle miguel mike \
        mikhail mitch mohamed mohammad mohammed muhammad moulay mounir mustafa nabil nadia naftali nancy naomi narendra \
        nasser natalia nathalie nawaz neil nicholas nicola nicolas nikki nikolai nikolay nicole nina noah noel olaf olivier \
        olga omar oscar osama pascal patricia patrick paul paula pedro pervez peter philip philippe pierre qassem qasem \
        rachel rachid rafael rahul rajiv ralph ramzan raul recep reza richard rishi robert roberto rodrigo roger roland \
        roman ron ronald rosa ruslan ryan saad sadiq said salman sam samantha samir samuel sandra sarah scott sebastien \
        sebastian serge sergei sergey shinzo simon sophie stefan stephane stephen steve steven susan sylvie tamim ted \
        theresa thierry thomas tim timothy tom tony ursula valerie vanessa vernon victor viktor vincent vladimir volodymyr \
        walid walter wang william xavier xi yann yannick yasser yevgeny yoshihide youssef yousef yulia yves zaid \
        ahmet mevlut hakan abiy cyril jacinda justin anwar joko prabowo ferdinand rodrigo gustavo javier claudia andres \
        nayib daniel evo dilma jair mauricio sebastian pedro mariano jose-luis felipe emmanuel jacob thabo nelson \
        robert mark jens lloyd antony antonio kenneth qassem hossein hassan mahmoud ali-akbar mojtaba ebrahim javad
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// The list above with the given names of the open census lists (`OpenGivenNamesData`, made by
    /// ops/gazetteer/given-names), for the rules; the tagger's features read `givenNames` alone, as trained.
    static let anyGivenNames: Set<String> = givenNames.union(
        OpenGivenNamesData.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Titles and functions that precede a person's name (folded).
    static let personTitles: Set<String> = [
        "general", "gen", "colonel", "col", "lieutenant", "lt", "capitaine", "captain", "capt", "commandant",
        "commander",
        "major", "maj", "amiral", "admiral", "adm", "sergent", "sergeant", "sgt", "marechal", "marshal", "president",
        "presidente", "pres", "vice-president", "secretaire", "secretary", "ministre", "minister", "chancelier",
        "chancellor", "senateur", "senator", "sen", "depute", "deputee", "representative", "rep", "congressman",
        "congresswoman", "gouverneur", "governor", "gov", "maire", "mayor", "juge", "judge", "m", "mme", "mlle", "mr",
        "mrs", "ms", "dr", "docteur", "doctor", "professeur", "professor", "prof", "porte-parole", "spokesman",
        "spokeswoman", "spokesperson", "conseiller", "conseillere", "adviser", "advisor", "chef", "chief", "directeur",
        "directrice", "director", "ambassadeur", "ambassadrice", "ambassador", "envoye", "envoy", "emir", "cheikh",
        "sheikh", "roi", "king", "reine", "queen", "prince", "princesse", "princess", "pape", "pope", "ayatollah",
        "imam", "mollah", "mullah", "sir", "lord", "lady", "dame", "premier", "pm", "vice", "leader", "dirigeant",
        "fondateur", "founder", "pdg", "ceo", "presidentielle", "candidat", "candidate", "rapporteur", "procureur",
        "prosecutor", "attorney", "commissaire", "commissioner", "ex-president", "ancien", "former", "late", "feu",
        "journaliste", "journalist", "chroniqueur", "correspondant", "correspondent", "analyste", "analyst",
        "reporter", "avocat", "avocate", "lawyer", "senora", "senor", "herr", "frau", "don", "dona", "saint", "st",
        "negociateur", "negotiator", "emissaire", "diplomate", "diplomat", "homologue", "counterpart",
        "sous-secretaire",
        "under-secretary", "undersecretary", "deputy", "adjoint", "adjointe", "head", "dirigeante", "chefe",
    ]

    /// Occupations and kin that name the person right after them or stand in apposition after them ("la
    /// chanteuse Dua Lipa", "sa fille Laura", "Mbappé, l'attaquant du PSG"), folded. A name these touch is a
    /// person whatever the tagger typed it.
    static let occupations: Set<String> = [
        "chanteur", "chanteuse", "singer", "acteur", "actrice", "actor", "actress", "comedien", "comedienne",
        "comedian", "rappeur", "rappeuse", "rapper", "musicien", "musicienne", "musician", "guitariste", "guitarist",
        "pianiste", "pianist", "compositeur", "compositrice", "composer", "artiste", "artist", "ecrivain",
        "ecrivaine", "writer", "romancier", "romanciere", "novelist", "auteur", "autrice", "author", "poete",
        "poet", "realisateur", "realisatrice", "filmmaker", "animateur", "animatrice", "presentateur",
        "presentatrice", "presenter", "photographe", "photographer", "joueur", "joueuse", "player", "footballeur",
        "footballer", "attaquant", "striker", "milieu", "gardien", "goalkeeper", "entraineur", "selectionneur",
        "coach", "capitaine", "tennisman", "cycliste", "cyclist", "pilote", "athlete", "nageur", "nageuse",
        "swimmer", "boxeur", "boxer", "alpiniste", "sherpa", "mannequin", "styliste", "designer", "chef",
        "cuisinier", "architecte", "architect", "philosophe", "philosopher", "historien", "historienne",
        "historian", "sociologue", "sociologist", "economiste", "economist", "chercheur", "chercheuse",
        "researcher", "scientifique", "scientist", "medecin", "physician", "infirmier", "infirmiere", "nurse",
        "epidemiologiste", "epidemiologist", "virologue", "virologist", "militant", "militante", "activist",
        "syndicaliste", "entrepreneur", "entrepreneuse", "milliardaire", "billionaire", "businessman",
        "businesswoman", "homme", "femme", "epoux", "epouse", "mari", "wife", "husband", "fils", "fille", "son",
        "daughter", "frere", "soeur", "brother", "sister", "pere", "mere", "father", "mother", "oncle", "tante",
        "uncle", "aunt", "cousin", "cousine", "neveu", "niece", "nephew", "veuve", "widow", "compagne",
        "compagnon", "girlfriend", "boyfriend", "victime", "victim", "suspect", "accuse", "accusee", "detenu",
        "detenue", "prisonnier", "prisonniere", "prisoner", "otage", "hostage", "star",
    ]

    /// Words that make a capitalized name an organisation.
    static let orgKeywords: Set<String> = [
        "ministry", "department", "agency", "council", "party", "army", "forces", "force", "command", "company",
        "group", "bank", "university", "institute", "committee", "commission", "union", "association", "federation",
        "organization", "organisation", "front", "movement", "brigade", "brigades", "corps", "office", "services",
        "service", "news", "times", "post", "journal", "herald", "tribune", "press", "media", "tv", "radio", "gazette",
        "network", "foundation", "fund", "court", "congress", "senate", "parliament", "assembly", "navy", "guard",
        "police", "inc", "ltd", "corporation", "corp", "airlines", "airways", "club", "league", "ministere", "conseil",
        "parti", "armee", "commandement", "banque", "universite", "institut", "comite", "federation", "mouvement",
        "agence", "societe", "groupe", "assemblee", "senat", "parlement", "cour", "tribunal", "gouvernement",
        "fondation", "fonds", "marine", "gendarmerie", "hezbollah", "hamas", "taliban", "daech", "qaeda", "qaida",
        "ministerio", "partido", "ejercito", "ministerium", "partei", "bundeswehr", "regierung", "gesellschaft",
        "observatoire", "observatory", "centre", "center", "academy", "academie", "school", "ecole", "reuters",
        "alliance", "coalition", "confederation", "board", "authority", "autorite", "communaute", "community",
        "commissariat",
        "programme", "program", "syndicat", "cartel", "consortium", "exchange", "bureau",
    ]

    /// Words that make a capitalized name a place.
    static let placeKeywords: Set<String> = [
        "city", "county", "province", "region", "state", "street", "avenue", "airport", "base", "island", "islands",
        "mountains", "mountain", "river", "lake", "valley", "tower", "towers", "square", "bridge", "palace", "district",
        "strait", "gulf", "sea", "ocean", "desert", "peninsula", "canal", "port", "harbor", "harbour", "airfield",
        "aeroport", "ile", "iles", "riviere", "fleuve", "lac", "mont", "monts", "vallee", "rue", "pont", "palais",
        "detroit", "golfe", "mer", "ocean", "desert", "peninsule", "camp", "hill", "heights", "plateau", "coast",
        "cote", "village", "oblast", "wilaya", "governorate", "gouvernorat", "stadium", "stade", "house", "crossing",
    ]

    /// Words that make a capitalized name an event.
    static let eventKeywords: Set<String> = [
        "summit", "conference", "war", "attack", "attacks", "olympics", "cup", "games", "operation", "mission",
        "election", "elections", "agreement", "accord", "accords", "treaty", "revolution", "crisis", "massacre",
        "sommet", "conference", "guerre", "attentat", "attentats", "operation", "election", "elections", "accord",
        "traite", "revolution", "crise", "jeux", "coupe", "festival", "forum", "protocol", "protocole", "pact", "pacte",
    ]

    /// Lowercase particles inside names ("Charles de Gaulle", "bin Salman", "al-Assad", "van der Leyen").
    static let particles: Set<String> = [
        "de", "du", "des", "la", "le", "van", "von", "der", "den", "al", "el", "bin",
        "ben", "ibn", "da", "di", "dos", "del", "della", "ter", "of", "for", "d'", "y", "zu", "und", "and",
    ]

    /// Words that frequently start sentences or headings and are never names on their own.
    static let sentenceWords: Set<String> = [
        "mais", "cependant", "or", "donc", "puis", "ainsi", "alors", "selon", "malgre", "lorsque", "quand", "depuis",
        "pendant", "apres", "avant", "pour", "par", "avec", "sans", "dans", "sur", "sous", "chez", "entre", "vers",
        "cela",
        "ceci", "cet", "cette", "ces", "ce", "il", "elle", "ils", "elles", "nous", "vous", "on", "je", "tu", "un",
        "une",
        "des", "les", "le", "la", "l'", "d'", "au", "aux", "et", "ou", "si", "meme", "tout", "tous", "toute", "toutes",
        "however", "but", "and", "or", "so", "then", "after", "before", "during", "while", "when", "since", "despite",
        "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "you", "i", "his", "her",
        "their", "our", "in", "on", "at", "by", "for", "with", "from", "to", "of", "as", "if", "any", "all", "finally",
        "like", "most", "some", "many", "more", "other", "others", "each", "every", "no", "not", "there", "here",
        "who", "what", "which", "where", "why", "how", "yes", "oui", "non", "no", "theoriquement", "malheureusement",
        "heureusement", "finalement", "enfin", "aussi", "encore", "deja", "toujours", "jamais", "plutot", "ensuite",
        "qui", "que", "quoi", "dont", "ou", "comment", "pourquoi", "voici", "voila", "lire", "read", "photo", "video",
        "according", "among", "about", "until", "through", "against", "although", "because", "also", "even", "still",
        "former", "ancien", "ancienne", "nouveau", "nouvelle", "new", "old", "first", "last", "premier", "premiere",
        "dernier", "derniere", "monsieur", "madame", "mr", "mrs", "ms", "vidéo", "live", "direct", "update", "breaking",
    ]

    /// Place nouns of the lowercase French/English patterns ("province de Kandahar", "base de Bagram").
    static let placeNouns: Set<String> = [
        "province", "region", "base", "aeroport", "airport", "camp", "ville", "vallee",
        "district", "wilaya", "gouvernorat", "ile", "lac", "prison", "port", "col",
        "fleuve", "riviere", "quartier", "faubourg", "village", "plaine", "desert",
        "plage", "foret", "domaine", "massif", "golfe", "baie", "presqu'ile",
    ]
    /// Adjectives allowed between a place noun and its name.
    static let placeAdjectives: Set<String> = [
        "international", "internationale", "aerienne", "militaire", "navale",
        "air", "naval", "military", "international", "nationale", "national",
    ]
    /// Institution nouns of the lowercase patterns ("ministère de la Défense").
    static let institutionNouns: Set<String> = [
        "ministere", "ministry", "departement", "department", "secretariat",
        "ministerio", "ministerium", "agence", "direction", "office",
    ]
    /// Event nouns of the lowercase patterns ("accord de Doha", "attaque de l'aéroport de Kaboul").
    static let eventNouns: Set<String> = [
        "accord", "accords", "attaque", "attentat", "attentats", "sommet", "conference",
        "traite", "bataille", "siege", "massacre", "agreement", "summit", "attack",
        "bombing", "battle", "siege", "treaty", "accords",
    ]
    /// Election nouns.
    static let electionNouns: Set<String> = [
        "election", "elections", "vote", "scrutin", "presidentielle",
        "presidentielles", "legislatives", "elecciones", "wahl", "wahlen",
    ]
}
