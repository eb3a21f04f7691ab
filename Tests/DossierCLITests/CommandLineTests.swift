import DossierTestSupport
import Foundation
import Testing

/// The command line's conventions: the store before or after the command, help, completions, --json.
@Suite struct CommandLineTests {
    let seeds = repositoryRoot() + "/seeds"

    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test func theStoreMayComeBeforeTheCommand() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        let ingested = try cli.run(
            ["--store", cli.store, "ingest", seeds + "/000_b1f02f91cb1f6d61.txt"], withStore: false)
        #expect(ingested.status == 0, "\(ingested.stderr)")
        let before = try cli.run(["--store", cli.store, "stats", "--json"], withStore: false)
        #expect(before.status == 0, "\(before.stderr)")
        let after = try cli.run(["stats", "--json"])
        #expect(try json(before.stdout) as? NSDictionary == json(after.stdout) as? NSDictionary)
        let equals = try cli.run(["--store=\(cli.store)", "alias", "add", "--json", "--help"], withStore: false)
        #expect(equals.status == 0)
        // The command's own --store wins over the one before it.
        let elsewhere = try cli.run(["--store", "/nonexistent/dossier", "whoami", "--json"])
        #expect(elsewhere.status == 0, "\(elsewhere.stderr)")
        let missing = try cli.run(["--store"], withStore: false)
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: --store needs a folder: dossier --store DIR COMMAND\n")
    }

    @Test func helpNamesACommand() throws {
        let cli = CLI()
        let help = try cli.run(["help", "ingest"], withStore: false)
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: dossier ingest"))
        let nested = try cli.run(["help", "alias", "add"], withStore: false)
        #expect(nested.stdout.contains("USAGE: dossier alias add"))
        let root = try cli.run(["--help"], withStore: false)
        #expect(root.stdout.contains("--store DIR (before the command"))
    }

    @Test func completionScriptsAreGenerated() throws {
        let cli = CLI()
        for shell in ["bash", "zsh", "fish"] {
            let script = try cli.run(["--generate-completion-script", shell], withStore: false)
            #expect(script.status == 0)
            #expect(script.stdout.contains("ingest") && script.stdout.contains("redact"))
        }
    }

    @Test func everyCommandThatPrintsDataTakesJSON() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        #expect(try cli.run(["ingest", seeds]).status == 0)
        let digest = try json(try cli.run(["digest", "--json"]).stdout) as? [String: String]
        #expect(digest?["digest"]?.count == 64)
        #expect(try cli.run(["digest"]).stdout == (digest?["digest"] ?? "") + "\n")
        let indexed = try json(try cli.run(["reindex", "--json"]).stdout) as? [String: Int]
        #expect(indexed?["indexed"] == 10)
        let sealed = try json(try cli.run(["seal", "--json"]).stdout) as? [String: Int]
        #expect(sealed?["sealedSegments"] == 1)
        #expect(sealed?["events"] == 10)
        let everyone = try #require(
            try json(try cli.run(["entities", "--json", "--limit", "0"]).stdout) as? [[String: Any]])
        let window = try #require(
            try json(try cli.run(["entities", "--json", "--limit", "3", "--offset", "2"]).stdout) as? [[String: Any]])
        #expect(window.map { $0["id"] as? String } == everyone[2..<5].map { $0["id"] as? String })
        let articles = try #require(try json(try cli.run(["articles", "--json"]).stdout) as? [[String: Any]])
        let rest = try #require(
            try json(try cli.run(["articles", "--json", "--offset", "4"]).stdout) as? [[String: Any]])
        #expect(rest.map { $0["id"] as? String } == [articles[4]["id"] as? String])
        let items = try json(try cli.run(["ingest", seeds, "--json"]).stdout) as? [String: Any]
        let listed = try #require(items?["items"] as? [[String: Any]])
        #expect(listed.count == 5)
        #expect(listed.allSatisfy { $0["status"] as? String == "duplicate" && ($0["article"] as? String)?.count == 64 })
    }

    @Test func typeListsTheEntityTypes() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        let bad = try cli.run(["type", "x", "COUNTRY"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("TYPE must be PERSON, ORG, PLACE or EVENT, not 'COUNTRY'"))
    }
}
