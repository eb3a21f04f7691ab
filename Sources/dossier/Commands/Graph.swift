import ArgumentParser
import DossierEvents
import DossierProjection
import Foundation

/// `dossier neighbors ENTITY [--depth N]`: the co-mention neighbourhood.
struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "An entity's co-mention neighbourhood: its strongest neighbours, then theirs, up to --depth.",
        discussion:
            "Two entities are neighbours when mentioned within 250 characters of each other; the weight is the number of articles where they are."
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var asOf: AsOfOption
    @Argument(help: "Entity id, label or alias.") var entity: String
    @Option(help: "How many hops (1–4).") var depth = 1
    @Option(help: "Strongest neighbours followed from each entity.") var limit = 10

    func validate() throws {
        if !(1...4).contains(depth) { throw ValidationError("--depth must be between 1 and 4") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let opened = try ProjectionAccess.open(storeOptions, asOf: asOf)
        let entity = try ProjectionAccess.curatedEntity(self.entity, in: opened.projection)
        let neighbors = try opened.projection.neighbors(of: entity, depth: depth, limit: limit)
        if output.json { try Output.json(neighbors); return }
        print(
            "\(entity.label) (\(entity.id)): \(neighbors.count) neighbours within \(depth) hop\(depth == 1 ? "" : "s")")
        Output.table(
            ["DEPTH", "WEIGHT", "TYPE", "LABEL", "ID", "VIA"],
            neighbors.map {
                [
                    "\($0.depth)", "\($0.weight)", $0.type.rawValue, $0.label, $0.id.rawValue,
                    $0.via == entity.id ? "" : $0.via.rawValue,
                ]
            })
    }
}

/// `dossier path A B`: the shortest co-mention path with evidence.
struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The shortest path between two entities, with the evidence sentence for each edge.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var asOf: AsOfOption
    @Argument(help: "From entity (id, label or alias).") var from: String
    @Argument(help: "To entity.") var to: String
    @Option(help: "Longest path searched, in edges.") var maxDepth = 6

    func run() throws {
        let opened = try ProjectionAccess.open(storeOptions, asOf: asOf)
        let a = try ProjectionAccess.curatedEntity(from, in: opened.projection)
        let b = try ProjectionAccess.curatedEntity(to, in: opened.projection)
        guard let steps = try opened.projection.path(from: a, to: b, maxDepth: maxDepth) else {
            throw CLIFailure(message: "no path of at most \(maxDepth) edges between \(a.label) and \(b.label)")
        }
        if output.json { try Output.json(steps); return }
        print("\(a.label) → \(b.label): \(steps.count) edge\(steps.count == 1 ? "" : "s")")
        for step in steps {
            let link = step.kind == "fact" ? "—[\(step.predicate ?? "")]—" : "—[co-mentioned]—"
            print("  \(step.fromLabel) \(link) \(step.toLabel)")
            print("      “\(Text.clip(step.sentence, 200))” (\(step.article.short))")
        }
    }
}

/// `dossier facts [--entity E] [--predicate P]`: facts with provenance.
struct Facts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Facts (subject, predicate, object) with their article, span and evidence.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var asOf: AsOfOption
    @Option(help: "Only facts about this entity (id, label or alias).") var entity: String?
    @Option(help: "Only this predicate (met, said, …).") var predicate: String?
    @Option(help: "Show at most N facts.") var limit: Int?
    @Flag(help: "Show the retracted facts instead.") var retracted = false

    func run() throws {
        let opened = try ProjectionAccess.open(storeOptions, asOf: asOf)
        let id = try entity.map { try ProjectionAccess.curatedEntity($0, in: opened.projection).id }
        let retracted = try opened.projection.retractedFacts()
        let facts = try opened.projection.facts(entity: id, predicate: predicate, limit: limit)
            .filter { self.retracted == retracted.contains($0.id) }
        if output.json { try Output.json(facts); return }
        Output.table(
            ["ID", "WHEN", "SUBJECT", "PREDICATE", "OBJECT", "ARTICLE", "SPAN", "EVIDENCE"],
            facts.map {
                [
                    $0.id.short, $0.when ?? "", Text.clip($0.subjectLabel ?? $0.subject, 30), $0.predicate,
                    Text.clip($0.objectLabel ?? $0.object, 30),
                    $0.article.short, "\($0.start)–\($0.end)", Text.clip($0.evidence ?? "", 70),
                ]
            })
    }
}

/// `dossier timeline [ENTITY]`: dated facts (and dates near an entity's mentions) in order.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Dated facts in order; for an entity, also the dates written near its mentions.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var asOf: AsOfOption
    @Argument(help: "Entity id, label or alias.") var entity: String?
    @Option(help: "Show at most N entries.") var limit = 200

    func run() throws {
        let opened = try ProjectionAccess.open(storeOptions, asOf: asOf)
        let entity = try self.entity.map { try ProjectionAccess.entity($0, in: opened.projection) }
        let entries = try opened.projection.timeline(entity: entity, limit: limit)
        if output.json { try Output.json(entries); return }
        Output.table(
            ["DATE", "KIND", "ARTICLE", "WHAT"],
            entries.map { [$0.date, $0.kind, $0.article.short, Text.clip($0.text, 110)] })
    }
}
