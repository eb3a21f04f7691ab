import DossierEvents
import DossierExtraction
import DossierLog
import DossierProjection
import DossierReplica
import Foundation
import Testing

@Suite struct ReplicaQueryTests {
    @Test func pagesCoverTheListOnceInOrder() throws {
        let test = TestReplica()
        let replica = try test.open()
        _ = try replica.ingest(try seedSources())
        let all = try replica.projection.curated(try replica.projection.entities(type: nil, limit: nil, offset: 0))
        var paged: [EntitySummary] = []
        var page: Page? = Page(limit: 7)
        var pages = 0
        while let current = page {
            let result = try replica.entities(current)
            paged += result.items
            page = result.next
            pages += 1
        }
        #expect(paged.map(\.id) == all.map(\.id))
        #expect(pages == (all.count + 6) / 7)
        let articles = try replica.articles(Page(offset: 1, limit: 2))
        #expect(
            articles.items.map(\.id) == Array(try replica.projection.articles(limit: nil, offset: 0).map(\.id)[1...2]))
        #expect(articles.next == Page(offset: 3, limit: 2))
        let people = try replica.entities(type: .person, Page(limit: 1000))
        #expect(!people.items.isEmpty && people.items.allSatisfy { $0.type == .person })
        #expect(people.next == nil)
    }

    @Test func aSnapshotShowsThePastAndIsRemovedWithIt() throws {
        let test = TestReplica()
        let replica = try test.open()
        let seeds = try seedSources()
        let first = try replica.ingest([seeds[0]])
        _ = try replica.ingest(Array(seeds[1...]))
        // The second event of the log closes the first ingest.
        var secondEvent = ""
        try replica.log.forEachEvent { if $0.header.seq == 2 { secondEvent = $0.id } }
        let firstArticle = try #require(first.items[0].article)
        var folder = ""
        do {
            let past = try replica.snapshot(asOf: try AsOf.parse(secondEvent))
            folder = past.location
            #expect(try past.projection.articles(limit: nil, offset: 0).map(\.id) == [firstArticle])
            #expect(FileManager.default.fileExists(atPath: folder))
            #expect(try replica.projection.articles(limit: nil, offset: 0).count == seeds.count)
        }
        #expect(!folder.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder))
    }
}

@Suite struct ReplicaExtractTests {
    @Test func extractReportsWithoutAStore() throws {
        let reports = try Replica.extract(try #require(try seedSources().first))
        #expect(reports.count == 1)
        #expect(!reports[0].entities.isEmpty)
        let empty = try #require(throws: ReplicaError.self) {
            try Replica.extract(BytesSource(name: "empty.html", bytes: Array("<html></html>".utf8)))
        }
        #expect(empty.code == .badInput)
        #expect(!empty.isUsage)
    }
}
