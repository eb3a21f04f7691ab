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
        #expect(
            try cli.run(["conflicts", "--json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]"
                || (try json(try cli.run(["conflicts", "--json"]).stdout) as! [Any]).isEmpty)
        let facts = try cli.run(["facts"]).stdout
        if let id = facts.split(separator: "\n").dropFirst().first?.split(separator: " ").first.map(String.init),
            id.hasPrefix("fact:")
        {
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

    @Test func factsJSONGivesTheIdsThatRetractTakes() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        #expect(try cli.run(["ingest", seeds]).status == 0)
        // An article of our own with two plain facts, so that a prefix can be ambiguous.
        let article = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-facts-\(UUID()).txt")
        try Data(
            """
            Remaniement

            Le président Paul Delcour a limogé Jean Morvan lundi. La sénatrice Hélène Varin a critiqué Paul Delcour mardi.
            """.utf8
        ).write(to: article)
        defer { try? FileManager.default.removeItem(at: article) }
        #expect(try cli.run(["ingest", article.path]).status == 0)
        let facts = try json(try cli.run(["facts", "--json"]).stdout) as! [[String: Any]]
        try #require(facts.count >= 2)
        let ids = facts.compactMap { $0["id"] as? String }
        #expect(ids.count == facts.count && ids.allSatisfy { $0.hasPrefix("fact:") && $0.count == 25 })
        let id = ids[0]
        let retract = try cli.run(["retract", id, "--reason", "misread", "--json"])
        #expect(retract.status == 0, "\(retract.stderr)")
        let retracted = try json(try cli.run(["facts", "--retracted", "--json"]).stdout) as! [[String: Any]]
        #expect(retracted.compactMap { $0["id"] as? String } == [id])
        #expect(
            !(try json(try cli.run(["facts", "--json"]).stdout) as! [[String: Any]]).contains {
                $0["id"] as? String == id
            })
        // The human table shows the id's first 17 characters, enough for `restore`.
        #expect(try cli.run(["facts", "--retracted"]).stdout.contains(String(id.prefix(17))))
        #expect(try cli.run(["restore", String(id.prefix(17))]).status == 0)
        let ambiguous = try cli.run(["retract", "fact:", "--reason", "x"])
        #expect(ambiguous.status == 2)
        let sorted = ids.sorted()
        #expect(
            ambiguous.stderr
                == "error: 'fact:' is the start of \(ids.count) fact ids (\(sorted.prefix(3).joined(separator: ", "))…); give more of the id\n"
        )
    }

    @Test func showListsAMovedMentionUnderItsNewEntityAndCountsAgree() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        #expect(try cli.run(["ingest", seeds]).status == 0)
        func show(_ entity: String) throws -> [String: Any] {
            try json(try cli.run(["show", entity, "--json"]).stdout) as! [String: Any]
        }
        func contexts(_ profile: [String: Any]) -> [String] {
            (profile["contexts"] as! [[String: Any]]).map { "\($0["article"]!):\($0["start"]!)-\($0["end"]!)" }
        }
        func listed() throws -> [String: [String: Any]] {
            let all = try json(try cli.run(["entities", "--json", "--limit", "0"]).stdout) as! [[String: Any]]
            return Dictionary(uniqueKeysWithValues: all.map { ($0["id"] as! String, $0) })
        }
        let milley = "person:mark-milley", trump = "wd:Q22686"
        let before = try listed()
        let mention = try #require(contexts(try show(milley)).first)
        let moved = try cli.run(["mention", "move", mention, trump, "--reason", "wrong person"])
        #expect(moved.status == 0, "\(moved.stderr)")
        let after = try listed()
        #expect(after[milley]?["mentions"] as? Int == (before[milley]?["mentions"] as! Int) - 1)
        #expect(after[trump]?["mentions"] as? Int == (before[trump]?["mentions"] as! Int) + 1)
        for id in [milley, trump] {
            let profile = try show(id)
            let entity = profile["entity"] as! [String: Any]
            #expect(entity["mentions"] as? Int == after[id]?["mentions"] as? Int, "\(id): show and entities disagree")
            #expect(entity["articles"] as? Int == after[id]?["articles"] as? Int, "\(id): show and entities disagree")
            let articles = profile["articles"] as! [[String: Any]]
            #expect(
                articles.map { $0["mentions"] as! Int }.reduce(0, +) == entity["mentions"] as? Int,
                "\(id): listed mentions ≠ count")
            #expect(contexts(profile).contains(mention) == (id == trump))
        }
        let human = try cli.run(["show", trump]).stdout
        #expect(human.contains("(moved here)"))
    }

    @Test func neighborsAndPathTreatAMergedEntityAsItsRepresentative() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        #expect(try cli.run(["ingest", seeds]).status == 0)
        func neighbors(_ entity: String) throws -> [String: Int] {
            let list =
                try json(try cli.run(["neighbors", entity, "--json", "--limit", "100"]).stdout) as! [[String: Any]]
            return Dictionary(uniqueKeysWithValues: list.map { ($0["id"] as! String, $0["weight"] as! Int) })
        }
        let milley = "person:mark-milley", dod = "wd:Q11209"
        let milleyBefore = try neighbors(milley), dodBefore = try neighbors(dod)
        let merged = try cli.run(["merge", milley, dod, "--json"])
        #expect(merged.status == 0)
        let mergeId = (try json(merged.stdout) as! [String: Any])["event"] as! String
        let dodAfter = try neighbors(dod)
        #expect(dodAfter[milley] == nil && dodAfter[dod] == nil)
        // Every neighbour of either is a neighbour of the merged node, at least as strong, at most the sum.
        for id in Set(milleyBefore.keys).union(dodBefore.keys).subtracting([milley, dod]) {
            let w = try #require(dodAfter[id], "\(id) lost")
            #expect(
                w >= max(milleyBefore[id] ?? 0, dodBefore[id] ?? 0)
                    && w <= (milleyBefore[id] ?? 0) + (dodBefore[id] ?? 0))
        }
        let asked = try cli.run(["neighbors", milley, "--json", "--limit", "100"])
        #expect(asked.stderr == "person:mark-milley is merged into wd:Q11209; using wd:Q11209\n")
        #expect(try neighbors(milley) == dodAfter)
        let path = try json(try cli.run(["path", milley, "Taliban", "--json"]).stdout) as! [[String: Any]]
        #expect(path.first?["from"] as? String == dod)
        #expect(!path.contains { $0["to"] as? String == milley || $0["from"] as? String == milley })
        #expect(try cli.run(["unmerge", String(mergeId.prefix(16))]).status == 0)
        #expect(try neighbors(dod) == dodBefore)
        #expect(try neighbors(milley) == milleyBefore)
    }

    @Test func redactLeavesNoByteOfTheBodyInAnyFileOfTheStore() throws {
        let cli = CLI()
        defer { cli.cleanUp() }
        #expect(try cli.run(["ingest", seeds]).status == 0)
        #expect(try cli.run(["seal"]).status == 0)
        #expect(try cli.run(["reextract", "--all", "--force"]).status == 0)
        let articles = try json(try cli.run(["articles", "--json"]).stdout) as! [[String: Any]]
        let id = articles[0]["id"] as! String
        let sql =
            try json(try cli.run(["sql", "SELECT body FROM articles WHERE id = '\(id)'", "--json"]).stdout)
            as? [[String: Any]]
        let body = try #require(sql?.first?["body"] as? String)
        let probes = StoreScan.probes(of: body)
        func holders() throws -> [String] { try StoreScan.holders(of: probes, in: cli.store) }
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

/// Looks for pieces of a text in every file of a store and in every event payload it holds.
enum StoreScan {
    /// Runs of 24 scalars from all over `body`, as UTF-8.
    static func probes(of body: String) -> [[UInt8]] {
        let scalars = Array(body.unicodeScalars)
        return stride(from: 0, to: max(1, scalars.count - 24), by: max(1, scalars.count / 12)).map { i -> [UInt8] in
            var view = String.UnicodeScalarView(); view.append(contentsOf: scalars[i..<min(scalars.count, i + 24)]);
            return Array(String(view).utf8)
        }
    }

    /// The files of `store` holding any probe, and the events whose payloads do (sealed segments are compressed).
    static func holders(of probes: [[UInt8]], in store: String) throws -> [String] {
        var found: [String] = []
        let fm = FileManager.default
        for file in fm.enumerator(atPath: store)?.compactMap({ $0 as? String }) ?? [] {
            let path = store + "/" + file
            guard let data = fm.contents(atPath: path) else { continue }
            let bytes = [UInt8](data)
            if probes.contains(where: { bytes.contains($0) }) { found.append(file) }
        }
        let log = try EventLog(store: try Store.open(at: store), mode: .read)
        try log.forEachEvent { event in
            if let payload = event.payload, probes.contains(where: { payload.contains($0) }) {
                found.append("event \(event.id) (\(event.header.type))")
            }
        }
        return found
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
