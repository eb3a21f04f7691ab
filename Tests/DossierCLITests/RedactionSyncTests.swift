import DossierEvents
import DossierLog
import DossierTestSupport
import Foundation
import Testing

/// Redaction travelling between replicas through real bundles (`bundle create` / `bundle apply`):
/// a replica that accepts the redaction erases the body; a replica that already redacted erases
/// a copy arriving from a peer that had not.
@Suite struct RedactionSyncTests {
    let seeds = repositoryRoot() + "/seeds"

    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    /// A folder for bundle files, outside every store.
    final class Folder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bundles-\(UUID().uuidString)")
            .path
        init() { try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    /// `from` writes a bundle of everything it holds, `to` applies it.
    func send(_ from: CLI, _ to: CLI, _ name: String, in folder: Folder) throws -> CLI.Result {
        let file = folder.path + "/" + name + ".bundle"
        let created = try from.run(["bundle", "create", file])
        #expect(created.status == 0, "\(created.stderr)")
        return try to.run(["bundle", "apply", file])
    }

    func key(_ cli: CLI) throws -> String {
        (try json(try cli.run(["whoami", "--json"]).stdout) as! [String: Any])["key"] as! String
    }

    func authors(_ cli: CLI) throws -> Set<String> {
        Set((try json(try cli.run(["log", "--json"]).stdout) as! [[String: Any]]).map { $0["author"] as! String })
    }

    @Test func aRedactionSyncedToAPeerErasesTheBodyThereAndACopyArrivingLaterIsErasedOnArrival() throws {
        let a = CLI(), b = CLI(), c = CLI(), folder = Folder()
        defer { a.cleanUp(); b.cleanUp(); c.cleanUp() }
        #expect(try a.run(["ingest", seeds]).status == 0)
        let articles = try json(try a.run(["articles", "--json"]).stdout) as! [[String: Any]]
        let id = articles[0]["id"] as! String, source = articles[0]["source"] as! String
        let sql =
            try json(try a.run(["sql", "SELECT body FROM articles WHERE id = '\(id)'", "--json"]).stdout)
            as? [[String: Any]]
        let probes = StoreScan.probes(of: try #require(sql?.first?["body"] as? String))
        // C ingests the same article on its own, and will not hear of the redaction before it sends it on.
        #expect(try c.run(["ingest", source]).status == 0)
        #expect(try !StoreScan.holders(of: probes, in: c.store).isEmpty)

        // A → B before the redaction: B holds the body.
        #expect(try b.run(["init", "--name", "bea"]).status == 0)
        // Bundles are applied only from listed peers: everyone lists everyone.
        for (i, from) in [a, b, c].enumerated() {
            for (j, to) in [a, b, c].enumerated() where i != j {
                #expect(try to.run(["peers", "add", "p\(i)", try key(from)]).status == 0)
            }
        }
        #expect(try send(a, b, "a1", in: folder).status == 0)
        #expect(try b.run(["articles"]).stdout.contains(String(id.prefix(12))))
        #expect(
            try !StoreScan.holders(of: probes, in: b.store).isEmpty, "the probes are found on B before the redaction")

        // A redacts, then A → B: B accepts the redaction and erases.
        let redact = try a.run(["redact", id, "--reason", "court order"])
        #expect(redact.status == 0, "\(redact.stderr)")
        #expect(try StoreScan.holders(of: probes, in: a.store) == [])
        let applied = try send(a, b, "a2", in: folder)
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(applied.stderr.contains("Applied redactions received from peers"))
        #expect(try StoreScan.holders(of: probes, in: b.store) == [], "B still holds pieces of the body")
        let auditB = try b.run(["audit"])
        #expect(auditB.status == 0, "\(auditB.stdout)\(auditB.stderr)")
        #expect(auditB.stdout.contains(" 2 redacted"))
        #expect(try !b.run(["articles"]).stdout.contains(String(id.prefix(12))))
        #expect(try b.run(["verify"]).status == 0)
        #expect(try b.run(["digest"]).stdout == a.run(["digest"]).stdout, "A and B hold the same events")

        // C, which never saw the redaction, sends its own copy of the article to A: A erases it on arrival.
        let fromC = try send(c, a, "c1", in: folder)
        #expect(fromC.status == 0, "\(fromC.stderr)")
        #expect(try authors(a).contains(try key(c)), "A stored C's events (headers)")
        #expect(try StoreScan.holders(of: probes, in: a.store) == [], "A kept C's copy of the body")
        let auditA = try a.run(["audit"])
        #expect(auditA.status == 0, "\(auditA.stdout)\(auditA.stderr)")
        #expect(auditA.stdout.contains(" 4 redacted"))
        #expect(try !a.run(["articles"]).stdout.contains(String(id.prefix(12))))
        #expect(try a.run(["verify"]).status == 0)

        // And once C receives the redaction, C erases its own copy too.
        #expect(try send(a, c, "a3", in: folder).status == 0)
        #expect(try StoreScan.holders(of: probes, in: c.store) == [], "C still holds pieces of the body")
        #expect(try c.run(["audit"]).status == 0)
        #expect(try c.run(["digest"]).stdout == a.run(["digest"]).stdout, "A and C hold the same events")
    }
}
