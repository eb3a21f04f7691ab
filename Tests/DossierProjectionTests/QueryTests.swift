import DossierEvents
import Foundation
import Testing

@testable import DossierProjection

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct QueryTests {
    let folder = TempFolder()
    let projection: Projection

    init() throws {
        projection = try Projection.open(path: folder.file("p.sqlite"))
        try projection.apply(try TestCorpus.events())
    }

    func entity(_ name: String) throws -> EntitySummary {
        guard case .found(let entity) = try projection.resolve(name) else {
            throw ProjectionError(code: .notFound, message: name)
        }
        return entity
    }

    @Test func resolvesByIdLabelAndAliasIgnoringCaseAndAccents() throws {
        #expect(try entity("wd:Q61053").label == "Olaf Scholz")
        #expect(try entity("olaf SCHOLZ").id == "wd:Q61053")
        #expect(try entity("Bruxelles").id == "wd:Q239")
        #expect(try entity("nato").id == "wd:Q7184")
        #expect(try entity("Scholz").id == "wd:Q61053")
    }

    @Test func unknownNamesGetCloseMatches() throws {
        guard case .notFound(let suggestions) = try projection.resolve("Olaf Sholz") else {
            Issue.record("resolved"); return
        }
        #expect(suggestions.first?.id == "wd:Q61053")
        // A typo inside the only word, close to an alias that is not the label's first word.
        guard case .notFound(let typo) = try projection.resolve("Scholtz") else { Issue.record("resolved"); return }
        #expect(typo.first?.id == "wd:Q61053")
        guard case .notFound(let short) = try projection.resolve("Vilnus") else { Issue.record("resolved"); return }
        #expect(short.first?.id == "wd:Q216")
    }

    @Test func onlyTheDomainsEntityTypesAreProjected() throws {
        // A signed extraction may name a type the domain does not have; such an entity is not
        // projected, and setting a known entity to such a type has no effect.
        var odd = TestCorpus.extracted(0, version: 3)
        let span = odd.entities[0].mentions[0]
        odd.entities.append(.init(id: "org:not-a-type", type: "MISC", label: "Not a type", mentions: [span]))
        let carol = String(repeating: "c3", count: 32)
        try projection.apply(
            TestCorpus.chain(
                author: carol,
                [try EventDraft(odd), try EventDraft(EntityTypeSet(entity: "wd:Q61053", type: "ALIEN"))],
                hlcStart: 1_700_000_100_000_000))
        guard case .notFound = try projection.resolve("org:not-a-type") else {
            Issue.record("an entity of type MISC was projected")
            return
        }
        let listed = try projection.curated(try projection.entities())
        #expect(listed.first { $0.id == "wd:Q61053" }?.type == .person)
        #expect(try projection.entities(type: .person).contains { $0.id == "wd:Q61053" })
    }

    @Test func profileHasContextsFactsAndNeighbours() throws {
        let profile = try projection.profile(try entity("Macron"))
        #expect(profile.entity.articles == 3)
        #expect(profile.contexts.allSatisfy { $0.sentence.contains($0.surface) && !$0.surface.isEmpty })
        #expect(profile.facts.contains { $0.predicate == "met" && $0.evidence?.contains("met") == true })
        #expect(profile.neighbors.contains { $0.id == "wd:Q61053" })
    }

    @Test func searchFindsAccentedWordsWithSnippets() throws {
        let hits = try projection.search("salue")
        #expect(hits.count == 2)
        #expect(hits.allSatisfy { $0.snippet.contains("[salué]") })
        #expect(try projection.search("Vilnius soldiers").map(\.title) == ["Troops"])
        // Column filters are FTS5 syntax; text without a word is refused with a message.
        #expect(try projection.search("title: troops").map(\.title) == ["Troops"])
        #expect(try projection.search("body: troops").map(\.title) == ["Troops"])
        #expect(throws: ProjectionError.self) { try projection.search("!!!") }
        #expect(Projection.ftsQuery("Afghanistan: towards") == "\"Afghanistan\" \"towards\"")
    }

    @Test func pathHasEvidenceForEachEdge() throws {
        let path = try #require(try projection.path(from: try entity("Bruxelles"), to: try entity("Vilnius")))
        #expect(path.count >= 2)
        #expect(path.first?.from == "wd:Q239")
        #expect(path.last?.to == "wd:Q216")
        #expect(path.allSatisfy { !$0.sentence.isEmpty && !$0.article.rawValue.isEmpty })
    }

    @Test func neighborsAtDepthTwoReachFurther() throws {
        let one = try projection.neighbors(of: try entity("Bruxelles"), depth: 1)
        let two = try projection.neighbors(of: try entity("Bruxelles"), depth: 2)
        #expect(two.count > one.count)
        #expect(two.filter { $0.depth == 1 } == one)
    }

    @Test func sqlIsReadOnly() throws {
        let readOnly = try Projection.openReadOnly(path: projection.path)
        let error = try #require(throws: ProjectionError.self) { try readOnly.query(sql: "DELETE FROM entities") }
        #expect(error.message == "attempt to write a readonly database")
        let syntax = try #require(throws: ProjectionError.self) { try readOnly.query(sql: "SELEC 1") }
        #expect(syntax.message == "near \"SELEC\": syntax error")
        let two = try #require(throws: ProjectionError.self) {
            try readOnly.query(sql: "SELECT 1; DROP TABLE entities")
        }
        #expect(two.message.hasPrefix("one statement at a time"))
        #expect(try readOnly.entityCount() == projection.entityCount())
        #expect(try readOnly.query(sql: "SELECT count(*) AS n FROM articles").columns == ["n"])
    }

    @Test func timelineOrdersDatedFacts() throws {
        let entries = try projection.timeline(entity: try entity("Macron"))
        #expect(entries.contains { $0.kind == "fact" && $0.date == "2026-03-02" })
        #expect(entries.map(\.date) == entries.map(\.date).sorted())
    }

    @Test func exportsAreWellFormed() throws {
        for format in ExportFormat.allCases where format != .csv {
            var text = ""
            try projection.export(format, to: { text += $0 })
            #expect(text.contains("wd:Q61053") || text.contains("Q61053"), "\(format)")
        }
        var graphml = ""
        try projection.export(.graphml, to: { graphml += $0 })
        let document = try XMLDocument(xmlString: graphml)
        #expect(try document.nodes(forXPath: "//*[local-name()='node']").count == projection.entityCount())
        var triples = ""
        try projection.export(.ntriples, to: { triples += $0 })
        let pattern = try NSRegularExpression(
            pattern: #"^<[^<>" ]+> <[^<>" ]+> (<[^<>" ]+>|"([^"\\]|\\.)*"(@[a-z]+)?) \.$"#)
        for line in triples.split(separator: "\n") {
            #expect(
                pattern.firstMatch(in: String(line), range: NSRange(line.startIndex..., in: line)) != nil, "\(line)")
        }
    }
}
