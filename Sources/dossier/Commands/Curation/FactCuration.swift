import ArgumentParser
import DossierEvents
import DossierLog
import DossierProjection
import Foundation

/// `dossier retract FACT-ID --reason`.
struct Retract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Retract a fact (appends FactRetracted; `facts` shows fact ids; undo with `restore`).")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "The fact id (fact:…, or a unique prefix).") var fact: String
    @Option(help: "Why the fact is wrong.") var reason: String

    func run() throws {
        let s = try CurationSession(storeOptions)
        let found: FactRecord?
        do { found = try s.projection.fact(id: fact) } catch let error as ProjectionError where error.code == .notFound {
            throw CLIFailure(message: error.message, exitCode: 2)
        }
        guard let record = found else {
            throw CLIFailure(message: "no fact \(fact); `dossier facts` lists fact ids", exitCode: 1)
        }
        let id = record.id
        let heads = try s.projection.registerHeads(kind: "fact", target: id)
        let event = try s.append(FactRetracted(fact: id, article: record.article, supersedes: heads, reason: reason))
        try s.done("Retracted \(id): \(record.subjectLabel ?? record.subject) \(record.predicate) \(record.objectLabel ?? record.object).", event, json: output.json)
    }
}

/// `dossier restore FACT-ID`.
struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Restore a retracted fact (appends FactRestored naming the retractions it undoes).")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var reason: ReasonOption
    @Argument(help: "The fact id (fact:…).") var fact: String

    func run() throws {
        let s = try CurationSession(storeOptions)
        let retracted = try s.projection.curationEffects(kind: "fact").filter { $0.target.hasPrefix(fact) }
        guard retracted.count == 1, let effect = retracted.first, let edit = try s.edit(effect.event) else {
            throw CLIFailure(message: retracted.isEmpty ? "fact \(fact) is not retracted" : "'\(fact)' names several retracted facts; give more of the id", exitCode: 1)
        }
        let heads = try s.projection.registerHeads(kind: "fact", target: effect.target)
        let event = try s.append(FactRestored(fact: effect.target, article: edit.article ?? "", supersedes: heads, reason: reason.reason))
        try s.done("Restored \(effect.target).", event, json: output.json)
    }
}

/// `dossier mention move MENTION-ID ENTITY`.
struct Mention: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Reattribute mentions.", subcommands: [Move.self])

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Attribute one mention (ARTICLE:START-END) to another entity (appends MentionMoved).")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: JSONOption
        @OptionGroup var reason: ReasonOption
        @Argument(help: "The mention: ARTICLE-ID:START-END (as `show --json` gives article, start, end).") var mention: String
        @Argument(help: "The entity it belongs to (id, label or alias).") var entity: String

        func validate() throws {
            if CurationIds.parseMention(mention) == nil { throw ValidationError("MENTION-ID must be ARTICLE-ID:START-END with the full 64-digit article id, not '\(mention)'") }
        }

        func run() throws {
            let s = try CurationSession(storeOptions)
            let m = CurationIds.parseMention(mention)!
            let to = try s.entity(entity)
            let from = try s.projection.mentionEntities(article: m.article, start: m.start, end: m.end)
            if from.isEmpty { Output.note("no extracted mention at \(mention) yet; the move applies when it arrives") }
            let heads = try s.projection.registerHeads(kind: "mention", target: mention)
            let event = try s.append(MentionMoved(article: m.article, start: m.start, end: m.end, from: from.first, to: to.id, supersedes: heads, reason: reason.reason))
            try s.done("Moved mention \(mention)\(from.first.map { " from \($0)" } ?? "") to \(to.id).", event, json: output.json)
        }
    }
}

/// `dossier history ENTITY|FACT|MENTION`.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Every event that shaped an entity, a fact or a mention: extractions and curation, with author and time.")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var asOf: AsOfOption
    @Argument(help: "Entity (id, label or alias), fact id (fact:…) or mention id (ARTICLE:START-END).") var target: String

    func run() throws {
        let opened = try ProjectionAccess.open(storeOptions, asOf: asOf)
        var id = target
        if !target.hasPrefix("fact:") && CurationIds.parseMention(target) == nil {
            if case .found(let e) = try opened.projection.resolve(target) { id = e.id }
            else if !target.contains(":") { id = try ProjectionAccess.entity(target, in: opened.projection).id }
        }
        let items = try opened.projection.history(of: id)
        if output.json { try Output.json(items); return }
        if items.isEmpty { print("No events name \(id)."); return }
        Output.table(["TIME", "TYPE", "AUTHOR", "EVENT", "WHAT", "REASON"], items.map {
            [Output.iso(millis: HybridLogicalClock.millis($0.hlc)), $0.type, String($0.author.prefix(12)), String($0.event.prefix(16)),
             Text.clip($0.summary, 90), Text.clip($0.reason ?? "", 40)]
        })
    }
}
