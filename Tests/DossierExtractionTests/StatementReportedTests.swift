import DossierEvents
import DossierExtraction
import Testing

/// Reported speech ("…, X said."): where its sentence starts, and attributions that are not one, on sentences written
/// for these tests.
@Suite struct StatementReportedTests {
    static func said(_ text: String) throws -> [String] {
        StatementTests.said(try StatementTests.run(text))
    }

    @Test func aQuoteClosingItsParagraphDoesNotOpenTheNextSentence() throws {
        let said = try Self.said(
            """
            Le port rouvre

            "Nous travaillons ici depuis des années, cela crée des liens."

            Les dockers de Sète ont voté une grève illimitée contre la fermeture du quai nord, a expliqué Julie Bernard lundi.
            """)
        #expect(
            said.contains(
                "Julie Bernard: Les dockers de Sète ont voté une grève illimitée contre la fermeture du quai nord"))
    }

    @Test func aVerbInARelativeClauseIsNotTheAttribution() throws {
        let said = try Self.said(
            """
            Harbour works resume

            Ines Calder runs the port authority. The town lost its last ferry line in March, a decision which Ines Calder announced.
            """)
        #expect(said.isEmpty)
    }

    @Test func aPhraseFrontedBeforeTheSubjectIsNotAStatement() throws {
        let said = try Self.said(
            """
            Harbour works resume

            Ines Calder runs the port authority. During a long call with the dockers, Ines Calder urged the council to pay for the new cranes.
            """)
        #expect(said.isEmpty)
    }

    @Test func aTitleCasedVerbInsideASentenceIsAHeadlines() throws {
        let said = try Self.said(
            """
            Harbour works resume

            Ines Calder runs the port authority.

            Cranes Are Back In Port Soon, Ines Calder Says.
            """)
        #expect(said.isEmpty)
    }

    @Test func anAdverbOfMannerBetweenTheSubjectAndTheVerb() throws {
        let english = try Self.said(
            """
            Harbour works resume

            Ines Calder openly admitted that the new cranes would arrive late in the spring.
            """)
        #expect(english == ["Ines Calder: the new cranes would arrive late in the spring"])
        let french = try Self.said(
            """
            Le port rouvre

            Le maire Paul Garnier a clairement dit qu'il se préparait à quitter la mairie.
            """)
        #expect(french == ["Paul Garnier: il se préparait à quitter la mairie"])
    }

    @Test func aNegatedSubjectSaysNothing() throws {
        let said = try Self.said(
            """
            Harbour works resume

            No union claimed that the strike at the port was over.
            """)
        #expect(said.isEmpty)
    }

    @Test func aSourceNamedByItsAuthorIsThatAuthor() throws {
        let said = try Self.said(
            """
            Le port rouvre

            Plus de 4.000 dockers ont été mobilisés, selon un bilan national de la Fédération des ports communiqué vendredi.

            Selon les chiffres du ministère de la Mer, le trafic a baissé de moitié depuis janvier dernier.
            """)
        #expect(said.count == 2)
        #expect(said.first?.hasSuffix(": Plus de 4.000 dockers ont été mobilisés") == true)
        #expect(!(said.first?.hasPrefix("~") ?? true))
        #expect(said.last == "ministère de la Mer: le trafic a baissé de moitié depuis janvier dernier")
    }

    @Test func oneOfSeveralHoldingARoleAndADelegation() throws {
        let said = try Self.said(
            """
            Le port rouvre

            "Il semble que la grue a cédé sous le poids du conteneur", a indiqué la délégation italienne.

            Il "revendique son innocence depuis le début", a déclaré une de ses avocates, Me Julie Bernard, à l'AFP.
            """)
        #expect(
            said == [
                "~la délégation: Il semble que la grue a cédé sous le poids du conteneur",
                "Julie Bernard: revendique son innocence depuis le début",
            ])
    }

    @Test func deSonCoteBeforeTheSpeaker() throws {
        let said = try Self.said(
            """
            Le port rouvre

            "Les quais sont prêts depuis une semaine", a déclaré Julie Bernard, du syndicat des dockers. "Les grues arriveront en avril", a ajouté de son côté le maire Paul Garnier.
            """)
        #expect(said.last == "Paul Garnier: Les grues arriveront en avril")
    }

    @Test func anAppositionToTheSpeakerAfterTheVerbMayBeLong() throws {
        let said = try Self.said(
            """
            Le port rouvre

            Les nouvelles grues arriveront au port avant la fin du mois d'avril, a déclaré Julie Bernard, du syndicat des dockers, qui représente trois cents salariés du port.
            """)
        #expect(said == ["Julie Bernard: Les nouvelles grues arriveront au port avant la fin du mois d'avril"])
    }
}
