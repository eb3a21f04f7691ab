import DossierEvents
import DossierTestSupport
import Foundation
import Testing

/// Runs the built `dossier` binary against one temporary store (for the projection commands).
final class ProjectionStore {
    let store = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-projcli-\(UUID().uuidString)")
        .path
    var projection: String { store + "/projection.sqlite" }

    static let binary: String = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(), Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for dir in candidates
        where FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("dossier").path) {
            return dir.appendingPathComponent("dossier").path
        }
        return repositoryRoot() + "/.build/debug/dossier"
    }()

    deinit { try? FileManager.default.removeItem(atPath: store) }

    /// Runs `dossier ARGS… --store STORE`; returns status, stdout and stderr.
    @discardableResult
    func run(_ args: [String], withStore: Bool = true) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = withStore ? args + ["--store", store] : args
        process.currentDirectoryURL = URL(fileURLWithPath: repositoryRoot())
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    /// Runs a command with `--json` and parses its output.
    func json(_ args: [String], withStore: Bool = true) throws -> Any {
        let result = try run(args + ["--json"], withStore: withStore)
        guard result.status == 0 else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: result.err])
        }
        return try JSONSerialization.jsonObject(with: Data(result.out.utf8))
    }

    /// A store with the seeds ingested.
    static func seeded() throws -> ProjectionStore {
        let s = ProjectionStore()
        let ingest = try s.run(["ingest", repositoryRoot() + "/seeds"])
        guard ingest.status == 0 else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: ingest.err])
        }
        return s
    }
}

