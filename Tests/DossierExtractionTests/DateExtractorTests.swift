import DossierExtraction
import Testing

/// Dates as newsrooms write them, anchored on a publication date given as a feed gives it.
@Suite struct DateExtractorTests {
    /// "surface=value" for every date of `text` published on `published`.
    static func dates(_ text: String, published: String) throws -> [String] {
        var article = try ArticlePreparer().prepare(bytes: Array(("Headline\n\n" + text).utf8), sourceName: "t.txt")[0]
        article.published = published
        let r = ExtractionReport(article: article, extraction: Extractor().extract(article, articleId: "t"))
        return r.dates.map { "\($0.surface)=\($0.value ?? "nil")" }
    }

    @Test func weeksAreISOWeeksAndDecadesAreISODecades() throws {
        #expect(
            try Self.dates("The board met last week to review the 1980s contracts.", published: "2021-03-03")
                == ["last week=2021-W08", "1980s=198"])
        #expect(
            try Self.dates("Le projet date des années 1990 et sera voté la semaine prochaine.", published: "2021-12-29")
                == ["années 1990=199", "la semaine prochaine=2022-W01"])
    }

    @Test func aHedgedSpanAgoIsNotADay() throws {
        #expect(
            try Self.dates(
                "The pier opened two weeks ago. Repairs began more than a year ago and nearly 30 years ago a storm hit.",
                published: "2021-03-03") == ["two weeks ago=2021-02-17"])
    }

    @Test func nowadaysIsNotADay() throws {
        #expect(
            try Self.dates(
                "Elle est aujourd'hui épanouie. La médiane se situe aujourd'hui à 850 patients. Les geeks, aujourd'hui considérés comme cools, dominent. J'annonce aujourd'hui le report.",
                published: "2020-01-09") == ["aujourd'hui=2020-01-09"])
    }

    @Test func yesterdaysNewsIsNotADay() throws {
        #expect(
            try Self.dates(
                "That’s yesterday’s news for the band, who played tomorrow's hits yesterday.", published: "2021-03-03")
                == ["yesterday=2021-03-02"])
    }

    @Test func aYearInAHeadlineNameIsNotADate() throws {
        #expect(
            try Self.dates(
                "Rio 2016 : une balle perdue\n\nEn 2016, une balle a traversé la tente.", published: "2016-08-10")
                == ["2016=2016"])
        #expect(
            try Self.dates("Présidentielle 2022 : la droite hésite", published: "2020-10-10") == ["2022=2022"])
    }

    @Test func thePresentTimeIsNotADay() throws {
        #expect(
            try Self.dates("Today's farmers face new rules, the minister said today.", published: "2021-03-03")
                == ["today=2021-03-03"])
        #expect(
            try Self.dates(
                "La ville d'aujourd'hui n'a plus d'usine, a déclaré aujourd'hui le maire.", published: "2021-03-03")
                == ["aujourd'hui=2021-03-03"])
    }

    @Test func abbreviatedMonthsWithAPeriod() throws {
        #expect(
            try Self.dates("The vote will take place on Oct. 12 as planned.", published: "2019-08-01") == [
                "Oct. 12=2019-10-12"
            ])
        #expect(
            try Self.dates("The first vote took place on Sept. 4, 2018.", published: "2019-08-01") == [
                "Sept. 4, 2018=2018-09-04"
            ])
        // French "sept" is seven.
        #expect(
            try Self.dates("Il a attendu sept ans avant de revenir en 2011.", published: "2019-08-01") == ["2011=2011"])
    }

    @Test func weekdayPicksTheYearOfADateWithoutOne() throws {
        // 10 January 2020 is a Friday, 10 January 2019 a Thursday.
        #expect(
            try Self.dates("Le rapport, rédigé et signé, sera publié vendredi 10 janvier.", published: "2020-01-09")
                == ["vendredi 10 janvier=2020-01-10"])
    }

    @Test func aMonthWithoutTenseCueFarAheadIsLastYears() throws {
        #expect(
            try Self.dates("In May, before the audit, Lee raised the alarm.", published: "2020-02-19") == [
                "May=2019-05"
            ])
        #expect(try Self.dates("The hearing is set for March 3.", published: "2020-02-19") == ["March 3=2020-03-03"])
        // "à" is not "a" (has): "à fin juillet" is ahead.
        #expect(
            try Self.dates("La ville s'attend à 100 000 cas à fin juillet.", published: "2020-06-27") == [
                "fin juillet=2020-07"
            ])
    }

    @Test func monthsInAListShareTheirYear() throws {
        #expect(
            try Self.dates("Pas de concerts jusqu'à septembre, octobre, novembre ou décembre.", published: "2020-05-06")
                == ["septembre=2020-09", "octobre=2020-10", "novembre=2020-11", "décembre=2020-12"])
    }

    @Test func weekendsSeasonsAndPartsOfTheDay() throws {
        // 2018-10-11 is a Thursday: the coming weekend; 2017-02-06 a Monday: the one just gone.
        #expect(
            try Self.dates("Le résultat sera connu ce week-end.", published: "2018-10-11") == ["ce week-end=2018-10-13"]
        )
        #expect(
            try Self.dates("Les manifestants étaient nombreux ce week-end.", published: "2017-02-06") == [
                "ce week-end=2017-02-04"
            ])
        #expect(
            try Self.dates(
                "Le chantier reprendra l'automne prochain, après l'automne dernier perdu.", published: "2018-01-20")
                == ["l'automne prochain=2018", "l'automne dernier=2017"])
        #expect(
            try Self.dates("Il parlera ce soir et jeudi après-midi.", published: "2016-09-14")
                == ["ce soir=2016-09-14", "jeudi après-midi=2016-09-15"])
        // Without a determiner the season is generic.
        #expect(try Self.dates("En été, les prix montent.", published: "2016-09-14").isEmpty)
    }

    @Test func relativeToAnEarlierDate() throws {
        #expect(
            try Self.dates(
                "She will fly to Oslo on March 31 after a stop in Riga the day before.", published: "2017-03-24")
                == ["March 31=2017-03-31", "the day before=2017-03-30"])
        #expect(
            try Self.dates(
                "Les fouilles ont repris en 2005, deux ans plus tôt elles avaient cessé.", published: "2020-01-01")
                == ["2005=2005", "deux ans plus tôt=2003"])
        // Nothing before to count from: left out rather than guessed.
        #expect(try Self.dates("They met the next day.", published: "2017-03-24").isEmpty)
    }

    @Test func yearsInsideNamesAreNotDates() throws {
        #expect(
            try Self.dates("Tickets for Paris-2024 and the Euro 2016 final sold out in 2015.", published: "2016-01-01")
                == ["2015=2015"])
    }
}
