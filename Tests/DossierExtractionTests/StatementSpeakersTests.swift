import DossierEvents
import DossierExtraction
import Testing

/// Speakers that are bodies, roles named earlier, or people named after the one spoken to, on sentences written for
/// these tests; and wrong speakers left out rather than guessed.
@Suite struct StatementSpeakersTests {
    static func said(_ text: String) throws -> [String] {
        StatementTests.said(try StatementTests.run(text))
    }

    @Test func aRoleWithItsComplementIsThePersonIntroducedWithItInApposition() throws {
        let said = try Self.said(
            """
            Le port rouvre

            Le directeur général du port de Sète, Marc Lavigne, a visité les quais lundi. Le directeur du port estime au contraire que les navires reviendront avant la fin du mois d'avril.
            """)
        #expect(said == ["Marc Lavigne: les navires reviendront avant la fin du mois d'avril"])
    }

    @Test func aRoleWithAnotherComplementIsNotThatPerson() throws {
        let said = try Self.said(
            """
            Le port rouvre

            Le ministre de l'Intérieur, Hugo Ferrand, a visité les quais lundi. Le ministre des Transports estime que les navires reviendront avant la fin du mois de mai.
            """)
        #expect(!said.contains { $0.hasPrefix("Hugo Ferrand") })
    }

    @Test func theOneSpokenToComesBeforeTheSpeaker() throws {
        let said = try Self.said(
            """
            Le port rouvre

            "Les quais sont prêts depuis une semaine", a déclaré à l'AFP Julie Bernard, du syndicat des dockers.
            """)
        #expect(said == ["Julie Bernard: Les quais sont prêts depuis une semaine"])
    }

    @Test func dApresIsSelon() throws {
        let said = try Self.said(
            """
            Le port rouvre

            Julie Bernard dirige le syndicat des dockers depuis mars. D'après elle, les grues seront remplacées avant l'été prochain.
            """)
        #expect(said == ["Julie Bernard: les grues seront remplacées avant l'été prochain"])
    }

