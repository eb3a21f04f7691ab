import DossierExtraction
import Testing

/// Short forms of organisations and places resolved to the name they stand for within one article, and the listed
/// institutions and parties that generic and short names stand for.
@Suite struct EntityResolverTests {
    static func run(_ text: String) throws -> ExtractionReport {
        let article = try ArticlePreparer().prepare(bytes: Array(text.utf8), sourceName: "t.txt")[0]
        return ExtractionReport(article: article, extraction: Extractor().extract(article, articleId: "t"))
    }
    /// The id of the entity that has a mention with this surface, nil when none has.
    static func id(_ r: ExtractionReport, _ surface: String) -> String? {
        r.entities.first { $0.mentions.contains { $0.surface == surface } }?.id
    }
    /// The ids of all entities with a mention of this surface.
    static func ids(_ r: ExtractionReport, _ surface: String) -> Set<String> {
        Set(r.entities.filter { $0.mentions.contains { $0.surface == surface } }.map(\.id))
    }

    @Test func theLastWordsOfAnOrganisationNameAreThatOrganisation() throws {
        let r = try Self.run(
            """
            Budget vote delayed

            The House Budget Committee met in Washington on Monday to discuss the plan. On Tuesday the Budget Committee \
            voted against it by a single vote.
            """)
        #expect(Self.ids(r, "Budget Committee").count == 1)
        #expect(Self.id(r, "Budget Committee") == Self.id(r, "House Budget Committee"))
    }

    @Test func theSingularAndThePluralOfAnOrganisationNameAreOneOrganisation() throws {
        let r = try Self.run(
            """
            Grants for harbour towns

            The Corvane Harbour Foundations announced new grants on Monday. A spokesman for the Corvane Harbour \
            Foundation said the money would go to schools.
            """)
        #expect(Self.id(r, "Corvane Harbour Foundations") == Self.id(r, "Corvane Harbour Foundation"))
    }

    @Test func anAcronymNamedBeforeItsExpansionIsTheExpansion() throws {
        let r = try Self.run(
            """
            Water fines

            The NWRA fined the company on Monday, and the NWRA said more fines would follow. The National Water \
            Regulation Authority was set up in 2012.
            """)
        #expect(Self.id(r, "NWRA") == Self.id(r, "National Water Regulation Authority"))
    }

    @Test func theHeadOfALongerNameIsThatNameUnlessANationalityQualifiesIt() throws {
        let r = try Self.run(
            """
            Oil spill reaches the coast

            Oil from the platform has spread across the Gulf of Mexico since Friday, officials said. Fishing boats \
            were told to leave the Gulf until the leak is closed.
            """)
        #expect(Self.id(r, "Gulf") == Self.id(r, "Gulf of Mexico"))
        let fr = try Self.run(
            """
            Un rapport attendu

            La Commission nationale des fleuves littoraux a rendu son rapport jeudi à Lyon. La Commission demande des \
            moyens nouveaux. Au Parlement européen, plusieurs élus ont salué le texte, que le Parlement examinera en mai.
            """)
        #expect(Self.id(fr, "Commission") == Self.id(fr, "Commission nationale des fleuves littoraux"))
        #expect(Self.id(fr, "Parlement") != Self.id(fr, "Parlement européen"))
    }

    @Test func frenchPartyShortNamesAreTheListedParty() throws {
        let r = try Self.run(
            """
            Municipales à Lyon

            Le maire de Lyon a reçu mardi les élus LR et PS de la ville. "Nous ne rejoindrons pas les Républicains", \
            a déclaré une élue du PS, tandis que les Républicains réclament un nouveau vote.
            """)
        #expect(Self.id(r, "LR") == "org:les-republicains")
        #expect(Self.id(r, "PS") == "org:socialist-party-france")
        #expect(Self.ids(r, "Républicains") == ["org:les-republicains"])
    }

    @Test func aGenericChamberIsTheInstitutionOfTheOneMentionedCountryThatHasIt() throws {
        let r = try Self.run(
            """
            Aid package for Ukraine

            Ukraine asked for more help on Monday. Officials in Ukraine said the United States had promised new aid, \
            and the Senate is expected to vote on the package next week.
            """)
        #expect(Self.id(r, "Senate") == "wd:Q66096")
        let state = try Self.run(
            """
            New bill in Olympia

            A bill passed by the Seattle council was sent on Monday to the Washington state House, which votes in May.
            """)
        #expect(Self.id(state, "House") != "wd:Q11701")
    }

    @Test func aNameInParenthesesThatAlreadyNamesSomeoneIsNotAnotherNameOfThePersonBefore() throws {
        let r = try Self.run(
            """
            The series returns

            The detective Gil Hargrove was the heart of the series for ten years. In the lead role, Daniel Ostrow \
            (Hargrove) left the show in 2009.
            """)
        #expect(!Self.ids(r, "Hargrove").contains("person:daniel-ostrow"))
    }
}
