import DossierEvents
import DossierLog
import DossierProjection
import DossierReplica
import DossierTestSupport
import Foundation
import Testing

/// A replica in a temporary folder, with a pinned clock and its updates recorded.
final class TestReplica {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-replica-\(UUID().uuidString)")
        .path
    var updates: [ReplicaUpdate] = []
    var now = 1_780_000_000_000

    /// Opens (creating on first use) the replica.
    func open() throws -> Replica {
        try Replica.openOrCreate(
            at: folder, name: "tester",
            clock: { [unowned self] in
                self.now += 1; return self.now
            },
            observer: { [unowned self] in self.updates.append($0) }
        ).0
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// The notes received so far.
    var notes: [String] {
        updates.compactMap { update -> String? in
            if case .note(let text) = update { return text }
            return nil
        }
    }
}

/// The seed articles shipped in the repository, as ingest sources.
func seedSources() throws -> [any IngestSource] {
    let folder = repositoryRoot() + "/seeds"
    return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        .map { FileSource(path: folder + "/" + $0) }
}

@Suite struct ReplicaIngestTests {
    @Test func ingestReportsOneItemPerArticleAndSkipsDuplicates() throws {
        let test = TestReplica()
        let replica = try test.open()
        let seeds = try seedSources()
        let first = try replica.ingest(seeds, batch: 3)
        #expect(first.new == seeds.count)
        #expect(first.events == 2 * seeds.count)
        #expect(first.items.map(\.status) == Array(repeating: .new, count: seeds.count))
        #expect(first.entities > 0)
        #expect(try replica.projection.articles(limit: nil, offset: 0).count == seeds.count)
        // Progress went through the observer, one step per input, then an end.
        let steps = test.updates.filter { update in
            if case .progress(stage: "ingesting", done: _, total: _, item: _) = update { return true }
            return false
        }
        #expect(steps.count == seeds.count)
        #expect(test.updates.last == .progressEnded)

        let again = try replica.ingest(seeds + [BytesSource(name: "empty.html", bytes: Array("<html></html>".utf8))])
        #expect(again.new == 0)
        #expect(again.duplicate == seeds.count)
        #expect(again.events == 0)
        let failed = try #require(again.items.last)
        #expect(failed.status == .failed)
        #expect(failed.source == "empty.html")
        #expect(failed.article == nil && failed.message != nil)
        replica.close()
        // Events carry the replica's clock.
        let log = try EventLog(store: try Store.open(at: test.folder), mode: .read)
        defer { log.close() }
        var times: [Int] = []
        try log.forEachEvent {
            if $0.header.type == ArticleIngested.eventType {
                times.append(try $0.decode(ArticleIngested.self).ingestedAt)
            }
        }
        #expect(times.count == seeds.count)
        #expect(times.allSatisfy { $0 > 1_780_000_000_000 && $0 < 1_780_000_001_000 })
    }

    @Test func aReopenedReplicaCatchesUpAProjectionThatWasDeleted() throws {
        let test = TestReplica()
        let digest = try {
            // The replica (and its hold on the store's write lock) ends with this scope.
            let replica = try test.open()
            _ = try replica.ingest(Array(try seedSources().prefix(2)))
            return try replica.digest()
        }()
        try FileManager.default.removeItem(atPath: Projection.path(in: try Store.open(at: test.folder)))
        let reopened = try test.open()
        #expect(try reopened.digest() == digest)
        #expect(test.notes.contains { $0.hasPrefix("No projection in ") })
        #expect(try reopened.catchUp() == 0)
    }
}

@Suite struct ReplicaCurationTests {
    @Test func everyCurationCallReturnsTheEventItWrote() throws {
        let test = TestReplica()
        let replica = try test.open()
        _ = try replica.ingest(try seedSources())
        let entities = try replica.projection.entities(type: nil, limit: 2, offset: 0)
        let a = entities[0].id.rawValue, b = entities[1].id.rawValue

        let label = try replica.setLabel("Curated label", of: a, reason: "style")
        #expect(label.event.header.type == EntityLabelSet.eventType)
        #expect(try label.event.decode(EntityLabelSet.self).label == "Curated label")
        let typed = try replica.setType(.event, of: a)
        #expect(try typed.event.decode(EntityTypeSet.self).type == "EVENT")
        let alias = try replica.addAlias("Nickname", to: a)
        #expect(try alias.event.decode(AliasAdded.self).entity == a)
        let merged = try replica.merge(b, into: a)
        #expect(try merged.event.decode(EntitiesMerged.self).into == a)
        #expect(try replica.projection.representative(of: b) == a)
        let curated = try #require(
            try replica.projection.curated([try Replica.entity(a, in: replica.projection)]).first)
        #expect(curated.label == "Curated label")
        #expect(curated.type == .event)
        #expect(curated.aliases.contains("Nickname"))

