import DossierEvents
import Foundation
import Testing

@testable import DossierProjection

@Suite struct ConvergenceTests {
    static func digest(_ batches: [[Event]], in folder: TempFolder, name: String) throws -> String {
        let projection = try Projection.open(path: folder.file(name))
        defer { try? projection.close() }
        for batch in batches { try projection.apply(batch) }
        return try projection.digest()
    }

    static func randomBatches(_ events: [Event], using rng: inout SeededRandom) -> [[Event]] {
        var shuffled = events
        shuffled.shuffle(using: &rng)
        var batches: [[Event]] = []
        var rest = shuffled[...]
        while !rest.isEmpty {
            let n = Int.random(in: 1...max(1, rest.count), using: &rng)
            batches.append(Array(rest.prefix(n)))
            rest = rest.dropFirst(n)
        }
        return batches
    }

    @Test func sameSetOfEventsInAnyOrderGivesTheSameDigest() throws {
        let events = try TestCorpus.events()
        let folder = TempFolder()
        let reference = try Self.digest([events], in: folder, name: "reference.sqlite")
        for seed in UInt64(1)...40 {
            var rng = SeededRandom(state: seed)
            let batches = Self.randomBatches(events, using: &rng)
            let digest = try Self.digest(batches, in: folder, name: "run\(seed).sqlite")
            #expect(digest == reference, "seed \(seed): \(batches.map(\.count)) batches")
        }
    }

    @Test func perAuthorOrderedInterleavingsConvergeAndRedeliveryIsANoOp() throws {
        let events = try TestCorpus.events()
        let folder = TempFolder()
        let reference = try Self.digest([events], in: folder, name: "reference.sqlite")
        for seed in UInt64(100)...115 {
            var rng = SeededRandom(state: seed)
            var queues = Dictionary(grouping: events, by: \.header.author).mapValues { $0[...] }
            var merged: [Event] = []
            while let author = queues.keys.sorted().filter({ !queues[$0]!.isEmpty }).randomElement(using: &rng) {
                merged.append(queues[author]!.removeFirst())
            }
            let cut = Int.random(in: 0...merged.count, using: &rng)
            let digest = try Self.digest(
                [Array(merged[..<cut]), Array(merged[cut...]), events], in: folder, name: "i\(seed).sqlite")
            #expect(digest == reference, "seed \(seed)")
        }
    }

    @Test func highestExtractorVersionWinsThenLowestAuthor() throws {
        let folder = TempFolder()
        let projection = try Projection.open(path: folder.file("p.sqlite"))
        try projection.apply(try TestCorpus.events())
        let winners = try projection.query(
            sql: """
                SELECT a.id, x.version, x.author FROM articles a JOIN extractions x ON x.key = a.extraction ORDER BY a.published
                """
        ).rows
        #expect(winners.map { $0[1] } == ["2", "1", "2", "1", "2", "2"])
        // Article 1 has two v1 extractions (Alice and Bob): the lowest author id wins.
        #expect(winners[1][2] == TestCorpus.alice)
        // Macron's short name appears only in v2 extractions (article 0), so it is an alias.
        let macron = try #require(projection.entities().first { $0.id == "wd:Q3052772" })
        #expect(macron.aliases.contains("Macron"))
        #expect(macron.label == "Emmanuel Macron")
    }

    @Test func everyProjectionIsDifferentWhenTheSetDiffers() throws {
        let events = try TestCorpus.events()
        let folder = TempFolder()
        let all = try Self.digest([events], in: folder, name: "all.sqlite")
        let fewer = try Self.digest([Array(events.dropLast())], in: folder, name: "fewer.sqlite")
        #expect(all != fewer)
    }

    @Test func mentionSpansPointAtTheirSurfaces() throws {
        let folder = TempFolder()
        let projection = try Projection.open(path: folder.file("p.sqlite"))
        try projection.apply(try TestCorpus.events())
        let bad = try projection.query(
            sql: """
                SELECT count(*) FROM mentions m JOIN articles a ON a.key = m.article
                JOIN aliases al ON al.entity = m.entity AND al.alias = substr(a.body, m.start + 1, m."end" - m.start)
                """
        ).rows
        let total = try projection.query(sql: "SELECT count(*) FROM mentions").rows
        #expect(bad == total)
        #expect(total[0][0] != "0")
    }
}
