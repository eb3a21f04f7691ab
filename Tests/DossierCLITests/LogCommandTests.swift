import DossierEvents
import DossierLog
import DossierTestSupport
import Foundation
import Testing

/// The first commands end to end: init, whoami, ingest, log, audit, stats, lock, exit codes.
@Suite(.serialized) struct LogCommandTests {
    let seeds = repositoryRoot() + "/seeds"

    @Test func initWhoamiAndKeyPermissions() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        let created = try cli.run(["init", "--name", "alice"])
        #expect(created.status == 0, "\(created.stderr)")
        let who = try cli.run(["whoami", "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(who.stdout.utf8)) as? [String: Any]
        #expect(json?["name"] as? String == "alice")
        #expect((json?["key"] as? String).map(Hex.isDigest) == true)
        let mode =
            try FileManager.default.attributesOfItem(atPath: cli.store + "/identity/key")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try cli.run(["init"]).status != 0, "init over an existing store must refuse")

        chmod(cli.store + "/identity/key", 0o640)
        let refused = try cli.run(["whoami"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is readable by others (mode 640); run `chmod 600"))
    }

    @Test func ingestLogAuditStatsOnTheSeeds() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        let ingest = try cli.run(["ingest", seeds])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let again = try cli.run(["ingest", seeds + "/000_b1f02f91cb1f6d61.txt"])
        #expect(again.status == 0)
        #expect(again.stderr.contains("already stored as article"))

        let log = try cli.run(["log", "--json"])
        let events = try #require(try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]])
        #expect(events.filter { $0["type"] as? String == "ArticleIngested" }.count == 5)
        #expect(events.filter { $0["type"] as? String == "ArticleExtracted" }.count == 5)
        for key in ["id", "type", "author", "seq", "hlc"] {
            #expect(events.allSatisfy { $0[key] != nil }, "log --json lacks \(key)")
        }
        let hlcs = events.compactMap { $0["hlc"] as? Int }
        #expect(hlcs == hlcs.sorted(), "log --json is oldest first")
        let last3 = try #require(
            try JSONSerialization.jsonObject(with: Data(try cli.run(["log", "--limit", "3", "--json"]).stdout.utf8))
                as? [[String: Any]])
        #expect(
            last3.compactMap { $0["id"] as? String } == events.suffix(3).compactMap { $0["id"] as? String },
            "log --limit 3 is the last 3 of the full log")

        let audit = try cli.run(["audit"])
        #expect(audit.status == 0)
        #expect(audit.stdout.hasPrefix("OK: 1 authors, 1 segments, 10 events"))

        let stats = try cli.run(["stats", "--json"])
        let s = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect(s["events"] as? Int == 10)
        #expect(s["articles"] as? Int == 5)
        #expect((s["rawBytes"] as? Int ?? 0) > 30_000)
        #expect((s["storedBytes"] as? Int ?? 0) > 0)
    }

    @Test func everyWrittenEventValidatesAgainstItsSchema() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        #expect(try cli.run(["ingest", seeds]).status == 0)
        let schemas = repositoryRoot() + "/Schemas"
        let envelope = try JSONSchemaValidator(path: schemas + "/envelope.schema.json")
        var validators: [String: JSONSchemaValidator] = [:]
        let log = try EventLog(store: try Store.open(at: cli.store), mode: .read)
        var checked = 0
        try log.forEachEvent { event in
            #expect(envelope.validate(event.header.canonicalBytes()) == [])
            let type = event.header.type
            if validators[type] == nil {
                validators[type] = try JSONSchemaValidator(path: "\(schemas)/\(type).schema.json")
            }
            #expect(validators[type]!.validate(event.payload ?? []) == [], "\(type) payload does not validate")
            checked += 1
        }
        #expect(checked == 10)
    }

    @Test func auditNamesTheDamagedSegmentAndRecord() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        #expect(try cli.run(["ingest", seeds]).status == 0)
        let log = try EventLog(store: try Store.open(at: cli.store), mode: .read)
        let segment = log.segmentFiles(author: log.authors[0])[0].path
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: segment)))
        bytes[200] ^= 0x04
        try Data(bytes).write(to: URL(fileURLWithPath: segment))
        let audit = try cli.run(["audit"])
        #expect(audit.status == 1)
        #expect(audit.stdout.contains("FAIL  \(segment) record 1 (seq 1): CRC mismatch"))
        let json = try cli.run(["audit", "--json"])
        #expect(json.status == 1)
        #expect(json.stdout.contains("\"record\" : 1"))
        // Reading refuses to serve past the damage.
        #expect(try cli.run(["log"]).status == 1)
    }

    @Test func aSecondWriterIsRefusedWhileTheFirstHoldsTheLock() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        #expect(try cli.run(["init", "--name", "bob"]).status == 0)
        // The first writer blocks reading standard input while it holds the lock.
        let first = Process()
        first.executableURL = URL(fileURLWithPath: CLI.binary)
        first.arguments = ["ingest", "-", "--store", cli.store]
        let input = Pipe()
        first.standardInput = input
        first.standardOutput = Pipe()
        first.standardError = Pipe()
        try first.run()
        var refused: CLI.Result?
        for _ in 0..<100 {
            let second = try cli.run(["ingest", seeds + "/004_cc90b059fb36a085.txt"], env: ["DOSSIER_LOCK_WAIT": "0"])
            if second.status != 0 { refused = second; break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let message = try #require(refused).stderr
        #expect(
            message.contains("the store is being written by another dossier process (pid \(first.processIdentifier))"))

        // A writer that may wait does, says so, and goes ahead once the lock is free.
        let feeder = Thread {
            Thread.sleep(forTimeInterval: 0.8)
            input.fileHandleForWriting.write(Data("Un article court sur l'OTAN à Kaboul, en janvier 2021.\n".utf8))
            try? input.fileHandleForWriting.close()
        }
        feeder.start()
        let waiting = try cli.run(["ingest", seeds + "/004_cc90b059fb36a085.txt"], env: ["DOSSIER_LOCK_WAIT": "20"])
        first.waitUntilExit()
        #expect(waiting.status == 0, "\(waiting.stderr)")
        #expect(
            waiting.stderr.contains(
                "waiting for the store lock held by another dossier process (pid \(first.processIdentifier))"))
        #expect(first.terminationStatus == 0)
        #expect(try cli.run(["audit"]).status == 0)
    }

    @Test func usageErrorsExitTwo() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        #expect(try cli.run(["frobnicate"], withStore: false).status == 2)
        #expect(try cli.run(["ingest"]).status == 2)
        #expect(try cli.run(["log", "--limit", "x"]).status == 2)
        let missing = try cli.run(["log"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("run `dossier init`"))
    }
}