    @Test func aBodyAtTheHeadOfTheSentenceSaysTheQuotedWordsAndSoDoesItsPronoun() throws {
        let said = try Self.said(
            """
            Le port rouvre

            Le maire Paul Garnier a reçu le rapport. La Commission nationale des ports pointe aussi "la lenteur des travaux de dragage". Elle recommande enfin de lancer des "campagnes de recrutement dans les lycées".
            """)
        #expect(
            said == [
                "Commission nationale des ports: la lenteur des travaux de dragage",
                "Commission nationale des ports: campagnes de recrutement dans les lycées",
            ])
    }

    @Test func aDefiniteBodyIsTheOneWhoseNameHoldsItsNounOrNobody() throws {
        let named = try Self.said(
            """
            Le port rouvre

            La Commission nationale des ports a publié son rapport. La commission recommande de lancer des "campagnes de recrutement dans les lycées".
            """)
        #expect(named == ["Commission nationale des ports: campagnes de recrutement dans les lycées"])
        let unnamed = try Self.said(
            """
            Le port rouvre

            Le syndicat Force Ouvrière a appelé à la grève. Le groupe souhaite "verser les salaires de tous les dockers".
            """)
        #expect(!unnamed.contains { $0.hasPrefix("Force Ouvrière") })
    }

    @Test func thePanelIsTheCommitteeNamedBeforeItNotTheAgencyThatReportedIt() throws {
        let named = try Self.said(
            """
            Harbour works

            The Senate Harbour Committee found that the north quay was unsafe, Reuters reported. The panel said the quay "should have been closed two years ago".
            """)
        #expect(named.contains("Senate Harbour Committee: should have been closed two years ago"))
        let unnamed = try Self.said(
            """
            Harbour works

            The north quay was unsafe, Reuters reported on Monday. The panel said the quay "should have been closed two years ago".
            """)
        #expect(!unnamed.contains("Reuters: should have been closed two years ago"))
    }

    @Test func itAfterASentenceOpeningOnAnUntypedNameIsNotAnOrganisationNamedEarlier() throws {
        let said = try Self.said(
            """
            Harbour works

            The Harbour Authority of Calder approved the new cranes on Monday. Quayside Lumber Traders, a family firm of twelve sawmills, closed its yard last week. It said "rising rents at the harbour" had cost it its last customers.
            """)
        #expect(!said.contains { $0.hasPrefix("Harbour Authority of Calder: rising rents") })
    }

    @Test func aPronounAfterAnUnnamedPersonOpeningTheSentenceIsThatPerson() throws {
        let said = try Self.said(
            """
            Harbour works

            Mayor Ines Calder reopened the north quay on Monday. A harbour official thanked the dockers, who he said had "saved the port from ruin".
            """)
        #expect(!said.contains { $0.hasPrefix("Ines Calder") })
        let apposed = try Self.said(
            """
            Harbour works

            Ines Calder ran the port for ten years. A former harbour official, she said the quay "was never safe".
            """)
        #expect(apposed.contains("Ines Calder: was never safe"))
    }

    @Test func anAttributionInTheNextSentenceIsNotThisQuotes() throws {
        let said = try Self.said(
            """
            Le port rouvre

            Le maire Paul Garnier a fermé les quais. Julie Bernard a jugé "inacceptable" que Paul Garnier "ferme les quais sans préavis". Le maire a affirmé que "les quais rouvriront avant le mois de juin".
            """)
        #expect(!said.contains("Paul Garnier: ferme les quais sans préavis"))
        #expect(said.contains("Paul Garnier: les quais rouvriront avant le mois de juin"))
    }

    @Test func aShortFragmentInAReportedClauseLeavesTheClauseAsTheStatement() throws {
        let said = try Self.said(
            """
            Le port rouvre

            Paul Garnier assure que les dockers ne subiront pas de "double peine" cette année.
            """)
        #expect(said == ["Paul Garnier: les dockers ne subiront pas de \"double peine\" cette année"])
    }

    @Test func aVerbJoinedToTheSentencesFirstTakesItsNamedSubject() throws {
        let said = try Self.said(
            """
            Harbour works

            Mayor Ines Calder toured the docks on Monday and said the new cranes "will be running before the autumn storms".
            """)
        #expect(said == ["Ines Calder: will be running before the autumn storms"])
    }

    @Test func aMediumThatFirstReportedIsTheSource() throws {
        let said = try Self.said(
            """
            Harbour works

            The harbour master was asked to step down after the collapse of the north quay, the Coastal Herald first reported on Tuesday.
            """)
        #expect(
            said == ["Coastal Herald: The harbour master was asked to step down after the collapse of the north quay"])
    }

    @Test func aPronounWithNoSubjectBeforeItIsTheOnePersonNamedUnlessSomeoneElseSpokeSince() throws {
        let alone = try Self.said(
            """
            Un orchestre en ligne

            Confinée à Lyon, la violoniste Claire Dubois recrute des musiciens sur internet.

            Les répétitions se feront en ligne jusqu'à l'été.

            "Beaucoup de musiciens n'ont plus aucun concert cette année", explique-t-elle.
            """)
        #expect(alone == ["Claire Dubois: Beaucoup de musiciens n'ont plus aucun concert cette année"])
        let another = try Self.said(
            """
            Un orchestre en ligne

            Confinée à Lyon, la violoniste Claire Dubois recrute des musiciens sur internet. Les salles resteront fermées jusqu'en mai, a ajouté le cofondateur du projet.

            "Beaucoup de musiciens n'ont plus aucun concert cette année", explique-t-il.
            """)
        #expect(!another.contains { $0.hasPrefix("Claire Dubois: Beaucoup") })
    }

    @Test func aRoleOrABodyAtTheHeadOfTheSentenceSaysTheQuotedFragmentAfterItsVerbOfStance() throws {
        let said = try Self.said(
            """
            Le port rouvre

            La ministre de la Mer, Hélène Vasseur, a visité les quais lundi. L'ancienne ministre de la Mer veut harmoniser les horaires et "en finir avec les retards". La Commission nationale des ports presse donc la mairie "d'agir vite".
            """)
        #expect(
            said == [
                "Hélène Vasseur: en finir avec les retards", "Commission nationale des ports: d'agir vite",
            ])
    }

    @Test func pourARoleIsThatPersonsOpinion() throws {
        let said = try Self.said(
            """
            Le port rouvre

            La maire de Sète, Hélène Vasseur, a visité les quais lundi. Pour la maire de Sète, les dockers doivent garder trois objectifs en tête : "La sécurité, la vitesse et la confiance".
            """)
        #expect(said == ["Hélène Vasseur: La sécurité, la vitesse et la confiance"])
        let headOfState = try Self.said(
            """
            Le port rouvre

            Emmanuel Dumas a visité les quais lundi. Pour le chef de l'Etat, les dockers doivent garder trois objectifs en tête : "La sécurité, la vitesse et la confiance".
            """)
        #expect(headOfState == ["Emmanuel Dumas: La sécurité, la vitesse et la confiance"])
    }

    @Test func aLongFrontedPhraseDoesNotHideTheSubject() throws {
        let said = try Self.said(
            """
            Le port rouvre

            Hélène Vasseur dirige le port depuis mai. Lors d'un long entretien publié lundi par le journal de la ville, Hélène Vasseur a accusé les élus de l'opposition de "bloquer le chantier depuis des mois".
            """)
        #expect(said == ["Hélène Vasseur: bloquer le chantier depuis des mois"])
    }

    @Test func aQuotedWordWithoutAVerbOfStanceIsNobodys() throws {
        let said = try Self.said(
            """
            Le port rouvre

            Hélène Vasseur a visité les quais lundi. La maire a repeint la "maison des dockers" en bleu.
            """)
        #expect(said.isEmpty)
    }
}
