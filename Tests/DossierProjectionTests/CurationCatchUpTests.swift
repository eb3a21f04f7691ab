import DossierEvents
import DossierLog
import Foundation
import GRDB
import Testing

@testable import DossierProjection

/// A catch-up re-derives curation effects once at its end, not after each batch: the result must
/// be the one a rebuild, or batch-by-batch application, gives.
@Suite struct CurationCatchUpTests {
    static let entities = TestCorpus.people.map(\.id) + ["wd:Q404"]

    /// Appends `count` curation edits of every kind (some superseding earlier ones, some concurrent) to the corpus's log.
    static func appendEdits(_ count: Int, to corpus: LoggedCorpus, seed: UInt64) throws -> [Event] {
        var rng = SeededRandom(state: seed)
        let log = try EventLog(store: corpus.store, mode: .write)
        defer { log.close() }
        let article0 = CurationTests.article0, fact0 = CurationTests.fact0
        let mentions = TestCorpus.spans(of: "Macron", in: TestCorpus.texts[0].body)
        var written: [Event] = []
        var byKind: [String: [String]] = [:]
        for round in 0..<(count / 50) {
            var drafts: [EventDraft] = []
            for i in 0..<50 {
                let a = entities.randomElement(using: &rng)!, b = entities.randomElement(using: &rng)!
                // Supersede a random earlier write of the kind half of the time (the rest are concurrent heads).
                func earlier(_ kind: String) -> [String] {
                    guard Bool.random(using: &rng), let seen = byKind[kind], !seen.isEmpty else { return [] }
                    return [seen.randomElement(using: &rng)!]
                }
                let e = round * 50 + i
                switch Int.random(in: 0..<9, using: &rng) {
                case 0:
                    drafts.append(
                        try EventDraft(EntityLabelSet(entity: a, label: "Label \(e % 7)", supersedes: earlier("label")))
                    )
                case 1:
                    drafts.append(
                        try EventDraft(
                            EntityTypeSet(entity: a, type: ["ORG", "PERSON"][e % 2], supersedes: earlier("type"))))
                case 2:
                    drafts.append(
                        try EventDraft(EntitiesMerged(entity: a, into: b, supersedes: earlier("merge"), reason: "test"))
                    )
                case 3:
                    if let merge = byKind["merge"]?.randomElement(using: &rng) {
                        drafts.append(try EventDraft(MergeUndone(merge: merge, entity: a)))
                    }
                case 4: drafts.append(try EventDraft(AliasAdded(entity: a, alias: "Alias \(e % 5)")))
                case 5:
                    drafts.append(
                        try EventDraft(AliasRemoved(entity: a, alias: "Alias \(e % 5)", removes: earlier("alias"))))
                case 6:
                    drafts.append(
                        try EventDraft(
                            FactRetracted(fact: fact0, article: article0, supersedes: earlier("fact"), reason: "test")))
                case 7:
                    drafts.append(
                        try EventDraft(FactRestored(fact: fact0, article: article0, supersedes: earlier("fact"))))
                default:
                    let m = mentions.randomElement(using: &rng)!
                    drafts.append(
                        try EventDraft(
                            MentionMoved(
                                article: article0, start: m.start, end: m.end, from: nil, to: b,
                                supersedes: earlier("mention"))))
                }
            }
            if round == count / 100 {
                drafts.append(
                    try EventDraft(ArticleRedacted(article: CurationTests.article5, events: [], reason: "test")))
            }
            let events = try log.append(drafts, nowMillis: LoggedCorpus.times[2] + 1_000 * (round + 1))
            for event in events {
                guard let edit = try CurationEdit.decode(event) else { continue }
                byKind[edit.kind, default: []].append(event.id)
            }
            written += events
        }
        return written
    }

    @Test func catchUpInSmallBatchesEqualsRebuildAndBatchByBatchApplication() throws {
        let corpus = try LoggedCorpus()
        let edits = try Self.appendEdits(400, to: corpus, seed: 7)
        let rebuilt = try Projection.build(from: try corpus.log(), at: corpus.folder.file("rebuilt.sqlite"))
        #expect(rebuilt.events == edits.count + corpus.batches.joined().count)
        let fresh = try Projection.open(path: corpus.folder.file("rebuilt.sqlite"))
        let reference = try fresh.digest()
        #expect(try fresh.curationConflicts().count > 0)
        #expect(try fresh.curationEffects(kind: .merge).count > 0)

        // A live projection that already holds the articles catches up the edits 7 events at a time.
        let live = try Projection.open(path: corpus.folder.file("live.sqlite"))
        for batch in corpus.batches { try live.apply(batch) }
        let report = try live.catchUp(from: try corpus.log(), batchEvents: 7)
        #expect(report.applied == edits.count)
        #expect(try live.digest() == reference)
        #expect(try live.firstDifference(from: fresh) == nil)
        #expect(try live.curationConflicts() == fresh.curationConflicts())

        // The same edits applied in transactions of 5, each re-deriving the effects.
        let stepped = try Projection.open(path: corpus.folder.file("stepped.sqlite"))
        for batch in corpus.batches { try stepped.apply(batch) }
        var rest = edits[...]
        while !rest.isEmpty { try stepped.apply(Array(rest.prefix(5))); rest = rest.dropFirst(5) }
        #expect(try stepped.digest() == reference)
    }

    @Test func staleEffectsLeftByAnInterruptedCatchUpAreRederived() throws {
        let corpus = try LoggedCorpus()
        let edits = try Self.appendEdits(100, to: corpus, seed: 11)
        try Projection.build(from: try corpus.log(), at: corpus.folder.file("rebuilt.sqlite"))
        let reference = try Projection.open(path: corpus.folder.file("rebuilt.sqlite")).digest()

        // As if a catch-up stopped after its first batch: rows applied, effects marked stale.
        let live = try Projection.open(path: corpus.folder.file("live.sqlite"))
        for batch in corpus.batches { try live.apply(batch) }
        _ = try live.apply(decoded: edits.map(DecodedEvent.init), deferCuration: true)
        let stale = try live.writer.read { db in CurationResolver.isStale(db) }
        #expect(stale)
        #expect(try live.curationEffects().isEmpty)
        // Nothing left to apply, but the catch-up re-derives what the interrupted one left stale.
        let report = try live.catchUp(from: try corpus.log())
        #expect(report.applied == 0)
        #expect(try live.digest() == reference)
        let after = try live.writer.read { db in CurationResolver.isStale(db) }
        #expect(!after)
    }
}
