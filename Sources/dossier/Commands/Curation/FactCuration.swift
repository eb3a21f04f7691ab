import ArgumentParser
import DossierEvents
import DossierLog
import DossierProjection
import DossierReplica
import Foundation

/// `dossier retract FACT-ID --reason`.
struct Retract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Retract a fact (appends FactRetracted; `facts` shows fact ids; undo with `restore`).")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "The fact id (fact:…, or a unique prefix).") var fact: String
    @Option(help: "Why the fact is wrong.") var reason: String

    func run() throws {
        try ReplicaOutput.print(try storeOptions.replica().retract(fact: fact, reason: reason), json: output.json)
    }
}

/// `dossier restore FACT-ID`.
struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Restore a retracted fact (appends FactRestored naming the retractions it undoes).")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var reason: ReasonOption
    @Argument(help: "The fact id (fact:…).") var fact: String

    func run() throws {
        try ReplicaOutput.print(
            try storeOptions.replica().restore(fact: fact, reason: reason.reason), json: output.json)
    }
}

/// `dossier mention move MENTION-ID ENTITY`.
struct Mention: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Reattribute mentions.", subcommands: [Move.self])

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Attribute one mention (ARTICLE:START-END) to another entity (appends MentionMoved).")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: JSONOption
        @OptionGroup var reason: ReasonOption
        @Argument(help: "The mention: ARTICLE-ID:START-END (as `show --json` gives article, start, end).") var mention:
            String
        @Argument(help: "The entity it belongs to (id, label or alias).") var entity: String

        func validate() throws {
            if CurationIds.parseMention(mention) == nil {
                throw ValidationError(
                    "MENTION-ID must be ARTICLE-ID:START-END with the full 64-digit article id, not '\(mention)'")
            }
        }

        func run() throws {
            try ReplicaOutput.print(
                try storeOptions.replica().moveMention(mention, to: entity, reason: reason.reason), json: output.json)
        }
    }
}

/// `dossier history ENTITY|FACT|MENTION`.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Every event that shaped an entity, a fact or a mention: extractions and curation, with author and time.")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var asOf: AsOfOption
    @Argument(help: "Entity (id, label or alias), fact id (fact:…) or mention id (ARTICLE:START-END).") var target:
        String

    func run() throws {
        let opened = try ProjectionAccess.open(storeOptions, asOf: asOf)
        var id = target
        if !target.hasPrefix("fact:") && CurationIds.parseMention(target) == nil {
            if case .found(let e) = try opened.projection.resolve(target) {
                id = e.id.rawValue
            } else if !target.contains(":") {
                id = try ProjectionAccess.entity(target, in: opened.projection).id.rawValue
            }
        }
        let items = try opened.projection.history(of: id)
        if output.json { try Output.json(items); return }
        if items.isEmpty { print("No events name \(id)."); return }
        Output.table(
            ["TIME", "TYPE", "AUTHOR", "EVENT", "WHAT", "REASON"],
            items.map {
                [
                    Output.iso(millis: HybridLogicalClock.millis($0.hlc)), $0.type, AuthorID($0.author).short,
                    EventID($0.event).short,
                    Text.clip($0.summary, 90), Text.clip($0.reason ?? "", 40),
                ]
            })
    }
}
