import DossierEvents
import DossierLog
import DossierTestSupport
import Foundation
import Testing

/// The curation commands end to end, and redaction checked byte by byte in every file of the store.
@Suite struct CurationCommandTests {
    let seeds = repositoryRoot() + "/seeds"

    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test func curationCommandsAppendEventsThatShowInQueriesAndHistory() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        #expect(try cli.run(["ingest", seeds]).status == 0)
        let entities = try json(try cli.run(["entities", "--json", "--limit", "0"]).stdout) as! [[String: Any]]
        let a = entities[0]["id"] as! String, b = entities[1]["id"] as! String
        #expect(try cli.run(["label", a, "Curated label", "--reason", "style"]).status == 0)
        #expect(try cli.run(["type", a, "EVENT"]).status == 0)
        #expect(try cli.run(["alias", "add", a, "Nickname"]).status == 0)
        let merged = try cli.run(["merge", b, a, "--json"])
        #expect(merged.status == 0)
        let mergeId = (try json(merged.stdout) as! [String: Any])["event"] as! String
        let after = try json(try cli.run(["entities", "--json", "--limit", "0"]).stdout) as! [[String: Any]]
        let top = try #require(after.first { $0["id"] as? String == a })
        #expect(top["label"] as? String == "Curated label")
        #expect(top["type"] as? String == "EVENT")
        #expect((top["aliases"] as? [String])?.contains("Nickname") == true)
        #expect(!after.contains { $0["id"] as? String == b })
        #expect(try cli.run(["unmerge", String(mergeId.prefix(16))]).status == 0)
        let history = try cli.run(["history", a, "--json"])
        let items = try json(history.stdout) as! [[String: Any]]
        #expect(items.contains { $0["type"] as? String == "EntityLabelSet" && $0["reason"] as? String == "style" })
        #expect(items.contains { $0["type"] as? String == "ArticleExtracted" })
        #expect(try cli.run(["conflicts", "--json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]" ||
                (try json(try cli.run(["conflicts", "--json"]).stdout) as! [Any]).isEmpty)
        let facts = try cli.run(["facts"]).stdout
        if let id = facts.split(separator: "\n").dropFirst().first?.split(separator: " ").first.map(String.init), id.hasPrefix("fact:") {
            #expect(try cli.run(["retract", id, "--reason", "misread"]).status == 0)
            #expect(try cli.run(["facts", "--retracted"]).stdout.contains(id))
            #expect(try cli.run(["restore", id]).status == 0)
        }
        #expect(try cli.run(["audit"]).status == 0)
        #expect(try cli.run(["verify"]).status == 0)
        // Every curation event validates against its schema.
        let schemas = repositoryRoot() + "/Schemas"
        let log = try EventLog(store: try Store.open(at: cli.store), mode: .read)
        var checked = 0
        try log.forEachEvent { event in
            let validator = try JSONSchemaValidator(path: "\(schemas)/\(event.header.type).schema.json")
            #expect(validator.validate(event.payload ?? []) == [], "\(event.header.type) payload does not validate")
            checked += 1
        }
        #expect(checked >= 16)
    }

    @Test func redactLeavesNoByteOfTheBodyInAnyFileOfTheStore() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        #expect(try cli.run(["ingest", seeds]).status == 0)
        #expect(try cli.run(["seal"]).status == 0)
        #expect(try cli.run(["reextract", "--all", "--force"]).status == 0)
        let articles = try json(try cli.run(["articles", "--json"]).stdout) as! [[String: Any]]
        let id = articles[0]["id"] as! String
        let sql = try json(try cli.run(["sql", "SELECT body FROM articles WHERE id = '\(id)'", "--json"]).stdout) as? [[String: Any]]
        let body = try #require(sql?.first?["body"] as? String)
        let scalars = Array(body.unicodeScalars)
        // Probes: runs of 24 scalars from all over the body.
        let probes = stride(from: 0, to: max(1, scalars.count - 24), by: max(1, scalars.count / 12)).map { i -> [UInt8] in
            var view = String.UnicodeScalarView(); view.append(contentsOf: scalars[i..<min(scalars.count, i + 24)]); return Array(String(view).utf8)
        }
        func holders() throws -> [String] {
            var found: [String] = []
            let fm = FileManager.default
            for file in fm.enumerator(atPath: cli.store)?.compactMap({ $0 as? String }) ?? [] {
                let path = cli.store + "/" + file
                guard let data = fm.contents(atPath: path) else { continue }
                let bytes = [UInt8](data)
                if probes.contains(where: { bytes.contains($0) }) { found.append(file) }
            }
            let log = try EventLog(store: try Store.open(at: cli.store), mode: .read)
            try log.forEachEvent { event in
                if let payload = event.payload, probes.contains(where: { payload.contains($0) }) { found.append("event \(event.id) (\(event.header.type))") }
            }
            return found
        }
        #expect(try !holders().isEmpty, "the probes are found before the redaction")
        let redact = try cli.run(["redact", id, "--reason", "court order"])
        #expect(redact.status == 0, "\(redact.stderr)")
        #expect(try holders() == [])
        let audit = try cli.run(["audit"])
        #expect(audit.status == 0)
        #expect(audit.stdout.contains(" 3 redacted"))
        #expect(try !cli.run(["articles"]).stdout.contains(String(id.prefix(12))))
        #expect(try cli.run(["verify"]).status == 0)
        // Rebuilding from the redacted log gives the same graph.
        let digest = try cli.run(["digest"]).stdout
        #expect(try cli.run(["rebuild"]).status == 0)
        #expect(try cli.run(["digest"]).stdout == digest)
        #expect(try holders() == [])
    }
}

extension Array where Element == UInt8 {
    /// True when `needle` occurs in the bytes.
    func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return false }
        let first = needle[0]
        var i = 0
        while i <= count - needle.count {
            if self[i] == first && self[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
