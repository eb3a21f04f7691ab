/// Word lists for the synthetic corpus: real first names, surnames, places and organisation
/// shapes, mixed so that thousands of distinct, plausible names come out.
enum Names {
    static let first = [
        "Anna", "Mark", "Olena", "Pierre", "Sofia", "Ahmed", "Maria", "John", "Fatima", "Lukas", "Chloé", "Dmitri",
        "Aisha", "Carlos", "Ingrid", "Kenji", "Leila", "Marco", "Nadia", "Omar", "Paula", "Rafael", "Sven", "Tariq",
        "Ursula", "Viktor", "Wen", "Yusuf", "Zofia", "Hélène", "Jean", "Emmanuel", "Olaf", "Kamala", "Boris", "Giorgia",
        "Antony", "Lloyd", "Sergei", "Volodymyr", "Recep", "Narendra", "Cyril", "Jacinda", "Pedro", "Mette", "Sanna",
        "Kaja",
    ]
    static let last = [
        "Kowalski", "Milley", "Dupont", "Haddad", "Novak", "Schmidt", "Rossi", "García", "Okafor", "Petrov", "Lefèvre",
        "Yamamoto", "Nguyen", "Silva", "Andersen", "Kaya", "Moreau", "Fischer", "Popescu", "Ibrahim", "Horvat",
        "Jansen",
        "Costa", "Bauer", "Laurent", "Mendes", "Kuznetsov", "Tanaka", "Walsh", "Zielinski", "Blinken", "Austin",
        "Lavrov",
        "Zelensky", "Erdogan", "Modi", "Ramaphosa", "Ardern", "Sánchez", "Frederiksen", "Marin", "Kallas", "Borrell",
        "Stoltenberg", "Guterres", "Macron", "Scholz", "Meloni", "Sunak", "Kishida", "Lula", "Milei", "Orbán", "Fico",
    ]
    static let places = [
        "Kyiv", "Kharkiv", "Odesa", "Kabul", "Kandahar", "Herat", "Paris", "Marseille", "Lyon", "Berlin", "Hamburg",
        "Brussels", "Geneva", "Vienna", "Warsaw", "Vilnius", "Riga", "Tallinn", "Helsinki", "Oslo", "Ankara",
        "Istanbul", "Cairo", "Beirut", "Damascus", "Baghdad", "Tehran", "Doha", "Riyadh", "Khartoum", "Nairobi",
        "Addis Ababa", "Lagos", "Dakar", "Bamako", "Niamey", "Tripoli", "Tunis", "Algiers", "Rabat", "Madrid", "Lisbon",
        "Rome", "Athens", "Sofia", "Bucharest", "Chisinau", "Tbilisi", "Yerevan", "Baku", "Moscow", "Minsk", "Beijing",
        "Taipei", "Seoul", "Tokyo", "Manila", "Jakarta", "Hanoi", "Delhi", "Islamabad", "Dhaka", "Caracas", "Bogotá",
        "Lima", "Santiago", "Buenos Aires", "Brasília", "Mexico City", "Havana", "Washington", "New York", "Ottawa",
    ]
    static let placeParts = (
        ["Novo", "Staro", "Bel", "Kra", "Zelen", "Mar", "Al ", "San ", "Port ", "Nova "],
        ["grad", "hor", "ovsk", "ino", "polis", "ville", "abad", "stan", "mont", "dorf"]
    )
    static let orgNouns = [
        "Defence", "Finance", "Energy", "Health", "Interior", "Foreign Affairs", "Justice", "Agriculture", "Transport",
    ]
    static let orgShapes = [
        "Ministry of %N", "%L Group", "%P Institute", "National %N Agency", "%P Refugee Council", "%L Foundation",
        "%P Chamber of Commerce", "Office for %N Security", "%L Capital", "%P Liberation Front",
    ]
    static let events = ["Summit", "Conference", "Peace Talks", "Accords", "Offensive", "Elections", "Forum"]
    static let monthsEN = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    static let monthsFR = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
    ]
    static let filler = [
        "en": [
            "The situation remains fluid.", "No casualties were reported.",
            "The statement did not give further details.",
            "Markets reacted cautiously to the news.", "The decision is expected to be challenged in court.",
            "Humanitarian groups warned of shortages of food and medicine.",
            "It was not immediately clear who was responsible.",
            "The announcement came after weeks of mounting pressure from lawmakers, who have accused the government of moving too slowly and of failing to explain its strategy to the public.",
            "Prices for fuel and bread have risen sharply since the start of the year, and many families say they can no longer afford basic goods without help from relatives abroad.",
            "Several people who spoke on condition of anonymity because they were not authorised to discuss the matter publicly described the mood inside the government as tense.",
            "Independent observers said it was too early to judge whether the measures would have a lasting effect, noting that similar promises had been made before without result.",
            "The ministry did not respond to repeated requests for comment on Tuesday evening, and a spokesperson reached by telephone declined to give any further details.",
        ],
        "fr": [
            "La situation reste confuse.", "Aucune victime n'a été signalée.",
            "Le communiqué ne donne pas plus de détails.",
            "Les marchés ont réagi avec prudence.", "Les organisations humanitaires redoutent des pénuries.",
            "Il n'était pas possible de savoir qui était responsable.",
            "L'annonce intervient après plusieurs semaines de pressions de la part des parlementaires, qui reprochent au gouvernement sa lenteur et son manque de transparence.",
            "Les prix du carburant et du pain ont fortement augmenté depuis le début de l'année, et de nombreuses familles disent ne plus pouvoir se passer de l'aide de leurs proches.",
            "Plusieurs personnes, qui ont requis l'anonymat faute d'être autorisées à s'exprimer publiquement, décrivent une ambiance tendue au sein du gouvernement.",
            "Des observateurs indépendants estiment qu'il est trop tôt pour juger de l'effet de ces mesures, rappelant que des promesses similaires n'avaient pas été tenues.",
        ],
    ]
    static let searchWords = [
        "talks", "soldiers", "budget", "shelling", "inflation", "négociations", "soldats", "crise", "court",
        "medicine", "deployed", "visit", "residents", "commerce", "summit", "ministry", "security", "refugee",
    ]
}
