import DossierEvents
import DossierExtraction
import Testing

/// Who said what, on sentences written for these tests: direct quotes split by their attribution or
/// running over paragraphs, reported speech, and speakers through names, pronouns, roles or left anonymous.
@Suite struct StatementTests {
    static func run(_ text: String) throws -> ExtractionReport {
        let article = try ArticlePreparer().prepare(bytes: Array(text.utf8), sourceName: "t.txt")[0]
        return ExtractionReport(article: article, extraction: Extractor().extract(article, articleId: "t"))
    }
    static func id(_ r: ExtractionReport, _ label: String) -> String? {
        r.entities.first { $0.label.contains(label) }?.id
    }
    /// Statements as "speaker: quote" with the speaker's label when it is an entity.
    static func said(_ r: ExtractionReport) -> [String] {
        r.statements.map { s in "\(r.entities.first { $0.id == s.speaker }?.label ?? "~" + s.speaker): \(s.quote)" }
    }

    @Test func quoteSplitByItsAttributionIsTwoStatementsOfOneSpeaker() throws {
        let r = try Self.run(
            """
            Harbour works resume

            “The cranes will be back in March,” said Helga Marsten, who runs the port authority. “Until then we wait.”
            """)
        let said = Self.said(r)
        #expect(said.contains("Helga Marsten: The cranes will be back in March,"))
        #expect(said.contains("Helga Marsten: Until then we wait."))
    }

    @Test func nameInAppositionAfterAPossessiveRole() throws {
        let r = try Self.run(
            """
            Une cagnotte pour un surveillant

            Les détenus ont ouvert une cagnotte pour Marcel Aubry, qui a perdu sa femme. "C'est la première fois que je vois cela", confie son collègue et délégué du syndicat FO, Paul Durandet.
            """)
        #expect(Self.said(r) == ["Paul Durandet: C'est la première fois que je vois cela"])
    }

