/// Phrases that mark site furniture in fr, en, es and de: navigation, calls to action,
/// comment forms, subscription pitches, "read also" teasers, source links.
enum BoilerplateCues {
    /// A line starting with one of these is a teaser or navigation line whatever its length.
    static let prefixes: [String] = [
        "lire aussi", "a lire aussi", "à lire aussi", "lire la suite", "voir aussi", "read also", "read more",
        "see also",
        "related:", "related articles", "more from", "lea también", "lee también", "leer más", "ver también",
        "lesen sie auch", "mehr zum thema", "weiterlesen", "siehe auch", "skip to", "aller au contenu",
        "passer au contenu",
        "ir al contenido", "zum inhalt", "cliquez ici", "click here", "haga clic", "pulse aquí", "hier klicken",
        "source link", "lien source", "reporting by", "editing by", "writing by", "additional reporting by",
        "copyright ©", "copyright (c)", "©", "contributing:", "update:", "editor's note:", "editor’s note:", "photo:",
        "(more:", "slideshow (", ".@",
    ]

    /// Phrases that mark furniture in a line of any length (embedded posts, sign-up forms, photo credits).
    static let strongPhrases: [String] = [
        "pic.twitter.com", "by signing up you agree", "toggle caption", "enlarge this image",
        // Photo credits glued to a caption or teaser ("| Jeff Roberson/AP Photo").
        "/ap photo", "ap photo/", "/getty images", "getty images/", "/afp photo", "afp photo/", "/reuters photo",
        "/ap images", "/pool photo", "creators syndicate",
    ]

    /// A short line (at most six words) starting with one of these is furniture.
    static let shortPrefixes: [String] = [
        "source :", "source:", "fuente:", "quelle:", "advertisement", "publicité", "publicidad", "anzeige", "sponsored",
        "partager", "share", "compartir", "teilen", "menu", "accueil", "home", "inicio", "startseite", "search",
        "rechercher",
    ]

    /// Phrases that, in a short line, mark furniture.
    static let phrases: [String] = [
        "leave a reply", "leave a comment", "laisser un commentaire", "laissez un commentaire", "deja un comentario",
        "hinterlasse einen kommentar", "email address will not be published", "adresse e-mail ne sera pas publiée",
        "adresse email ne sera pas publiée", "required fields are marked", "champs obligatoires", "campos obligatorios",
        "pflichtfelder", "akismet", "recent news", "recent posts", "editor's pick", "editor’s pick", "most read",
        "les plus lus", "articles récents", "lo más leído", "meistgelesen", "subscribe", "abonnez-vous", "je m'abonne",
        "je m’abonne", "s'abonner", "s’abonner", "suscríbete", "suscribirse", "abonnieren", "newsletter", "sign up",
        "log in", "se connecter", "inscrivez-vous", "all rights reserved", "tous droits réservés", "todos los derechos",
        "alle rechte vorbehalten", "cookie", "privacy policy", "politique de confidentialité", "terms of use",
        "merci d'avoir signalé", "merci d’avoir signalé", "signaler un abus", "signalée par", "report this",
        "follow us",
        "suivez-nous", "síguenos", "folgen sie uns", "download the app",
        "téléchargez l'application", "previous article",
        "next article", "article précédent", "article suivant", "tags:", "mots-clés", "back to top", "retour en haut",
        "enable javascript", "activez javascript", "activer javascript",
        "our standards", "trust principles", "sur le même sujet", "on the same topic", "réagissez",
        "vous devez être connecté",
        "must be logged in", "you must be signed in", "manage preferences", "gérer les préférences",
        "paramétrer les cookies",
        "accept all", "tout accepter", "j'accepte", "j’accepte", "je refuse", "reject all", "tout refuser",
        "originally appeared on", "for more stories", "reprint permission",
    ]

    /// True when `folded` (lowercased line) starts with a teaser or navigation cue.
    static func startsWithCue(_ folded: String, words: Int) -> Bool {
        prefixes.contains { folded.hasPrefix($0) } || (words <= 6 && shortPrefixes.contains { folded.hasPrefix($0) })
    }

    /// ``strongPhrases`` with their byte tests, built once.
    static let strongCues = strongPhrases.map(CuePhrase.init)
    /// ``phrases`` with their byte tests, built once.
    static let cues = phrases.map(CuePhrase.init)

    /// UTF-8 of the mark that an embedded post's signature holds: `(@handle)`.
    static let signatureMark = Array("(@".utf8)

    /// True when `folded` (lowercased line) contains a furniture phrase.
    static func containsCue(_ folded: String) -> Bool {
        cues.contains { $0.isContained(in: folded) }
    }

    /// True when `folded` holds a strong furniture phrase, or ends as an embedded post's signature
    /// ("— Twitter Comms (@TwitterComms) August 31, 2019").
    static func containsStrongCue(_ folded: String) -> Bool {
        if strongCues.contains(where: { $0.isContained(in: folded) }) { return true }
        // The signature's "(@" is in the line's bytes too: a cheap test first.
        guard CuePhrase.bytes(signatureMark, occurIn: folded), folded.contains("—"),
            let signature = folded.split(separator: "—").last, signature.contains("(@")
        else {
            return false
        }
        return folded.unicodeScalars.suffix(4).allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
    }
}