@Suite(.serialized) struct ProjectionCommandTests {
    @Test func everyMentionAndFactSpanOfTheSeedsPointsAtItsSurface() throws {
        let s = try ProjectionStore.seeded()
        let rows = try #require(
            try s.json([
                "sql",
                """
                SELECT e.id AS entity, m.start, m."end", substr(a.body, m.start + 1, m."end" - m.start) AS text
                FROM mentions m JOIN articles a ON a.key = m.article JOIN entities e ON e.key = m.entity
                """,
            ]) as? [[String: String?]])
        let stored = Set(rows.map { "\($0["entity"]!!)|\($0["start"]!!)|\($0["end"]!!)|\($0["text"]!!)" })
        var expected = Set<String>()
        var factSlices = Set<String>()
        let seeds = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot() + "/seeds").sorted()
        for seed in seeds {
            let extraction = try #require(
                try s.json(["extract", repositoryRoot() + "/seeds/" + seed], withStore: false) as? [String: Any])
            let body = Array((extraction["body"] as? String ?? "").unicodeScalars)
            for entity in extraction["entities"] as? [[String: Any]] ?? [] {
                for m in entity["mentions"] as? [[String: Any]] ?? [] {
                    expected.insert("\(entity["id"]!)|\(m["start"]!)|\(m["end"]!)|\(m["surface"]!)")
                }
            }
            for f in extraction["facts"] as? [[String: Any]] ?? [] {
                let start = f["start"] as! Int, end = f["end"] as! Int
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: body[start..<end])
                factSlices.insert(String(slice))
            }
        }
        #expect(!expected.isEmpty)
        #expect(
            expected.subtracting(stored).isEmpty,
            "mentions whose stored span does not give the surface: \(expected.subtracting(stored).prefix(5))")
        #expect(stored.count == expected.count)
        let facts = try #require(try s.json(["facts"]) as? [[String: Any]])
        #expect(!facts.isEmpty)
        #expect(Set(facts.compactMap { $0["evidence"] as? String }) == factSlices)
    }

    @Test func queriesPrintTheDocumentedJSONKeys() throws {
        let s = try ProjectionStore.seeded()
        let entities = try #require(try s.json(["entities", "--limit", "5"]) as? [[String: Any]])
        #expect(entities.count == 5)
        #expect(Set(entities[0].keys).isSuperset(of: ["id", "type", "label", "aliases", "mentions"]))
        let articles = try #require(try s.json(["articles"]) as? [[String: Any]])
        #expect(articles.count == 5)
        #expect(Set(articles[0].keys).isSuperset(of: ["id", "title", "language", "source", "published"]))
        let hits = try #require(try s.json(["search", "talibans"]) as? [[String: Any]])
        #expect(!hits.isEmpty)
        #expect(Set(hits[0].keys).isSuperset(of: ["article", "title", "snippet"]))
        let digest = try s.run(["digest"])
        #expect(digest.out.range(of: #"^[0-9a-f]{64}\n$"#, options: .regularExpression) != nil)
        let show = try s.run(["show", "Milley"])
        #expect(show.status == 0)
        #expect(show.out.contains("Mark Milley"))
        let unknown = try s.run(["show", "Mark Miley"])
        #expect(unknown.status == 1)
        #expect(unknown.err.contains("no entity named 'Mark Miley'. Close matches:\n  Mark Milley"))
    }

    @Test func sqlRefusesWritesAndChangesNothing() throws {
        let s = try ProjectionStore.seeded()
        let before = try s.run(["digest"]).out
        let write = try s.run(["sql", "DELETE FROM entities"])
        #expect(write.status == 1)
        #expect(write.err == "error: sql: attempt to write a readonly database\n")
        let syntax = try s.run(["sql", "SELEKT 1"])
        #expect(syntax.status == 1)
        #expect(syntax.err == "error: sql: near \"SELEKT\": syntax error\n")
        #expect(try s.run(["digest"]).out == before)
    }

    @Test func verifyPassesThenNamesATamperedRow() throws {
        let s = try ProjectionStore.seeded()
        let ok = try s.run(["verify"])
        #expect(ok.status == 0, "\(ok.err)")
        #expect(ok.out.hasPrefix("OK: the projection equals a rebuild of the log"))
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [s.projection, "UPDATE entities SET label = 'Tampered' WHERE id = 'person:mark-milley'"]
        try sqlite.run()
        sqlite.waitUntilExit()
        let bad = try s.run(["verify"])
        #expect(bad.status == 1)
        #expect(bad.err.contains("the projection differs from a rebuild of the log: table entities, row key="))
        #expect(bad.err.contains("label: \"Tampered\" ≠ \"Mark Milley\""))
        #expect(try s.run(["rebuild"]).status == 0)
        #expect(try s.run(["verify"]).status == 0)
    }

    @Test func aDeletedProjectionIsRebuiltWithANotice() throws {
        let s = try ProjectionStore.seeded()
        let before = try s.run(["digest"]).out
        try FileManager.default.removeItem(atPath: s.projection)
        let after = try s.run(["digest"])
        #expect(after.status == 0)
        #expect(after.err.hasPrefix("No projection in \(s.store); rebuilding it from the log (10 events)."))
        #expect(after.out == before)
    }

    @Test func asOfAnswersFromThePastAndRefusesGarbage() throws {
        let s = try ProjectionStore.seeded()
        let events = try #require(try s.json(["log"]) as? [[String: Any]])
        let secondId = try #require(events[1]["id"] as? String)
        let past = try #require(try s.json(["articles", "--as-of", String(secondId.prefix(16))]) as? [[String: Any]])
        #expect(past.count == 1)
        let before = try #require(try s.json(["entities", "--as-of", "2000-01-01"]) as? [[String: Any]])
        #expect(before.isEmpty)
        let bad = try s.run(["entities", "--as-of", "last tuesday"])
        #expect(bad.status == 2)
        #expect(bad.err.contains("--as-of 'last tuesday' is neither an ISO time"))
        // Pinning the projection in the past and back.
        #expect(try s.run(["rebuild", "--as-of", String(secondId.prefix(16))]).status == 0)
        let pinned = try s.run(["articles", "--json"])
        #expect(pinned.err.contains("pinned as of"))
        #expect(try s.run(["rebuild"]).status == 0)
        #expect(try #require(try s.json(["articles"]) as? [[String: Any]]).count == 5)
    }
}