    @Test func quoteInterruptedByAnAttributionWithoutClosingIsTwoStatements() throws {
        let r = try Self.run(
            """
            Procès en appel

            L'avocat Hugo Ferrand a commenté la décision. "C'est un combat que nous menons depuis des années, a-t-il poursuivi. Nous irons jusqu'au bout", a insisté Me Ferrand.
            """)
        #expect(
            Self.said(r) == [
                "Hugo Ferrand: C'est un combat que nous menons depuis des années",
                "Hugo Ferrand: Nous irons jusqu'au bout",
            ])
    }

    @Test func theyAfterAJointStatementIsTheFirstNamed() throws {
        let r = try Self.run(
            """
            Ministers write on trade

            In a letter to the Harbour Gazette, Irene Voss, along with Tomas Brandt and Lena Ortiz, said the tariffs would hurt farmers. "The rules must change before the harvest," they wrote.
            """)
        #expect(Self.said(r).contains("Irene Voss: The rules must change before the harvest,"))
    }

    @Test func quoteAfterAColonTakesTheSubjectOfTheClause() throws {
        let r = try Self.run(
            """
            Hommage au sélectionneur

            Concernant l'équipe, Camille Royer a tenu à rendre hommage au groupe : "Ils ont travaillé sans relâche pendant des mois."

            Le bilan de la saison : "une année sans titre".
            """)
        #expect(Self.said(r) == ["Camille Royer: Ils ont travaillé sans relâche pendant des mois."])
    }

    @Test func quoteInAnOpinionOpenedByPourTakesThatPerson() throws {
        let r = try Self.run(
            """
            Le budget en débat

            Pour la présidente du groupe écologiste Odile Garnier, ce budget reste "une occasion manquée" pour le climat.
            """)
        #expect(Self.said(r) == ["Odile Garnier: une occasion manquée"])
    }

    @Test func fragmentsInTheSentenceOfAQuoteShareItsSpeaker() throws {
        let r = try Self.run(
            """
            Le plan de la mairie

            Le maire Bastien Roux a expliqué vouloir "rénover les écoles du centre", parmi des mesures destinées à "rassurer les parents".
            """)
        #expect(
            Self.said(r) == ["Bastien Roux: rénover les écoles du centre", "Bastien Roux: rassurer les parents"])
    }

    @Test func roleWithItsComplementIsThePersonIntroducedWithThatRole() throws {
        let r = try Self.run(
            """
            Mandats : le plan de Mme Verhoeven

            L'ancienne ministre Hélène Verhoeven a présenté lundi un rapport à Paris.

            L'ancienne ministre d'Etat explique vouloir "aligner l'ensemble des mandats sur six ans", parmi une série de mesures destinées à "rétablir la confiance" avec les citoyens.
            """)
        #expect(
            Self.said(r) == [
                "Hélène Verhoeven: aligner l'ensemble des mandats sur six ans",
                "Hélène Verhoeven: rétablir la confiance",
            ])
    }

    @Test func reaffirmingIsSpeaking() throws {
        let r = try Self.run(
            """
            Le port rouvre

            Après un long conflit, la directrice Maud Lefranc a réaffirmé que le port rouvrirait en mai.
            """)
        #expect(Self.said(r) == ["Maud Lefranc: le port rouvrirait en mai"])
    }

    @Test func reportedClauseOpenedByAPronounEndsWithItsSubordinateClause() throws {
        let r = try Self.run(
            """
            Hearing postponed

            While Dana Whitlow said she would answer every question about the contract, the council sought to limit the hearing.
            """)
        #expect(Self.said(r) == ["Dana Whitlow: she would answer every question about the contract"])
        // A headline's "X says …" is a teaser, not a statement.
        let headline = try Self.run(
            "Dana Whitlow says she will answer every question\n\nThe hearing opens on Monday in the town hall.")
        #expect(headline.statements.isEmpty)
    }

    @Test func theRoleIsNotTheOneItIsOf() throws {
        let r = try Self.run(
            """
            Décision sur l'héritage

            "Je viens de l'avoir au téléphone", a réagi Me Olivier Castagne, l'un des avocats de Nadia Berthelot, après la décision.

            "Elle est évidemment émue", a expliqué l'avocat.
            """)
        #expect(Self.said(r).last == "Olivier Castagne: Elle est évidemment émue")
    }

    @Test func pronounAfterTheQuoteIsTheSubjectOfTheSentenceBefore() throws {
        let r = try Self.run(
            """
            Budget vote

            Senator Olwen Pryce voted against the budget on Tuesday. “This plan borrows from our children,” she said after the vote.
            """)
        #expect(Self.said(r) == ["Olwen Pryce: This plan borrows from our children,"])
    }

    @Test func quoteRunningOverParagraphsKeepsItsSpeaker() throws {
        let r = try Self.run(
            """
            Farmers count their losses after a wet summer

            The harvest in the valley was the smallest in a decade, and Tomas Ekdahl, who farms near the river, said: “The rain came too late for the wheat and the barley.

            “We will plant again in the spring and hope for better weather.”

            Prices for bread are expected to rise.
            """)
        let said = Self.said(r)
        #expect(said.count == 2)
        #expect(said.allSatisfy { $0.hasPrefix("Tomas Ekdahl: ") })
    }

    @Test func frenchInvertedAttributionAndRoleResolveToTheNamedPerson() throws {
        let r = try Self.run(
            """
            Le port rouvre

            Le directeur du port de Sète, Marc Lavigne, a visité les quais lundi. « Nous rouvrirons en mai », a-t-il déclaré. « Les navires attendent », explique le directeur.
            """)
        let said = Self.said(r)
        #expect(said.contains("Marc Lavigne: Nous rouvrirons en mai"))
        #expect(said.contains("Marc Lavigne: Les navires attendent"))
    }

    @Test func anonymousSpeakersStayAnonymous() throws {
        let r = try Self.run(
            """
            Talks stall

            “There is no deal yet,” a senior European official told reporters in Brussels. Critics said the talks had failed to address fishing rights.
            """)
        #expect(!r.statements.isEmpty)
        #expect(r.statements.allSatisfy { s in !r.entities.contains { $0.id == s.speaker } })
    }

    @Test func unnamedSpeakersAfterTheVerbAreAnonymousNotDropped() throws {
        let r = try Self.run(
            """
            Le maire hésite

            Le maire de Vallauris, Hugo Ferrand, n'a pas encore dit s'il se représentera. "Il n'ira pas", parie l'un. "Rien n'est décidé", tempère l'autre. "Il attend le budget", avance un cadre du parti. "Nous le saurons en juin", poursuivent-ils.

            "La salle était pleine", a témoigné un journaliste présent sur place.
            """)
        let said = Self.said(r)
        #expect(said.contains("~l'un: Il n'ira pas"))
        #expect(said.contains("~l'autre: Rien n'est décidé"))
        #expect(said.contains { $0.hasPrefix("~un cadre") && $0.hasSuffix(": Il attend le budget") })
        #expect(said.contains("~ils: Nous le saurons en juin"))
        #expect(said.contains { $0.hasPrefix("~un journaliste") && $0.hasSuffix(": La salle était pleine") })
        #expect(!said.contains { $0.hasPrefix("Hugo Ferrand") })
    }

    @Test func reportedSpeechIsTheClauseAfterThatOrBeforeTheAttribution() throws {
        let r = try Self.run(
            """
            Water prices

            The Rivermouth Water Board said on Monday that prices would rise by a tenth next year. Supplies are lower than in any summer on record, said Ines Carvalho at the board.
            """)
        let said = Self.said(r)
        #expect(said.contains { $0.hasSuffix(": prices would rise by a tenth next year") })
        #expect(said.contains("Ines Carvalho: Supplies are lower than in any summer on record"))
    }

    @Test func selonAndAccordingToNeedASpeakerNotADocument() throws {
        let r = try Self.run(
            """
            Chômage en baisse

            Selon Clara Nemours, le chômage a reculé dans la région depuis le printemps. The plant will close in June, according to public records.
            """)
        #expect(Self.said(r) == ["Clara Nemours: le chômage a reculé dans la région depuis le printemps"])
    }

    @Test func titlesAndScareQuotesAreNotStatements() throws {
        let r = try Self.run(
            """
            A new book

            Pia Lund wrote a book, “Winter Roads North,” about the trucking trade. Locals call the bridge “the Needle” for its shape.
            """)
        #expect(r.statements.isEmpty)
    }

    @Test func statementSpansHoldInTheBody() throws {
        let r = try Self.run(
            "“We will rebuild,” said Anja Vos. « Nous reconstruirons », a dit Paul Mercier. Selon Paul Mercier, la digue a tenu."
        )
        let scalars = Array(r.body.unicodeScalars)
        for s in r.statements { #expect(String(String.UnicodeScalarView(scalars[s.start..<s.end])) == s.quote) }
        #expect(r.statements.count == 3)
    }

    @Test func relativeClauseSubjectsAndCoordinatedClauses() throws {
        let r = try Self.run(
            """
            Ferry fares

            Fares rose again this winter, despite critics who say the ferry is already too expensive. The ferry director, Sigrid Holm, said the new timetable would start in April, and the old boats will be sold.
            """)
        let said = Self.said(r)
        #expect(said.contains("~critics: the ferry is already too expensive"))
        #expect(said.contains("Sigrid Holm: the new timetable would start in April"))
    }

    @Test func aPronounAgreesWithItsAntecedent() throws {
        let r = try Self.run(
            """
            Council debate

            Mayor Ann Ortiz chaired the council meeting on Tuesday. She opened the debate on the new library. Mr. Paul Reyes spoke next about the budget. “The library will pay for itself within ten years,” she said.
            """)
        #expect(Self.said(r) == ["Ann Ortiz: The library will pay for itself within ten years,"])
    }

    @Test func attributionOverAPartyTagAndAfterADativeClitic() throws {
        let r = try Self.run(
            """
            Hearing ends

            “I don't know this guy,” Chris Murphy (D-Conn.) said on MSNBC.

            Le député Jean-Luc Morvan a interpellé le gouvernement. "Je ne suis pas sûr que les Français s'en soucient", lui a répondu le Premier ministre Paul Delcour. "Ces sujets sont politiques", a fait valoir le chef du gouvernement.
            """)
        let said = Self.said(r)
        #expect(said.contains("Chris Murphy: I don't know this guy,"))
        #expect(said.contains("Paul Delcour: Je ne suis pas sûr que les Français s'en soucient"))
        #expect(said.contains("Paul Delcour: Ces sujets sont politiques"))
    }

    @Test func moreVerbsOfSaying() throws {
        let r = try Self.run(
            "Economist Maria Keller pointed out that wages had risen faster than prices in every region this year.")
        #expect(Self.said(r) == ["Maria Keller: wages had risen faster than prices in every region this year"])
    }

    @Test func speakersOverAnAgeARelativeClauseAndAnInfinitive() throws {
        let r = try Self.run(
            """
            Campaign news

            Rapper Calvin Brooke announced a bid on Saturday. "We must build our future together," Brooke, 43, wrote on Twitter. The news was received with memes, including from Tesla chief Elon Musk, who tweeted, "You have my full support!"

            Governor Ted Marlow will speak in Boston on Monday. “Too often, the loudest voices in the debate are driven by theory,” Mr. Marlow is expected to say.
            """)
        let said = Self.said(r)
        #expect(said.contains("Calvin Brooke: We must build our future together,"))
        #expect(said.contains("Elon Musk: You have my full support!"))
        #expect(said.contains("Ted Marlow: Too often, the loudest voices in the debate are driven by theory,"))
    }

    @Test func aStrayStraightQuoteDoesNotShiftThePairsAfterIt() throws {
        let r = try Self.run(
            """
            Réforme des mandats

            Hélène Varin a présenté ses propositions dimanche. Elle veut aligner les mandats sur six ans, sauf le mandat européen", et "organiser les élections en deux temps".

            Au sujet des députés, elle souhaite "maintenir le cumul avec un mandat de maire" mais "interdire toute activité extérieure".
            """)
        let said = Self.said(r)
        #expect(said.contains("Hélène Varin: organiser les élections en deux temps"))
        #expect(said.contains("Hélène Varin: maintenir le cumul avec un mandat de maire"))
        #expect(said.contains("Hélène Varin: interdire toute activité extérieure"))
        #expect(!said.contains { $0.contains(", et ") })
    }

    @Test func blankLinesBetweenParagraphsDoNotShortenWhatAPronounReachesBack() throws {
        let paragraphs = [
            "Hélène Varin a présenté dimanche ses propositions sur les institutions.",
            "Le document compte quarante pages.",
            "Il a été imprimé à mille exemplaires.",
            "Au sujet des députés, elle souhaite \"maintenir le cumul avec un mandat de maire\".",
        ]
        for separator in ["\n", "\n\n"] {
            let r = try Self.run("Réforme des mandats\n\n" + paragraphs.joined(separator: separator))
            #expect(
                Self.said(r) == ["Hélène Varin: maintenir le cumul avec un mandat de maire"],
                "separator \(separator.count)")
        }
    }

    @Test func aQuotedFragmentInReportedSpeechLeavesTheClauseReported() throws {
        let r = try Self.run(
            """
            Médecins traitants

            Nicolas Ravel assure que les patients sans médecin traitant ne subiront pas de "double peine" cette année.
            """)
        #expect(Self.said(r).contains { $0.hasPrefix("Nicolas Ravel: les patients sans médecin traitant") })
    }

    @Test func aQuoteRightAfterSelonIsThatPersonsAndNotTheWholeSentence() throws {
        let r = try Self.run(
            """
            Réforme des mandats

            Hélène Varin a présenté ses propositions dimanche. La suppression du conseil entraînerait selon elle "une économie de 600 millions d'euros" sur cinq ans.
            """)
        #expect(Self.said(r) == ["Hélène Varin: une économie de 600 millions d'euros"])
    }

    @Test func aReportSpeaksForWhoeverItWasIntroducedAsComingFrom() throws {
        let r = try Self.run(
            """
            Harbour inquiry

            After a year of hearings, the final report by the Harbour Safety Board concludes that the cranes were sound.

            "No inspection was skipped," the report states. An earlier study said "the quays were overloaded," the study states.
            """)
        let said = Self.said(r)
        #expect(said.contains("Harbour Safety Board: No inspection was skipped,"))
        #expect(!said.contains { $0.contains("the quays were overloaded") })
    }
}
