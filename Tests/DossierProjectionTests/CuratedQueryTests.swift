import DossierEvents
import Foundation
import GRDB
import Testing

@testable import DossierProjection

/// Queries as curation shows the graph: moved mentions in `show`'s lists and counts, merged
/// entities as one node of `neighbors` and `path`, fact ids, and concurrent resolutions.
@Suite struct CuratedQueryTests {
    static let macron = CurationTests.macron, scholz = CurationTests.scholz, leyen = CurationTests.leyen
    static let brussels = "wd:Q239", berlin = "wd:Q64", vilnius = "wd:Q216"
    static let article1 = Hex.sha256(Array(TestCorpus.texts[1].body.utf8))
    static let frank = String(repeating: "f6", count: 32)

    let folder = TempFolder()
    let projection: Projection

    init() throws {
        projection = try Projection.open(path: folder.file("p.sqlite"))
        try projection.apply(try TestCorpus.events())
    }

    func edit(_ author: String, _ drafts: [EventDraft], at hlc: Int) throws -> [Event] {
        let events = TestCorpus.chain(author: author, drafts, hlcStart: hlc)
        try projection.apply(events)
        return events
    }

    func summary(_ id: String) throws -> EntitySummary {
        let listed = try projection.curated(try projection.entities())
        return try #require(listed.first { $0.id.rawValue == id }, "\(id) is not listed")
    }

