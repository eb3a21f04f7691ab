import DossierEvents
import Testing

@testable import DossierExtraction

/// The generated block of news media and brands (`GazetteerData.knownOrganisations`): the rules find and type its
/// names, the tagger never sees them, and names that are also words need a capital that means something.
@Suite struct KnownOrganisationsTests {
    static func type(_ text: String, _ surface: String) throws -> String? {
        let r = try GeneralizationTests.run(text)
        return r.entities.first { $0.mentions.contains { $0.surface == surface } }?.type
    }

    @Test func everyGeneratedEntryIsUnseenByTheTagger() {
        let block = Gazetteer(sources: [GazetteerData.knownOrganisations])
        #expect(block.rejectedLines.isEmpty)
        #expect(block.entries.count > 1000)
        #expect(block.entries.allSatisfy { $0.extras["tagger"] == "unseen" && $0.type == .org })
    }

    @Test func theTaggerFeaturesIgnoreTheGeneratedBlock() {
        let handWritten = Gazetteer(sources: GazetteerData.all.dropLast())
        for text in [
            "Interrogé par franceinfo, le gérant du Lidl de Nîmes a répondu à Midi Libre et à RMC.",
            "Shoppers at Walmart and Burger King told C8 and Eurasianet about Intermarché prices.",
            "Le PS, LR et La République en marche ont voté ; Ukip et les Liberal Democrats aussi.",
        ] {
            let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
            let withBlock = TaggerFeatures(tokens: tokens, gazetteer: Gazetteer.shared)
            let without = TaggerFeatures(tokens: tokens, gazetteer: handWritten)
            #expect(withBlock.gazetteerTags == without.gazetteerTags)
        }
    }

    @Test(arguments: [
        ("Le gérant a répondu aux questions de franceinfo mardi soir à Nîmes.", "franceinfo"),
        ("Selon Midi Libre, le conseil municipal a voté la dépense jeudi.", "Midi Libre"),
        ("Le chroniqueur a quitté C8 après dix ans d'antenne.", "C8"),
        ("Les salariés de Lidl ont manifesté jeudi devant le magasin de Rodez, a indiqué la préfecture.", "Lidl"),
        ("The chain said Burger King would close forty restaurants in Ohio.", "Burger King"),
    ])
    func knownNamesAreOrganisations(_ text: String, _ surface: String) throws {
        #expect(try Self.type(text, surface) == "ORG")
    }

    @Test func aRepeatedIdWithTheUnseenMarkGivesTheEarlierEntryMoreNames() throws {
        let g = Gazetteer(sources: [
            "X:parti-ocre|ORG|Parti ocre|Parti ocre||kind=political party",
            "X:parti-ocre|ORG|Ochre Party|PO; Ochre Party||tagger=unseen",
            "X:parti-ocre|ORG|Ignored|Parti jaune||",
        ])
        #expect(g.entries.count == 1)
        let tokens = Tokenizer.tokenize(Array("Le PO et le Parti ocre, pas le Parti jaune.".unicodeScalars))
        let po = try #require(g.longestMatch(tokens, at: 1))
        #expect(g.entries[po.entry].wikidata == "X:parti-ocre")
        #expect(g.longestMatch(tokens, at: 1, asTaggerFeature: true) == nil)
        #expect(g.longestMatch(tokens, at: 4, asTaggerFeature: true) != nil)
        #expect(g.longestMatch(tokens, at: 10) == nil)
    }

