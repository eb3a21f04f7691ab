import DossierEvents
import Foundation
import Testing

@testable import DossierProjection

/// Curation as events: every pair of concurrent edits converges whatever the delivery order.
@Suite struct CurationTests {
    static let eve = String(repeating: "e5", count: 32)
    static let carol = String(repeating: "c3", count: 32)
    static let dave = String(repeating: "d4", count: 32)
    static let macron = "wd:Q3052772", scholz = "wd:Q61053", leyen = "wd:Q60772"
    static let article0 = Hex.sha256(Array(TestCorpus.texts[0].body.utf8))
    static let article5 = Hex.sha256(Array(TestCorpus.texts[5].body.utf8))

    /// The fact of article 0 (Macron met Scholz), as extracted by both versions.
    static var fact0: String {
        let body = TestCorpus.texts[0].body
        let met = TestCorpus.spans(of: "met", in: body)[0]
        return CurationIds.fact(
            article: article0, start: max(0, met.start - 16), end: met.end + 12, subject: macron, predicate: "met",
            object: scholz)
    }

    /// Eve's earlier edits that Carol and Dave both saw.
    static func eveEvents(_ more: [EventDraft] = []) throws -> [Event] {
        TestCorpus.chain(author: eve, try eveDrafts() + more, hlcStart: 1_700_000_100_000_000)
    }

    static func eveDrafts() throws -> [EventDraft] {
        [
            try EventDraft(EntitiesMerged(entity: leyen, into: scholz, reason: "test")),
            try EventDraft(FactRetracted(fact: fact0, article: article0, reason: "misread")),
            try EventDraft(AliasAdded(entity: macron, alias: "EM")),
            try EventDraft(EntityLabelSet(entity: macron, label: "Macron (E)")),
        ]
    }

    /// One curation edit of each kind by `author` (values depend on the author so that two authors differ).
    static func edits(by author: String, eve: [Event]) throws -> [(String, EventDraft)] {
        let tag = author == carol ? "C" : "D"
        let mention = TestCorpus.spans(of: "Macron", in: TestCorpus.texts[0].body).last!
        return [
            ("label", try EventDraft(EntityLabelSet(entity: macron, label: "Label \(tag)", supersedes: [eve[3].id]))),
            ("type", try EventDraft(EntityTypeSet(entity: macron, type: tag == "C" ? "ORG" : "EVENT"))),
            ("merge", try EventDraft(EntitiesMerged(entity: macron, into: tag == "C" ? scholz : leyen, reason: tag))),
            (
                "remerge",
                try EventDraft(
                    EntitiesMerged(entity: leyen, into: tag == "C" ? macron : "wd:Q71", supersedes: [eve[0].id]))
            ),
            ("unmerge", try EventDraft(MergeUndone(merge: eve[0].id, entity: leyen))),
            ("aliasAdd", try EventDraft(AliasAdded(entity: macron, alias: "Alias \(tag)"))),
            ("aliasRemove", try EventDraft(AliasRemoved(entity: macron, alias: "EM", removes: [eve[2].id]))),
            (
                "retract",
                try EventDraft(FactRetracted(fact: fact0, article: article0, supersedes: [eve[1].id], reason: tag))
            ),
            ("restore", try EventDraft(FactRestored(fact: fact0, article: article0, supersedes: [eve[1].id]))),
            (
                "move",
                try EventDraft(
                    MentionMoved(
                        article: article0, start: mention.start, end: mention.end, from: macron,
                        to: tag == "C" ? scholz : leyen))
            ),
            (
                "redact",
                try EventDraft(ArticleRedacted(article: tag == "C" ? article5 : article0, events: [], reason: "test"))
            ),
            (
                "resolve",
                try EventDraft(
                    ConflictResolved(
                        conflict: "0123456789abcdef", kind: "label", target: macron, chosen: eve[3].id,
                        value: "Resolved \(tag)", supersedes: [eve[3].id]))
            ),
        ]
    }

    static func state(_ batches: [[Event]], _ folder: TempFolder, _ name: String) throws -> (String, [CurationConflict])
    {
        let projection = try Projection.open(path: folder.file(name))
        defer { try? projection.close() }
        for batch in batches { try projection.apply(batch) }
        return (try projection.digest(), try projection.curationConflicts())
    }