    /// A profile's lists agree with the entity's counts (every article listed).
    func expectConsistent(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> EntityProfile {
        let entity = try summary(id)
        guard case .found(let extracted) = try projection.resolve(id) else {
            throw ProjectionError(code: .notFound, message: id)
        }
        #expect(
            try projection.curated([extracted]) == [entity], "\(id): listed alone ≠ listed with the others",
            sourceLocation: sourceLocation)
        let profile = try projection.profile(entity, articleLimit: 100, contextLimit: 100)
        #expect(
            profile.articles.map(\.mentions).reduce(0, +) == entity.mentions, "\(id): mentions listed ≠ counted",
            sourceLocation: sourceLocation)
        #expect(
            profile.articles.count == entity.articles, "\(id): articles listed ≠ counted",
            sourceLocation: sourceLocation)
        #expect(Set(profile.contexts.map(\.article)) == Set(profile.articles.map(\.id)), sourceLocation: sourceLocation)
        return profile
    }

    // MARK: Moved mentions

    @Test func aMovedMentionIsListedAndCountedUnderItsNewEntityOnly() throws {
        let body = TestCorpus.texts[1].body
        // Article 1's extraction (v1) finds Macron once, by his full name; Scholz is not in it.
        let span = TestCorpus.spans(of: "Emmanuel Macron", in: body)[0]
        let macronBefore = try summary(Self.macron), scholzBefore = try summary(Self.scholz)
        #expect(
            try projection.profile(scholzBefore, articleLimit: 100).articles.allSatisfy {
                $0.id.rawValue != Self.article1
            })
        _ = try expectConsistent(Self.macron)

        let move = try edit(
            CurationTests.carol,
            [
                try EventDraft(
                    MentionMoved(
                        article: Self.article1, start: span.start, end: span.end,
                        from: Self.macron, to: Self.scholz))
            ], at: 1_700_000_800_000_000)
        let macron = try summary(Self.macron), scholz = try summary(Self.scholz)
        #expect(macron.mentions == macronBefore.mentions - 1 && macron.articles == macronBefore.articles - 1)
        #expect(scholz.mentions == scholzBefore.mentions + 1 && scholz.articles == scholzBefore.articles + 1)
        let scholzProfile = try expectConsistent(Self.scholz)
        let moved = try #require(scholzProfile.contexts.first { $0.article.rawValue == Self.article1 })
        #expect(moved.start == span.start && moved.end == span.end && moved.surface == "Emmanuel Macron")
        #expect(scholzProfile.articles.first { $0.id.rawValue == Self.article1 }?.mentions == 1)
        let macronProfile = try expectConsistent(Self.macron)
        #expect(!macronProfile.articles.contains { $0.id.rawValue == Self.article1 })
        #expect(!macronProfile.contexts.contains { $0.article.rawValue == Self.article1 })

        // Moved back (superseding the move): as extracted again.
        _ = try edit(
            CurationTests.dave,
            [
                try EventDraft(
                    MentionMoved(
                        article: Self.article1, start: span.start, end: span.end, from: Self.scholz,
                        to: Self.macron, supersedes: [move[0].id]))
            ], at: 1_700_000_900_000_000)
        #expect(try summary(Self.macron) == macronBefore)
        #expect(try summary(Self.scholz) == scholzBefore)
        _ = try expectConsistent(Self.scholz)
    }

    @Test func movesAndMergesTogetherKeepListsAndCountsInAgreement() throws {
        let body0 = TestCorpus.texts[0].body
        // Article 0 (v2): the short "Macron" of the second sentence, moved to von der Leyen, who is merged into Scholz.
        let short = TestCorpus.spans(of: "Macron", in: body0).last!
        _ = try edit(
            CurationTests.carol,
            [
                try EventDraft(
                    MentionMoved(
                        article: CurationTests.article0, start: short.start, end: short.end, from: Self.macron,
                        to: Self.leyen)),
                try EventDraft(EntitiesMerged(entity: Self.leyen, into: Self.scholz)),
            ], at: 1_700_000_800_000_000)
        let listed = try projection.curated(try projection.entities())
        #expect(!listed.contains { $0.id.rawValue == Self.leyen })
        let profile = try expectConsistent(Self.scholz)
        // Scholz's own articles (0, 2, 3) and von der Leyen's (1, 3, 4), article 3 once.
        #expect(
            Set(profile.articles.map(\.id.rawValue))
                == Set([0, 1, 2, 3, 4].map { Hex.sha256(Array(TestCorpus.texts[$0].body.utf8)) }))
        // Article 0: Scholz's two mentions and the moved one.
        #expect(profile.articles.first { $0.id.rawValue == CurationTests.article0 }?.mentions == 3)
        #expect(profile.facts.contains { $0.subject == Self.macron && $0.object == Self.scholz })
        _ = try expectConsistent(Self.macron)
        // The same set of events in another order gives the same projection.
        let other = try Projection.open(path: folder.file("other.sqlite"))
        defer { try? other.close() }
        let log =
            try TestCorpus.events()
            + TestCorpus.chain(
                author: CurationTests.carol,
                [
                    try EventDraft(
                        MentionMoved(
                            article: CurationTests.article0, start: short.start, end: short.end, from: Self.macron,
                            to: Self.leyen)),
                    try EventDraft(EntitiesMerged(entity: Self.leyen, into: Self.scholz)),
                ], hlcStart: 1_700_000_800_000_000)
        try other.apply(Array(log.reversed()))
        #expect(try other.digest() == projection.digest())
        #expect(
            try other.profile(try summary(Self.scholz), articleLimit: 100, contextLimit: 100)
                == projection.profile(try summary(Self.scholz), articleLimit: 100, contextLimit: 100))
    }

    // MARK: Merged entities in the graph

    @Test func recountedWeightsEqualTheEdgeWeightsForSingleEntities() throws {
        let edges = try projection.read("test") { db in
            try Row.fetchAll(db, sql: "SELECT source, target, weight FROM edges").map {
                ($0[0] as Int64, $0[1] as Int64, $0[2] as Int)
            }
        }
        #expect(edges.count > 20)
        for (source, target, weight) in edges {
            let recounted = try projection.read("test") { db in try Projection.coMentionArticles(db, [source], [target])
            }
            #expect(recounted == weight, "edge \(source)–\(target)")
        }
    }

    @Test func aMergedEntityIsOneNodeOfTheGraphUntilUnmerged() throws {
        let scholz = try summary(Self.scholz), leyen = try summary(Self.leyen)
        let before = try projection.neighbors(of: scholz, limit: 20)
        let longPath = try #require(
            try projection.path(from: try summary(Self.brussels), to: try summary(Self.vilnius)))
        #expect(longPath.count == 3)
        let edgeWeights = try projection.read("test") { db in
            try [Self.scholz, Self.leyen].map { id in
                try Int.fetchOne(
                    db, sql: "SELECT weight FROM edges WHERE source = ? AND target = ?",
                    arguments: [Keys.string(id), Keys.string(Self.berlin)]) ?? 0
            }
        }
        #expect(edgeWeights == [2, 1])

        let merge = try edit(
            CurationTests.eve, [try EventDraft(EntitiesMerged(entity: Self.leyen, into: Self.scholz))],
            at: 1_700_000_800_000_000)
        let merged = try projection.neighbors(of: scholz, limit: 20)
        #expect(!merged.contains { $0.id.rawValue == Self.leyen || $0.id.rawValue == Self.scholz })
        // Brussels is von der Leyen's neighbour only (article 1).
        #expect(merged.first { $0.id.rawValue == Self.brussels }?.weight == 1)
        #expect(!before.contains { $0.id.rawValue == Self.brussels })
        // Berlin: with Scholz in articles 0 and 3, with von der Leyen in article 3: two articles, not 2 + 1.
        #expect(merged.first { $0.id.rawValue == Self.berlin }?.weight == 2)
        // Macron: with Scholz in article 0, with von der Leyen in articles 1 and 4.
        #expect(merged.first { $0.id.rawValue == Self.macron }?.weight == 3)
        #expect(merged.map(\.weight) == merged.map(\.weight).sorted(by: >))
        // Asking for the merged entity answers for its representative.
        #expect(try projection.neighbors(of: leyen, limit: 20) == merged)
        // Neighbours of a neighbour see the merged node once, with the recounted weight.
        let macronNeighbors = try projection.neighbors(of: try summary(Self.macron), limit: 20)
        #expect(!macronNeighbors.contains { $0.id.rawValue == Self.leyen })
        #expect(macronNeighbors.first { $0.id.rawValue == Self.scholz }?.weight == 3)
        #expect(try projection.profile(try summary(Self.scholz)).neighbors == Array(merged.prefix(10)))

        // The path goes through the representative: Brussels — (von der Leyen) Scholz — Vilnius.
        let path = try #require(try projection.path(from: try summary(Self.brussels), to: try summary(Self.vilnius)))
        #expect(path.map(\.from.rawValue) == [Self.brussels, Self.scholz])
        #expect(path.map(\.to.rawValue) == [Self.scholz, Self.vilnius])
        #expect(path[0].article.rawValue == Self.article1 && path[0].sentence.contains("Ursula von der Leyen"))
        #expect(try projection.path(from: leyen, to: scholz) == [])

        _ = try edit(
            CurationTests.carol, [try EventDraft(MergeUndone(merge: merge[0].id, entity: Self.leyen))],
            at: 1_700_000_900_000_000)
        #expect(try projection.neighbors(of: scholz, limit: 20) == before)
        #expect(try projection.path(from: try summary(Self.brussels), to: try summary(Self.vilnius)) == longPath)
    }

    // MARK: Fact ids

    @Test func factsCarryTheIdThatRetractTakes() throws {
        // A later extraction of article 2 states two more facts.
        var x = TestCorpus.extracted(2, version: 3)
        let body = TestCorpus.texts[2].body
        let visited = TestCorpus.spans(of: "Olaf Scholz visited the troops", in: body)[0]
        x.facts = [
            .init(
                subject: Self.scholz, predicate: "visited", object: Self.vilnius, start: visited.start,
                end: visited.end, when: nil),
            .init(
                subject: "wd:Q7184", predicate: "said", object: "2500 soldiers", start: 0, end: visited.start - 1,
                when: nil),
        ]
        _ = try edit(CurationTests.eve, [try EventDraft(x)], at: 1_700_000_800_000_000)
        let facts = try projection.facts()
        #expect(facts.count == 3)
        #expect(!facts.isEmpty)
        for f in facts {
            #expect(
                f.id.rawValue
                    == CurationIds.fact(
                        article: f.article.rawValue, start: f.start, end: f.end, subject: f.subject,
                        predicate: f.predicate,
                        object: f.object))
            #expect(try projection.fact(id: f.id.rawValue) == f)
            #expect(try projection.fact(id: f.id.short) == f)
        }
        #expect(Set(facts.map(\.id)).count == facts.count)
        #expect(try projection.fact(id: "fact:ffffffffffffffffffff") == nil)
        #expect(throws: ProjectionError.self) { try projection.fact(id: "fact:") }
        do {
            _ = try projection.fact(id: "fact:")
        } catch {
            let ids = facts.map(\.id.rawValue).sorted()
            #expect(
                error.message
                    == "'fact:' is the start of \(ids.count) fact ids (\(ids.prefix(3).joined(separator: ", "))…); give more of the id"
            )
        }
    }

    // MARK: Concurrent resolutions

    /// Carol and Dave label Macron concurrently; Eve and Frank each resolve that conflict, without seeing each other's resolution.
    func resolutions(eve: String, frank: String) throws -> (labels: [Event], eve: [Event], frank: [Event]) {
        let c = TestCorpus.chain(
            author: CurationTests.carol, [try EventDraft(EntityLabelSet(entity: Self.macron, label: "Carol's"))],
            hlcStart: 1_700_000_300_000_000)
        let d = TestCorpus.chain(
            author: CurationTests.dave, [try EventDraft(EntityLabelSet(entity: Self.macron, label: "Dave's"))],
            hlcStart: 1_700_000_300_000_000)
        let id = CurationIds.conflict(kind: "label", target: Self.macron, heads: [c[0].id, d[0].id])
        func resolve(_ author: String, _ value: String, _ hlc: Int) throws -> [Event] {
            let chosen = value == "Carol's" ? c[0].id : d[0].id
            return TestCorpus.chain(
                author: author,
                [
                    try EventDraft(
                        ConflictResolved(
                            conflict: id, kind: "label", target: Self.macron, chosen: chosen,
                            value: value, supersedes: [c[0].id, d[0].id]))
                ], hlcStart: hlc)
        }
        return (
            c + d, try resolve(CurationTests.eve, eve, 1_700_000_400_000_000),
            try resolve(Self.frank, frank, 1_700_000_400_000_000)
        )
    }

    func state(_ batches: [[Event]], _ name: String) throws -> (
        digest: String, conflicts: [CurationConflict], label: String?
    ) {
        let p = try Projection.open(path: folder.file(name))
        defer { try? p.close() }
        for batch in batches { try p.apply(batch) }
        return (
            try p.digest(), try p.curationConflicts(),
            try p.curated(p.entities()).first { $0.id.rawValue == Self.macron }?.label
        )
    }

    @Test func concurrentResolutionsThatAgreeSettleTheConflict() throws {
        let r = try resolutions(eve: "Carol's", frank: "Carol's")
        let base = try TestCorpus.events()
        let one = try state([base, r.labels, r.eve, r.frank], "agree-1.sqlite")
        let two = try state([r.frank, base, r.labels, r.eve], "agree-2.sqlite")
        #expect(one.digest == two.digest)
        #expect(one.conflicts.isEmpty && two.conflicts.isEmpty)
        #expect(one.label == "Carol's" && two.label == "Carol's")
        // Before the second resolution arrives, the first alone settles it.
        let first = try state([base, r.labels, r.eve], "agree-3.sqlite")
        #expect(first.conflicts.isEmpty && first.label == "Carol's")
    }

    @Test func concurrentResolutionsThatDisagreeAreAConflictOfResolutions() throws {
        let r = try resolutions(eve: "Carol's", frank: "Dave's")
        let base = try TestCorpus.events()
        let one = try state([base, r.labels, r.eve, r.frank], "disagree-1.sqlite")
        let two = try state([r.frank, base, r.eve, r.labels], "disagree-2.sqlite")
        #expect(one.digest == two.digest)
        #expect(one.conflicts == two.conflicts)
        try #require(one.conflicts.count == 1)
        let c = one.conflicts[0]
        // Same hlc: the larger author key wins (Frank's f6… > Eve's e5…); the label conflict itself is settled.
        #expect(c.kind == "label" && c.target == Self.macron)
        #expect(c.winner == r.frank[0].id && c.losers == [r.eve[0].id])
        #expect(c.sides.map(\.type) == ["ConflictResolved", "ConflictResolved"])
        #expect(c.id == CurationIds.conflict(kind: "label", target: Self.macron, heads: [r.eve[0].id, r.frank[0].id]))
        #expect(one.label == "Dave's")
        // A resolution of the resolutions settles it.
        let settle = TestCorpus.chain(
            author: String(repeating: "a9", count: 32),
            [
                try EventDraft(
                    ConflictResolved(
                        conflict: c.id, kind: "label", target: Self.macron,
                        chosen: r.eve[0].id, value: "Carol's", supersedes: [r.eve[0].id, r.frank[0].id]))
            ], hlcStart: 1_700_000_500_000_000)
        let settled = try state([base, r.labels, r.eve, r.frank, settle], "disagree-3.sqlite")
        #expect(settled.conflicts.isEmpty && settled.label == "Carol's")
    }
}