    @Test func partiesAreFoundByTheirNamesAndAcronymsAsOneEntity() throws {
        let fr = try GeneralizationTests.run(
            "La République en marche et Les Républicains ont voté le texte. LR a ensuite dénoncé un accord de façade.")
        let lr = fr.entities.filter { e in e.mentions.contains { ["LR", "Les Républicains"].contains($0.surface) } }
        #expect(lr.count == 1 && lr.first?.type == "ORG")
        #expect(fr.entities.contains { e in e.type == "ORG" && e.label == "La République En Marche" })
        let en = try GeneralizationTests.run(
            "The Liberal Democrats and Ukip voted against the bill on Tuesday, while the CDC said nothing.")
        #expect(
            en.entities.contains { e in e.type == "ORG" && e.mentions.contains { $0.surface == "Liberal Democrats" } })
        #expect(en.entities.contains { e in e.type == "ORG" && e.mentions.contains { $0.surface == "Ukip" } })
        #expect(!en.entities.contains { $0.label.contains("Catalonia") })
    }

    @Test func anAgencyRunIntoItsSourceIsTwoMentions() throws {
        let r = try GeneralizationTests.run(
            "« Les cordées partiront en avril », a déclaré à l'AFP Mira Okonkwo, guide de haute montagne à Lukla.")
        #expect(r.entities.contains { e in e.type == "ORG" && e.mentions.contains { $0.surface == "AFP" } })
        #expect(r.entities.contains { e in e.type == "PERSON" && e.mentions.contains { $0.surface == "Mira Okonkwo" } })
    }

    @Test func aSurnameOfTheArticleIsNotABrand() throws {
        let r = try GeneralizationTests.run(
            "The reporter Daniel Costa asked about the plan. The president told Costa he would decide in June.")
        #expect(!r.entities.contains { e in e.type == "ORG" && e.mentions.contains { $0.surface == "Costa" } })
    }

    @Test func aNameThatIsAlsoAWordNeedsAMeaningfulCapital() throws {
        let mid = try GeneralizationTests.run("Le reportage a été publié par Challenges la semaine dernière.")
        #expect(mid.entities.contains { e in e.type == "ORG" && e.mentions.contains { $0.surface == "Challenges" } })
        let start = try GeneralizationTests.run("Challenges ahead for the mayor, who met voters on Sunday.")
        #expect(!start.entities.contains { e in e.mentions.contains { $0.surface == "Challenges" } })
    }
}

/// Sports competitions are events, whatever organisation runs them or place they are named after.
@Suite struct CompetitionTests {
    @Test(arguments: [
        (
            "Le club lyonnais a remporté la Ligue des champions en 1993 avant de chuter en Ligue Europa.",
            "Ligue des champions"
        ),
        ("Le club lyonnais a remporté la Ligue des champions en 1993 avant de chuter en Ligue Europa.", "Ligue Europa"),
        ("A deux semaines du Mondial, le sélectionneur a donné sa liste.", "Mondial"),
        ("Les coureurs ont quitté le Tour de France mardi après une chute.", "Tour de France"),
        ("Il préparait depuis 2019 les Jeux olympiques de Paris-2024 au ministère.", "Jeux olympiques de Paris-2024"),
        ("Tickets for the Super Bowl sold out within an hour in Miami.", "Super Bowl"),
    ])
    func competitionsAreEvents(_ text: String, _ surface: String) throws {
        #expect(try KnownOrganisationsTests.type(text, surface) == "EVENT")
    }
}

/// French public bodies that the tagger misses or types as people, as the hand gazetteer lists them.
@Suite struct FrenchPublicBodyTests {
    @Test func publicBodiesAreOrganisationsWithOneId() throws {
        let r = try GeneralizationTests.run(
            """
            Selon Santé publique France, le nombre de cas a doublé. L'Assurance maladie rembourse les tests, et la \
            sécurité civile a envoyé deux avions. Le service départemental d'incendie et de secours a mobilisé \
            quarante pompiers ; le SDIS a ensuite levé l'alerte. Le Conseil économique, social et environnemental \
            (CESE) rendra un avis, comme l'association UFC-Que Choisir.
            """)
        for surface in [
            "Santé publique France", "Assurance maladie", "sécurité civile", "SDIS", "CESE", "UFC-Que Choisir",
        ] {
            #expect(GeneralizationTests.type(r, surface) == "ORG", "\(surface)")
        }
        let sdis = r.entities.filter { e in
            e.mentions.contains { ["SDIS", "service départemental d'incendie et de secours"].contains($0.surface) }
        }
        #expect(sdis.count == 1)
        #expect(!r.entities.contains { $0.type == "PERSON" })
    }
}