    @Test func everyPairOfConcurrentEditsConvergesInBothOrders() throws {
        let base = try TestCorpus.events()
        let eve = try Self.eveEvents()
        let carolEdits = try Self.edits(by: Self.carol, eve: eve)
        let daveEdits = try Self.edits(by: Self.dave, eve: eve)
        let folder = TempFolder()
        var conflicted = 0
        for (k1, d1) in carolEdits {
            for (k2, d2) in daveEdits {
                let c = TestCorpus.chain(author: Self.carol, [d1], hlcStart: 1_700_000_200_000_000)
                let d = TestCorpus.chain(author: Self.dave, [d2], hlcStart: 1_700_000_200_000_000)
                let reference = try Self.state([base + eve, c, d], folder, "\(k1)-\(k2)-a.sqlite")
                let swapped = try Self.state([base + eve, d, c], folder, "\(k1)-\(k2)-b.sqlite")
                let early = try Self.state([d + c, eve, base], folder, "\(k1)-\(k2)-c.sqlite")
                #expect(swapped.0 == reference.0, "\(k1) × \(k2): digest differs by delivery order")
                #expect(swapped.1 == reference.1, "\(k1) × \(k2): conflicts differ by delivery order")
                #expect(early.0 == reference.0, "\(k1) × \(k2): edits before their targets give another digest")
                #expect(early.1 == reference.1, "\(k1) × \(k2): edits before their targets give other conflicts")
                if !reference.1.isEmpty { conflicted += 1 }
            }
        }
        #expect(conflicted >= 6)
    }

