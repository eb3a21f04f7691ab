import DossierTestSupport
import Foundation
import Testing

/// The trust rules seen from the command line: bundles from unlisted senders, private files.
@Suite struct SyncTrustCommandTests {
    func key(_ cli: CLI) throws -> String {
        let data = Data(try cli.run(["whoami", "--json"]).stdout.utf8)
        return try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["key"] as? String)
    }

    @Test func aBundleFromAnUnlistedSenderIsRefusedUntilTheSenderIsListed() throws {
        let alice = CLI(), bob = CLI()
        defer { alice.cleanUp(); bob.cleanUp() }
        #expect(try alice.run(["init", "--name", "alice"]).status == 0)
        #expect(try bob.run(["init", "--name", "bob"]).status == 0)
        #expect(try alice.run(["ingest", "seeds/"]).status == 0)
        let file = alice.store + ".bundle"
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(try alice.run(["bundle", "create", file]).status == 0)
        let aliceKey = try key(alice)
        let refused = try bob.run(["bundle", "apply", file])
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "comes from replica \(aliceKey), which is not in this replica's peer list; if you trust it, run `dossier peers add NAME \(aliceKey)` and apply it again. Nothing stored"
            ))
        #expect(try bob.run(["log", "--json"]).stdout.filter { !$0.isWhitespace } == "[]")
        #expect(try bob.run(["peers", "add", "alice", aliceKey]).status == 0)
        let applied = try bob.run(["bundle", "apply", file])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(applied.stdout.contains("new events"))
        #expect(try bob.run(["audit"]).status == 0)
    }

    @Test func everyFileOfTheStoreIsPrivateWhateverTheUmask() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let script =
            "umask 000 && \"$0\" init --name open --store \"$1\" >/dev/null && \"$0\" ingest seeds/ --store \"$1\" >/dev/null 2>&1 && \"$0\" peers add bob \(String(repeating: "b", count: 64)) --store \"$1\" >/dev/null"
        process.arguments = ["-c", script, CLI.binary, cli.store]
        process.currentDirectoryURL = URL(fileURLWithPath: repositoryRoot())
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        var checked = 0
        let enumerator = FileManager.default.enumerator(atPath: cli.store)
        while let name = enumerator?.nextObject() as? String {
            let attributes = try FileManager.default.attributesOfItem(atPath: cli.store + "/" + name)
            let mode = (attributes[.posixPermissions] as? Int) ?? 0o777
            #expect(mode & 0o077 == 0, "\(name) has mode \(String(mode, radix: 8))")
            checked += 1
        }
        #expect(checked >= 5)
        #expect(FileManager.default.fileExists(atPath: cli.store + "/peers.json"))
    }
}
