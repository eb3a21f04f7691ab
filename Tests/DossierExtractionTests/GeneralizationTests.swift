import DossierEvents
import DossierExtraction
import Testing

/// General rules seen failing on unseen news: datelines, weekdays anchored on the article date,
/// names typed by context, prepositional objects as agents, units of measure, anaphoric numbers.
@Suite struct GeneralizationTests {
    static func run(_ text: String, name: String = "t.txt") throws -> ExtractionReport {
        let article = try ArticlePreparer().prepare(bytes: Array(text.utf8), sourceName: name)[0]
        return ExtractionReport(article: article, extraction: Extractor().extract(article, articleId: "t"))
    }
    static func type(_ r: ExtractionReport, _ surface: String) -> String? {
        r.entities.first { $0.mentions.contains { $0.surface == surface } }?.type
    }

    @Test func wireDatelineGivesThePublicationDateAndAnchorsWeekdays() throws {
        let r = try Self.run(
            """
            Leaders meet in the capital

            NAIROBI, 3 March 2023 — The president received regional leaders at State House on Thursday, and the talks will resume on Monday.
            """)
        #expect(r.published == "2023-03-03")
        #expect(
            r.dates.map { "\($0.surface)=\($0.value ?? "nil")" } == [
                "3 March 2023=2023-03-03", "Thursday=2023-03-02", "Monday=2023-03-06",
            ])
        withKnownIssue("extractor 3: the tagger types State House as ORG") {
            #expect(Self.type(r, "State House") == "PLACE")
        }
    }

    @Test func frenchDatelinesWeekdaysAndPeriods() throws {
        let r = try Self.run(
            """
            Le sommet s’ouvre

            DAKAR, 28 mars 2024 (AFP) - Le Conseil constitutionnel a confirmé jeudi le résultat, annoncé dès lundi. L’investiture est prévue mardi. Il doit rejoindre Tokyo vendredi. Cette année, la croissance ralentit ; l’an dernier elle avait atteint 4 %. La réunion de la semaine dernière a échoué.
            """)
        #expect(r.published == "2024-03-28")
        let values = Dictionary(r.dates.map { ($0.surface, $0.value ?? "nil") }, uniquingKeysWith: { a, _ in a })
        #expect(values["jeudi"] == "2024-03-28" && values["lundi"] == "2024-03-25")
        #expect(values["mardi"] == "2024-04-02" && values["vendredi"] == "2024-03-29")
        #expect(
            values["Cette année"] == "2024" && values["l’an dernier"] == "2023"
                && values["la semaine dernière"] == "2024-W12")
        #expect(Self.type(r, "Conseil constitutionnel") == "ORG")
    }

    @Test func hyphenatedGivenNamesDemonymsAndMinistryNouns() throws {
        let r = try Self.run(
            """
            Remaniement attendu

            Le sénateur Jean-Marc Vautrin a interpellé le ministre de l'Intérieur : les Français attendent, a-t-il dit au Sénat.
            """)
        #expect(Self.type(r, "Jean-Marc Vautrin") == "PERSON")
        #expect(
            !r.entities.contains { e in
                e.mentions.contains { ["Français", "Intérieur", "Marc Vautrin"].contains($0.surface) }
            })
        let regime = try Self.run(
            "Réforme\n\nLe président de la Ve République a reçu le Premier ministre de la République tchèque à Paris.")
        #expect(!regime.entities.contains { e in e.mentions.contains { $0.surface.hasSuffix("Ve République") } })
    }

    @Test func institutionBeforeAPersonAndLowercaseInstitutionNames() throws {
        let r = try Self.run(
            """
            Congrès des élus

            Le président du Sénat Gérard Vaillant a reçu mardi les représentants de l'Association des maires de France.
            """)
        #expect(Self.type(r, "Sénat") == "ORG")
        #expect(Self.type(r, "Gérard Vaillant") == "PERSON")
        #expect(Self.type(r, "Association des maires de France") == "ORG")
    }

    @Test func newsroomSurfacesOfListedNames() throws {
        let r = try Self.run(
            """
            Storm season

            The storm reached Tallahassee, Fla., on Monday, The Washington Post reported. The G.O.P. governor asked for help.
            """)
        #expect(Self.type(r, "Fla.") == "PLACE")
        #expect(
            r.entities.first { $0.mentions.contains { $0.surface == "Fla." } }?.id
                == r.entities.first { $0.label == "Florida" }?.id)
        #expect(Self.type(r, "Washington Post") == "ORG")
        #expect(
            !r.entities.contains { e in
                e.mentions.contains { ["G", "O", "P", "The Washington Post"].contains($0.surface) }
            })
        let honorific = try Self.run(
            "Defence plans\n\nMr. Halloway is calling for more ships. Mrs. Brandt wants more soldiers, said Dr. Okafor."
        )
        #expect(["Halloway", "Brandt", "Okafor"].allSatisfy { Self.type(honorific, $0) == "PERSON" })
        let titles = try Self.run("Talks\n\nSecretary of State Ann Beale met Treasury Secretary Tom Hale in Oslo.")
        #expect(!titles.entities.contains { e in e.mentions.contains { ["State", "Treasury"].contains($0.surface) } })
    }

    @Test func weekdayBeforeAFullDateIsOneDate() throws {
        let r = try Self.run(
            "Mis à jour le mercredi 6 novembre 2024 à 18:30\n\nLes gangs ont pris lundi un quartier, selon l’agence.")
        #expect(r.published == "2024-11-06")
        #expect(r.dates.map(\.surface) == ["mercredi 6 novembre 2024", "lundi"])
        #expect(r.quantities.isEmpty)
    }

    @Test func portfolioIsNotAPerson() throws {
        let r = try Self.run(
            "Le ministre français des Affaires étrangères, Catherine Colonna, a rencontré le ministre de l’Économie, Bruno Le Maire, à Paris."
        )
        #expect(
            !r.entities.contains {
                $0.mentions.contains { $0.surface == "Affaires" || $0.surface.hasPrefix("Économie") }
            })
        #expect(Self.type(r, "Catherine Colonna") == "PERSON" && Self.type(r, "Bruno Le Maire") == "PERSON")
    }

    @Test func namesTypedByTheirContext() throws {
        let r = try Self.run(
            """
            Officials said the convoy left Port Sudan for the road to Mae Sot, near El Fasher. Analysts at Standard Chartered and at S&P Global disagreed. The Ghana Cocoa Board, known as Cocobod, met the Rapid Support Forces (RSF). Later the RSF and Cocobod signed. The Green Deal was discussed.
            """)
        #expect(
            Self.type(r, "Port Sudan") == "PLACE" && Self.type(r, "Mae Sot") == "PLACE"
                && Self.type(r, "El Fasher") == "PLACE")
        #expect(Self.type(r, "Standard Chartered") == "ORG" && Self.type(r, "S&P Global") == "ORG")
        #expect(Self.type(r, "Ghana Cocoa Board") == "ORG")
        let cocobod = r.entities.filter {
            $0.mentions.contains { $0.surface == "Cocobod" || $0.surface == "Ghana Cocoa Board" }
        }
        #expect(cocobod.count == 1 && cocobod.first?.mentions.count == 3)
        let rsf = r.entities.filter { $0.mentions.contains { $0.surface == "RSF" } }
        #expect(rsf.count == 1 && rsf.first?.mentions.count == 3)
        #expect(Self.type(r, "Green Deal") == nil)
    }

    @Test func frenchInstitutionNamesContinueInLowerCase() throws {
        let r = try Self.run(
            "La Cour des comptes et l’Organisation internationale pour les migrations (OIM) ont écrit au Conseil de sécurité de l’ONU. Le Front de libération de l’Azawad (FLA) a répondu. Les gangs contrôlent un quartier de Port-au-Prince."
        )
        for name in [
            "Cour des comptes", "Organisation internationale pour les migrations", "Conseil de sécurité de l’ONU",
            "Front de libération de l’Azawad",
        ] {
            #expect(Self.type(r, name) == "ORG", "\(name)")
        }
        withKnownIssue("extractor 3: the acronym in parentheses is not joined to the tagger's mention") {
            #expect(r.entities.first { $0.mentions.contains { $0.surface == "OIM" } }?.mentions.count == 2)
        }
        #expect(Self.type(r, "Port-au-Prince") == "PLACE")
    }

    @Test func agentIsNotAPlaceAfterAPreposition() throws {
        let r = try Self.run(
            "Prime Minister Abiy Ahmed later flew to Addis Ababa, where he appointed Redwan Hussien as adviser.")
        let addis = r.entities.first { $0.label == "Addis Ababa" }?.id
        #expect(addis != nil && !r.facts.contains { $0.subject == addis })
    }

    @Test func factsOnlyInTheActiveVoiceWithTheirSubjectAndObjectNextToTheVerb() throws {
        let r = try Self.run(
            """
            Remaniement

            Le président Paul Delcour a limogé Jean Morvan lundi. Anne Ferrand, nommée à Matignon, a rencontré les syndicats. Tony Carver was shot and killed by police in Tallahassee. Rex Holm will attend a meeting of the Nordic Council. Marco Vitti was accused of pressuring Ukraine. Scott Brenner attacked her for being listed by Harvard University.
            """)
        let facts = r.facts.map { f in
            "\(r.entities.first { $0.id == f.subject }?.label ?? f.subject) \(f.predicate) \(r.entities.first { $0.id == f.object }?.label ?? f.object)"
        }
        #expect(facts == ["Paul Delcour fired Jean Morvan"])
    }

    @Test func speakerNamedBeforeTheVerbIsTheSpeaker() throws {
        let r = try Self.run("“We are ready,” Ruto said. Later William Ruto met Catherine Colonna in Paris.")
        #expect(r.statements.first?.speaker == r.entities.first { $0.label == "William Ruto" }?.id)
    }

    @Test func unitsOfMeasureAndAnaphoricNumbers() throws {
        let r = try Self.run(
            "The river carried 1,200 cubic metres per second. Our two peoples are friends, and the two leaders agreed. Farmers lost two poor harvests and 30 military trucks. Les deux hommes ont parlé à 07h45 de nos deux peuples."
        )
        #expect(
            r.quantities.map { "\($0.surface)|\($0.value)|\($0.unit)" } == [
                "1,200 cubic metres per second|1200|cubic metre per second", "two poor harvests|2|harvest",
                "30 military trucks|30|truck",
            ])
    }

    @Test func frenchCourtsSchoolsDivisionsAndNamedSites() throws {
        let r = try Self.run(
            """
            Décision attendue

            Le tribunal de grande instance des Hauts-de-Seine a tranché lundi. Un élève scolarisé au lycée Georges Brassens a témoigné devant la cour d'assises d'Evry. La région Île-de-France et le département du Lot financent un séjour sur la plage de Copacabana, près de la forêt de Sénart. Le département d'Etat a réagi.
            """)
        #expect(Self.type(r, "tribunal de grande instance des Hauts-de-Seine") == "ORG")
        #expect(Self.type(r, "cour d'assises d'Evry") == "ORG")
        #expect(Self.type(r, "lycée Georges Brassens") == "ORG")
        #expect(Self.type(r, "Île-de-France") == "PLACE")
        #expect(Self.type(r, "Lot") == "PLACE")
        #expect(Self.type(r, "plage de Copacabana") == "PLACE")
        #expect(Self.type(r, "forêt de Sénart") == "PLACE")
        let surfaces = Set(r.entities.flatMap { $0.mentions.map(\.surface) })
        #expect(surfaces.isDisjoint(with: ["Georges Brassens", "région Île-de-France", "département du Lot", "Evry"]))
        #expect(!surfaces.contains("Etat"))
    }

    @Test func ministryWithANationality() throws {
        let r = try Self.run(
            """
            Saison annulée

            "Nous perdons beaucoup", a déclaré Anna Karlsson, du ministère népalais du Tourisme.
            """)
        #expect(Self.type(r, "ministère népalais du Tourisme") == "ORG")
    }

    @Test func statesInPartyTagsAndCapitolHill() throws {
        let r = try Self.run(
            "Chris Murphy (D-Conn.) said on MSNBC that the bill was dead. Rep. Mo Brooks (R-AL) disagreed, and Jerrold Nadler (D-N.Y.) objected on Capitol Hill on Tuesday."
        )
        #expect(Self.type(r, "Conn.") == "PLACE")
        #expect(Self.type(r, "AL") == "PLACE")
        #expect(Self.type(r, "N.Y.") == "PLACE")
        #expect(Self.type(r, "Capitol Hill") == "PLACE")
        #expect(r.entities.first { $0.mentions.contains { $0.surface == "Conn." } }?.label == "Connecticut")
        #expect(r.entities.first { $0.mentions.contains { $0.surface == "N.Y." } }?.label == "New York (state)")
    }

    @Test func aSurnameBeforeAVerbOfSayingIsThePerson() throws {
        let r = try Self.run(
            """
            Concert news

            Singer Tom West announced a tour on Saturday. "We will play every town," West, 43, wrote on Twitter.
            """)
        #expect(r.entities.first { $0.label == "Tom West" }?.mentions.count == 2)
        #expect(Self.type(r, "West") == "PERSON")
        #expect(r.statements.first?.speaker == r.entities.first { $0.label == "Tom West" }?.id)
    }

    @Test func aPlaceInParenthesesIsWhereTheNameLiesNotAnotherName() throws {
        let r = try Self.run(
            """
            Rentrée politique

            Le maire est l'invité de la rentrée au Port-Marly (Yvelines), puis à Nanterre (Hauts-de-Seine) samedi.
            """)
        let ids = Set(r.entities.filter { $0.type == "PLACE" }.map(\.id))
        #expect(ids.count == 4)
        #expect(Self.type(r, "Yvelines") == "PLACE")
    }

    @Test func hyphenatedPlaceNamesKeepTheirLinkingWords() throws {
        let r = try Self.run(
            """
            Crue de la rivière

            Les pompiers des Hauts-de-Seine et de Villeneuve-d'Ascq ont rejoint les équipes de Saint-Germain-en-Laye mardi.
            """)
        let surfaces = r.entities.flatMap { $0.mentions.map(\.surface) }
        #expect(surfaces.contains("Hauts-de-Seine") && surfaces.contains("Saint-Germain-en-Laye"))
        #expect(surfaces.contains("Villeneuve-d'Ascq"))
        #expect(!surfaces.contains("Seine") && !surfaces.contains("Laye") && !surfaces.contains("Ascq"))
    }

    @Test func anOccupationOrKinNounMakesAPerson() throws {
        let r = try Self.run(
            """
            Concert de soutien

            La chanteuse Dua Lipa a ouvert la soirée devant Victor Orange, l'attaquant du club. The singer Jordan Sterling spoke to his wife Victoria.
            """)
        #expect(Self.type(r, "Dua Lipa") == "PERSON")
        #expect(Self.type(r, "Victor Orange") == "PERSON")
        #expect(Self.type(r, "Victoria") == "PERSON")
    }

    @Test func aNameEndingInTodayIsNotADateAndAScheduledEventIsItsNearestDate() throws {
        let r = try Self.run(
            """
            Campaign opens

            WASHINGTON, July 4, 2020 — The candidate told USA TODAY that 122 days remain before the Nov. 3 election. He spoke to reporters today.
            """)
        let values = r.dates.map { "\($0.surface)=\($0.value ?? "nil")" }
        #expect(values.contains("Nov. 3=2020-11-03"))
        #expect(values.filter { $0.hasPrefix("today=") || $0.hasPrefix("TODAY=") } == ["today=2020-07-04"])
    }

    @Test func anElectionIsNotQualifiedByAHistoricalState() throws {
        let r = try Self.run(
            """
            Campagne

            La candidate de la présidentielle en 2017 a comparé la période nazie à la situation actuelle, selon Ophélie Brand.
            """)
        #expect(!r.entities.contains { $0.label.contains("Nazi") && $0.type == "EVENT" })
    }

    @Test func abbreviatedSaintsAndMastheadsOpenAndCloseOneName() throws {
        let r = try Self.run(
            """
            Hockey and campus news

            The St. Louis Blues won on Tuesday, and students at St. Olaf College watched. The Kenosha Examiner reported the score, as did a Vermont Democrat on Twitter.
            """)
        #expect(Self.type(r, "St. Louis Blues") == "ORG")
        #expect(Self.type(r, "St. Olaf College") == "ORG")
        #expect(Self.type(r, "Kenosha Examiner") == "ORG")
        #expect(Self.type(r, "Vermont") == "PLACE")
        let surfaces = r.entities.flatMap { $0.mentions.map(\.surface) }
        #expect(!surfaces.contains("St") && !surfaces.contains("Olaf") && !surfaces.contains("College"))
    }

    @Test func aCaptionWithAPhotoCreditIsFurniture() throws {
        let r = try Self.run(
            """
            Senate race tightens

            The candidate flew to Kansas City on Monday to meet donors and answer questions from voters.

            The donors were pleased, according to public records. | Dana Morrow/AP Photo Elections Air wars: the rivals trade blows over private flights.

            The race remains close, and both campaigns expect a long autumn of advertising.
            """)
        #expect(r.boilerplate.contains { $0.contains("Dana Morrow/AP Photo") })
        #expect(Self.type(r, "Dana Morrow") == nil)
    }

    @Test func aGivenNameAloneIsTheOnePersonOfTheArticleWhoBearsIt() throws {
        let one = try Self.run(
            """
            Festival opens

            The singer Tamsin Orley opened the festival on Friday. Later that night, Tamsin thanked the crew and the city.
            """)
        let people = one.entities.filter { $0.type == "PERSON" }
        #expect(people.count == 1 && people.first?.mentions.count == 2)
        let two = try Self.run(
            """
            Festival opens

            The singers Tamsin Orley and Tamsin Vale opened the festival on Friday. Later that night, Tamsin thanked the crew.
            """)
        #expect(!two.entities.contains { $0.label == "Tamsin Orley" && $0.mentions.count > 1 })
        #expect(!two.entities.contains { $0.label == "Tamsin Vale" && $0.mentions.count > 1 })
    }

    @Test func givenNamesOfTheOpenListsMakePeopleTheTaggerCutShort() throws {
        let r = try Self.run(
            """
            Council vote delayed again

            The council met on Tuesday in the harbour town. Wade Pellington criticised the delay in a long post. Harbourside’s Cole Treviston also blamed the mayor for the confusion. The clerk Melinda Orsay said the minutes would be published. Residents of San Quentin Valley Road were not consulted.

            Tiffany Meeting

            The works start in June.
            """)
        #expect(Self.type(r, "Wade Pellington") == "PERSON")
        #expect(Self.type(r, "Cole Treviston") == "PERSON")
        #expect(Self.type(r, "Melinda Orsay") == "PERSON")
        #expect(Self.type(r, "Treviston") == nil)
        // A given name inside a place's name, and a title-case subheading, are not people.
        #expect(Self.type(r, "San Quentin Valley Road") == "PLACE")
        #expect(Self.type(r, "Tiffany Meeting") == nil)
    }

    @Test func anOrganisationKeepsTheCapitalizedAdjectiveTheTaggerLeftOut() throws {
        let r = try Self.run(
            """
            Talks stall

            The money came from Open Society Foundations and from smaller donors. Researchers at the Global Virus Network disagreed. Senior White House aides declined to comment.
            """)
        #expect(Self.type(r, "Open Society Foundations") == "ORG")
        #expect(Self.type(r, "Global Virus Network") == "ORG")
        #expect(Self.type(r, "Virus Network") == nil)
        // A rank before a listed institution qualifies its people, it is not part of its name.
        #expect(Self.type(r, "White House") == "ORG")
        #expect(Self.type(r, "Senior White House") == nil)
    }

    @Test func personNamesGoOnPastDParticles() throws {
        let r = try Self.run(
            """
            Un appel des artistes

            Il cite Pierre Grand d'Esnac parmi les soutiens. Selon Jérôme Petit d'Orval, conseiller du ministre, rien n'est décidé. Le pays a signé avec la Côte d'Ivoire.
            """)
        #expect(Self.type(r, "Pierre Grand d'Esnac") == "PERSON")
        #expect(Self.type(r, "Jérôme Petit d'Orval") == "PERSON")
        #expect(Self.type(r, "Esnac") == nil && Self.type(r, "Orval") == nil)
        #expect(Self.type(r, "Côte d'Ivoire") == "PLACE")
    }

    @Test func frenchPresidentialElectionsNamedWithAndWithoutTheirYear() throws {
        let r = try Self.run(
            """
            Présidentielle 2027 : les candidats se comptent

            La liste des candidats à l'élection présidentielle s'allonge. Le maire a dit qu'il se préparait à la présidentielle. Sa campagne présidentielle reste discrète. L'ancienne finaliste de la présidentielle en 2022 ne dit rien.
            """)
        let events = r.entities.filter { $0.type == "EVENT" }
        let byId = Dictionary(grouping: events.flatMap { e in e.mentions.map { (e.id, $0.surface) } }, by: \.0)
            .mapValues { $0.map(\.1) }
        #expect(
            byId["event:election-2027"]?.sorted() == [
                "Présidentielle 2027", "présidentielle", "élection présidentielle",
            ])
        #expect(byId["event:election-2022"] == ["présidentielle"])
        #expect(!events.contains { $0.mentions.contains { $0.surface.contains("campagne") } })
    }

    @Test func titleCaseHeadlinesKeepOnlyNamesTheTextConfirms() throws {
        let r = try Self.run(
            """
            Harbor Authority Plans To Close Four Ferry Piers As Repairs Stall

            By Dana Whitlock and Omar Feld, Coastal Wire

            The Harbor Authority voted on Tuesday to shut the piers in Port Alden. Dana Whitlock reported from the meeting.
            """)
        #expect(Self.type(r, "Harbor Authority") == "ORG")
        #expect(Self.type(r, "Ferry Piers") == nil && Self.type(r, "Authority Plans") == nil)
        #expect(!r.entities.contains { $0.mentions.contains { $0.surface.contains("Repairs") } })
        #expect(Self.type(r, "Omar Feld") == "PERSON")
    }

    @Test func contractionsAreNotNames() throws {
        let r = try Self.run(
            """
            Bakers Fear Rent Rise

            "Don't judge the street by one closed shop," said Mara Lindqvist, who runs a bakery on Elm Road. \
            "Don't expect the council to help either. Won't happen," she added.
            """)
        #expect(Self.type(r, "Mara Lindqvist") == "PERSON")
        #expect(!r.entities.contains { $0.mentions.contains { ["Don", "Won"].contains($0.surface) } })
    }

    @Test func aTownWhoseNameStartsWithAnArticleIsNotATitle() throws {
        let r = try Self.run("Le congrès du syndicat se tiendra à La Rochelle en juin, puis à Le Havre en octobre.")
        #expect(Self.type(r, "La Rochelle") == "PLACE")
        #expect(Self.type(r, "Le Havre") != "ORG")
        let title = try Self.run("La chroniqueuse a présenté son livre à Les Grandes Voix mardi soir.")
        #expect(Self.type(title, "Les Grandes Voix") == "ORG")
    }
}