        let undone = try replica.unmerge(merged.id.short)
        #expect(undone.event.header.type == MergeUndone.eventType)
        #expect(try replica.projection.representative(of: b) == nil)
        // Each event was applied as written: a rebuild from the log gives the same graph.
        let digest = try replica.digest()
        try replica.rebuild()
        #expect(try replica.digest() == digest)
    }

    @Test func curationErrorsAreValuesWithCodes() throws {
        let test = TestReplica()
        let replica = try test.open()
        _ = try replica.ingest(Array(try seedSources().prefix(1)))
        let a = try replica.projection.entities(type: nil, limit: 1, offset: 0)[0].id.rawValue
        let same = try #require(throws: ReplicaError.self) { try replica.merge(a, into: a) }
        #expect(same.code == .usage)
        #expect(same.isUsage)
        #expect(same.message == "'\(a)' and '\(a)' are the same entity (\(a)); nothing to merge")
        let missing = try #require(throws: ReplicaError.self) { try replica.setLabel("x", of: "Nobody Anywhere Ever") }
        #expect(missing.code == .notFound)
        let unmerge = try #require(throws: ReplicaError.self) { try replica.unmerge("0000000000000000") }
        #expect(
            unmerge.message == "no merge event 0000000000000000; `dossier history ENTITY` lists the merges of an entity"
        )
        let mention = try #require(throws: ReplicaError.self) { try replica.moveMention("abc:1-2", to: a) }
        #expect(mention.code == .usage)
    }

    @Test func retractAndRestoreAFact() throws {
        let test = TestReplica()
        let replica = try test.open()
        _ = try replica.ingest(try seedSources())
        let fact = try #require(try replica.projection.facts(entity: nil, predicate: nil, limit: 1).first)
        let retracted = try replica.retract(fact: fact.id.rawValue, reason: "misread")
        #expect(try retracted.event.decode(FactRetracted.self).fact == fact.id.rawValue)
        #expect(try replica.projection.retractedFacts() == [fact.id])
        let restored = try replica.restore(fact: fact.id.rawValue)
        #expect(restored.event.header.type == FactRestored.eventType)
        #expect(try replica.projection.retractedFacts().isEmpty)
    }
}

@Suite struct ReplicaRedactionTests {
    @Test func redactionErasesTheArticleAndBlocksItsReingest() throws {
        let test = TestReplica()
        let replica = try test.open()
        let seeds = try seedSources()
        let first = try replica.ingest(Array(seeds.prefix(2)))
        let article = try #require(first.items[0].article)
        let report = try replica.redact(article: article.short, reason: "asked by the author")
        #expect(report.article == article)
        #expect(report.erased == 2)
        #expect(!report.alreadyRedacted)
        #expect(try !replica.projection.hasArticle(id: article.rawValue))
        #expect(try replica.projection.isRedacted(article.rawValue))
        let again = try replica.ingest([seeds[0]])
        #expect(again.items.map(\.status) == [.redacted])
        #expect(again.new == 0)
        let short = try #require(throws: ReplicaError.self) { try replica.redact(article: "abc", reason: "x") }
        #expect(short.isUsage)
        #expect(short.message == "give the article id (at least 12 hex digits), not 'abc'")
        replica.close()
        // The log holds no payload of the article's events any more.
        let log = try EventLog(store: try Store.open(at: test.folder), mode: .read)
        defer { log.close() }
        var bodies = 0
        try log.forEachEvent { event in
            if event.header.type == ArticleIngested.eventType, let payload = event.payload,
                String(decoding: payload, as: UTF8.self).contains(article.rawValue)
            {
                bodies += 1
            }
        }
        #expect(bodies == 0)
    }

    @Test func reextractLeavesCurrentArticlesAlone() throws {
        let test = TestReplica()
        let replica = try test.open()
        _ = try replica.ingest(Array(try seedSources().prefix(2)))
        let current = try replica.reextract(articles: nil)
        #expect(current.extracted == 0 && current.unchanged == 2)
        let forced = try replica.reextract(articles: nil, force: true)
        #expect(forced.extracted == 2)
        #expect(forced.waiting.isEmpty)
    }
}