    @Test func concurrentLabelsAreAConflictUntilResolved() throws {
        let folder = TempFolder()
        let eve = try Self.eveEvents()
        let c = TestCorpus.chain(
            author: Self.carol,
            [try EventDraft(EntityLabelSet(entity: Self.macron, label: "Carol's", supersedes: [eve[3].id]))],
            hlcStart: 1_700_000_300_000_000)
        let d = TestCorpus.chain(
            author: Self.dave,
            [try EventDraft(EntityLabelSet(entity: Self.macron, label: "Dave's", supersedes: [eve[3].id]))],
            hlcStart: 1_700_000_300_000_000)
        let projection = try Projection.open(path: folder.file("p.sqlite"))
        defer { try? projection.close() }
        try projection.apply(try TestCorpus.events() + eve + c + d)
        let conflicts = try projection.curationConflicts()
        try #require(conflicts.count == 1)
        // Same hlc: the larger author key wins.
        #expect(
            conflicts[0].kind == "label" && conflicts[0].target == Self.macron && conflicts[0].winner == d[0].id
                && conflicts[0].losers == [c[0].id])
        #expect(
            try projection.curated(projection.entities()).first { $0.id.rawValue == Self.macron }?.label == "Dave's")
        let resolved = ConflictResolved(
            conflict: conflicts[0].id, kind: "label", target: Self.macron, chosen: c[0].id, value: "Carol's",
            supersedes: [c[0].id, d[0].id], reason: "Carol is right")
        try projection.apply([try Self.eveEvents([try EventDraft(resolved)])[4]])
        #expect(try projection.curationConflicts().isEmpty)
        #expect(
            try projection.curated(projection.entities()).first { $0.id.rawValue == Self.macron }?.label == "Carol's")
    }

    @Test func mergesFoldEntitiesAndUnmergeSplitsThem() throws {
        let folder = TempFolder()
        let projection = try Projection.open(path: folder.file("p.sqlite"))
        defer { try? projection.close() }
        let eve = try Self.eveEvents()
        try projection.apply(try TestCorpus.events() + [eve[0]])
        let curated = try projection.curated(projection.entities())
        #expect(!curated.contains { $0.id.rawValue == Self.leyen })
        let scholz = try #require(curated.first { $0.id.rawValue == Self.scholz })
        #expect(scholz.aliases.contains("Ursula von der Leyen"))
        let undo = TestCorpus.chain(
            author: Self.carol, [try EventDraft(MergeUndone(merge: eve[0].id, entity: Self.leyen))],
            hlcStart: 1_700_000_500_000_000)
        try projection.apply(undo)
        #expect(try projection.curated(projection.entities()).contains { $0.id.rawValue == Self.leyen })
        #expect(try projection.curationConflicts().isEmpty)
    }

    @Test func editsWaitForTheirTargetAndFollowReextraction() throws {
        let folder = TempFolder()
        let projection = try Projection.open(path: folder.file("p.sqlite"))
        defer { try? projection.close() }
        let body = TestCorpus.texts[0].body
        let short = TestCorpus.spans(of: "Macron", in: body).last!  // found by v2 only
        let move = TestCorpus.chain(
            author: Self.carol,
            [
                try EventDraft(
                    MentionMoved(
                        article: Self.article0, start: short.start, end: short.end, from: Self.macron, to: Self.scholz)),
                try EventDraft(FactRetracted(fact: Self.fact0, article: Self.article0, reason: "x")),
            ], hlcStart: 1_700_000_600_000_000)
        try projection.apply(move)
        #expect(try projection.curationEffects().allSatisfy { !$0.applied })
        let v1 = TestCorpus.chain(
            author: Self.eve,
            [
                try EventDraft(TestCorpus.ingested(0, source: "e", at: 1)),
                try EventDraft(TestCorpus.extracted(0, version: 1)),
            ], hlcStart: 1_700_000_000_000_000)
        try projection.apply(v1)
        #expect(try projection.curationEffects(kind: .fact).map(\.applied) == [true])
        #expect(try projection.curationEffects(kind: .mention).map(\.applied) == [false])
        let v2 = TestCorpus.chain(
            author: Self.dave, [try EventDraft(TestCorpus.extracted(0, version: 2))], hlcStart: 1_700_000_000_000_000)
        try projection.apply(v2)
        #expect(try projection.curationEffects(kind: .fact).map(\.applied) == [true])
        #expect(try projection.curationEffects(kind: .mention).map(\.applied) == [true])
        #expect(try projection.retractedFacts() == [FactID(Self.fact0)])
        // The article batches only refreshed which effects apply; re-deriving everything at once agrees.
        let whole = try Projection.open(path: folder.file("whole.sqlite"))
        defer { try? whole.close() }
        try whole.apply(move + v1 + v2)
        #expect(try projection.digest() == whole.digest())
        #expect(try projection.curationEffects() == whole.curationEffects())
    }

    /// Words of `body` found in no other text, whose last five letters the search shard's shadow
    /// table holds as bytes (terms are prefix-compressed, so the tail is what can be looked for).
    static func indexedTails(_ body: String, others: [String], in projection: Projection, table: String) throws
        -> [String]
    {
        let words = { (text: String) in Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        }
        let elsewhere = others.reduce(into: Set<String>()) { $0.formUnion(words($1)) }
        return try words(body).subtracting(elsewhere).filter { $0.count >= 7 && $0.allSatisfy(\.isASCII) }.sorted().map
        { String($0.suffix(5)) }.filter { tail in
            try projection.query(
                sql: "SELECT count(*) FROM \(table)_data WHERE instr(block, CAST('\(tail)' AS BLOB)) > 0"
            ).rows != [["0"]]
        }
    }

    @Test func redactionLeavesNoTermInTheSearchShard() throws {
        let folder = TempFolder()
        let projection = try Projection.open(path: folder.file("p.sqlite"))
        defer { try? projection.close() }
        try projection.apply(try TestCorpus.events())
        let key = Keys.digest(Self.article0)
        let body = try #require(
            projection.query(sql: "SELECT body FROM articles WHERE key = \(key)").rows.first?.first ?? nil)
        let others = try projection.query(
            sql: "SELECT title || ' ' || body FROM articles WHERE key <> \(key) AND body IS NOT NULL"
        ).rows.compactMap { $0[0] }
        let table = Keys.searchTable(key)
        let before = try Self.indexedTails(body, others: others, in: projection, table: table)
        #expect(
            !before.isEmpty, "no word of the article is visible in \(table)_data: the check below would prove nothing")
        try projection.apply(
            TestCorpus.chain(
                author: Self.carol,
                [try EventDraft(ArticleRedacted(article: Self.article0, events: [], reason: "private"))],
                hlcStart: 1_700_000_700_000_000))
        let left = before.filter { tail in
            (try? projection.query(
                sql: "SELECT count(*) FROM \(table)_data WHERE instr(block, CAST('\(tail)' AS BLOB)) > 0"
            ).rows) != [["0"]]
        }
        #expect(left.isEmpty, "terms of the erased body still in \(table)_data: \(left)")
        #expect(try projection.checkSearchIndex() == nil)
    }

    @Test func redactionErasesDerivedRowsInAnyOrder() throws {
        let folder = TempFolder()
        let base = try TestCorpus.events()
        let redact = TestCorpus.chain(
            author: Self.carol,
            [try EventDraft(ArticleRedacted(article: Self.article0, events: [], reason: "private"))],
            hlcStart: 1_700_000_700_000_000)
        let after = try Self.state([base, redact], folder, "a.sqlite")
        let before = try Self.state([redact, base], folder, "b.sqlite")
        #expect(after.0 == before.0)
        let projection = try Projection.open(path: folder.file("a.sqlite"))
        defer { try? projection.close() }
        #expect(try !projection.hasArticle(id: Self.article0))
        #expect(
            try projection.query(sql: "SELECT count(*) FROM mentions WHERE article = \(Keys.digest(Self.article0))")
                .rows == [["0"]])
        for search in Keys.searchTables {
            #expect(
                try projection.query(sql: "SELECT count(*) FROM \(search) WHERE \(search) MATCH 'Monday'").rows == [
                    ["0"]
                ])
        }
        #expect(try projection.articleEvents(Self.article0).count >= 3)
    }
}
