import DossierEvents
import DossierExtraction
import Foundation
import Testing

/// Amounts and numbers as newsrooms write them, in sentences written for these tests.
@Suite struct QuantityTests {
    /// "value unit «surface»" for every quantity found in `text`.
    func quantities(_ text: String, language: String = "fr", published: String? = "2024-03-15") -> [String] {
        let article = PreparedArticle(body: text, language: language, published: published)
        let report = ExtractionReport(article: article, extraction: Extractor().extract(article, articleId: "t"))
        return report.quantities.map { "\($0.value) \($0.unit) «\($0.surface)»" }
    }

    /// "value unit" pairs only.
    func values(_ text: String, language: String = "fr") -> [String] {
        let article = PreparedArticle(body: text, language: language, published: "2024-03-15")
        return Extractor().extract(article, articleId: "t").quantities.map { "\($0.value) \($0.unit)" }
    }

    @Test func moneyWithSignsAndAbbreviatedScales() {
        #expect(
            quantities("The studio was sold for $1.13bn to a rival group.", language: "en") == [
                "1130000000 USD «$1.13bn»"
            ])
        #expect(
            quantities("The club spent £600m on new players this summer.", language: "en") == ["600000000 GBP «£600m»"])
        #expect(
            quantities("Le groupe a levé €2.5 milliards auprès des banques.") == ["2500000000 EUR «€2.5 milliards»"])
        #expect(values("A loan of US$5 million was signed.", language: "en") == ["5000000 USD"])
        #expect(values("Le forfait est passé à 35 € par mois.") == ["35 EUR"])
        #expect(values("Une rallonge de 2 Mds € a été votée.") == ["2000000000 EUR"])
    }

    @Test func moneyInWords() {
        #expect(
            quantities("L'usine a coûté 1,8 milliard de dollars à construire.") == [
                "1800000000 USD «1,8 milliard de dollars»"
            ])
        #expect(values("Le chantier a coûté 4,5 milliards de livres sterling.") == ["4500000000 GBP"])
        #expect(
            values("The plan would cost half a trillion dollars over a decade.", language: "en") == ["500000000000 USD"]
        )
        #expect(values("Le club a touché un million et demi d'euros.") == ["1500000 EUR"])
        #expect(values("Il réclame 2 millions de francs suisses à la fédération.") == ["2000000 CHF"])
    }

    @Test func swissFrancs() {
        #expect(quantities("Le billet coûte CHF 35 pour les adultes.") == ["35 CHF «CHF 35»"])
        #expect(quantities("L'entrée est à 35 fr. pour les adultes.") == ["35 CHF «35 fr.»"])
        #expect(values("Le repas revient à Fr. 18 par personne.") == ["18 CHF"])
    }

    @Test func exactDecimalsAndSubUnits() {
        #expect(
            quantities("The euro rose to 1.2871 dollars on Friday.", language: "en") == ["1.2871 USD «1.2871 dollars»"])
        #expect(
            quantities("Shares in the lender closed at 274.5 pence.", language: "en") == ["2.745 GBP «274.5 pence»"])
        #expect(values("A stamp now costs 85 cents.", language: "en") == ["0.85 USD"])
    }

    @Test func digitGroupsWithSpacesAndApostrophes() {
        for space in [" ", "\u{A0}", "\u{202F}"] {
            #expect(
                values("Près de 300\(space)000 manifestants ont défilé.") == ["300000 protester"],
                "separator U+\(String(space.unicodeScalars.first!.value, radix: 16))")
        }
        #expect(quantities("La centrale a reçu 320'000 appels cette année.") == ["320000 call «320'000 appels»"])
        #expect(quantities("Le festival a attiré 40’000 spectateurs.") == ["40000 spectator «40’000 spectateurs»"])
        #expect(values("La région compte 2,8 millions d'habitants.") == ["2800000 inhabitant"])
        #expect(values("Some 9,600 troops remain.", language: "en") == ["9600 soldier"])
    }

    @Test func percentages() {
        #expect(values("Le chômage a reculé de 3,8 % en un an.") == ["3.8 percent"])
        #expect(values("Unemployment fell to 4.2 per cent in May.", language: "en") == ["4.2 percent"])
        #expect(values("Prices rose 12 percent last year.", language: "en") == ["12 percent"])
        #expect(values("Le taux a gagné 2 points de pourcentage.") == ["2 percentage point"])
    }

    @Test func rangesGiveBothBounds() {
        #expect(
            quantities("Les loyers devraient grimper de 10 à 15 % cette année.") == [
                "10 percent «10»", "15 percent «15 %»",
            ])
        #expect(values("Le projet coûterait entre 2 et 3 millions d'euros.") == ["2000000 EUR", "3000000 EUR"])
        #expect(values("Turnout was 60-65% in the north.", language: "en") == ["60 percent", "65 percent"])
    }

    @Test func ages() {
        #expect(quantities("Marc, 42 ans, tient la boulangerie du village.") == ["42 year of age «42 ans»"])
        #expect(values("Âgé de 45 ans, le suspect a été interpellé.") == ["45 year of age"])
        #expect(values("Un garçon de cinq ans a été retrouvé sain et sauf.") == ["5 year of age"])
        #expect(values("Elle avait 19 ans lors des faits.") == ["19 year of age"])
        #expect(
            values("La mesure vise les moins de 25 ans et les femmes de plus de 60 ans.") == [
                "25 year of age", "60 year of age",
            ])
        #expect(quantities("A 22-year-old student was arrested.", language: "en") == ["22 year of age «22-year-old»"])
        #expect(values("The driver, aged 67, was unhurt.", language: "en") == ["67 year of age"])
        #expect(values("Jane Doe, 38, said she was leaving.", language: "en") == ["38 year of age"])
    }

    @Test func durationsYearsAndDatesAreNotQuantities() {
        #expect(values("Il travaille ici depuis 30 ans.").isEmpty)
        #expect(values("Il a été condamné à 10 ans de prison.").isEmpty)
        #expect(values("Il y a 20 ans, la ville était déserte.").isEmpty)
        #expect(values("En 2019, la mairie a fermé le 12 mai 2020.").isEmpty)
        #expect(values("He served 12 years in the Senate.", language: "en").isEmpty)
        #expect(values("Cela met fin à une présence militaire de 20 ans.").isEmpty)
        #expect(values("Depuis au moins 5 à 7 ans, rien ne bouge.").isEmpty)
        #expect(values("La fin d'une guerre de près de 20 ans et d'un conflit de plus de 10 ans.").isEmpty)
    }

    @Test func numberWords() {
        #expect(values("Deux cent lits ont été installés.") == ["200 bed"])
        #expect(values("Un millier de personnes se sont rassemblées.") == ["1000 person"])
        #expect(values("Le pays compte un demi-million de cas.") == ["500000 case"])
        #expect(values("Vingt-cinq soldats ont été blessés.") == ["25 soldier"])
        #expect(values("Quatre-vingt-dix familles ont été relogées.") == ["90 family"])
        #expect(
            values("Twenty-five soldiers and two hundred civilians left.", language: "en") == [
                "25 soldier", "200 civilian",
            ])
    }

    @Test func theCountedNounAfterModifiers() {
        #expect(
            values("Officials visited nine border patrol stations and 400 local governments.", language: "en") == [
                "9 station", "400 government",
            ])
        #expect(values("Two masked Trump supporters waited outside.", language: "en") == ["2 supporter"])
        #expect(values("A 28-nation alliance met on a 10-day trip.", language: "en") == ["28 nation"])
        #expect(values("Les 27 Etats membres ont voté.") == ["27 state"])
        #expect(values("Il a fait 3 petits degrés à l'aube.") == ["3 degree"])
        #expect(values("Some 30 businesses and 12 churches closed.", language: "en") == ["30 business", "12 church"])
        #expect(values("Le score final était de 30\n\ndes membres sont partis.").allSatisfy { !$0.hasSuffix("member") })
    }

    @Test func numbersInNamesAndRanksAreNotAmounts() {
        #expect(values("Marc, 42 ans, l'a dit sur Europe 1 puis chez Seven Summit Treks.") == ["42 year of age"])
        #expect(values("Le suspect numéro 1 reste introuvable.").isEmpty)
    }

    @Test func measuresKeepTheirUnit() {
        #expect(values("Il a fait 41,5°C à Lille.") == ["41.5 degree Celsius"])
        #expect(values("La piste mesure 600m de long.") == ["600 metre"])
    }

    @Test func absurdNumbersNeitherCrashNorOverflow() {
        let long = String(repeating: "9", count: 500)
        let canonical = /^[0-9]+(\.[0-9]*[1-9])?$/
        for text in [
            "Il y avait \(long) personnes.", "Le montant atteint 1e999 dollars.", "Il a payé $\(long)bn.",
            "Soit \(long),\(long) % de hausse.", String(repeating: "1 000 ", count: 5_000) + "soldats",
            String(repeating: "12'", count: 5_000) + "345 appels", String(repeating: "cent ", count: 200) + "soldats",
            String(repeating: "1'000", count: 2_000) + " euros",
        ] {
            let start = Date()
            let got = Extractor().extract(PreparedArticle(body: text, language: "fr", published: nil), articleId: "t")
                .quantities
            #expect(Date().timeIntervalSince(start) < 10)
            for q in got {
                #expect(q.value.wholeMatch(of: canonical) != nil)
                #expect(q.value.split(separator: ".").first!.count <= 21)
                #expect(!q.value.contains("inf") && !q.value.contains("nan"))
            }
        }
    }
}
