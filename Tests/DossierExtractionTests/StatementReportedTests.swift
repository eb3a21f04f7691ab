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
}
