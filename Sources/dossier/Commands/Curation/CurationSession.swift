import ArgumentParser
import DossierEvents
import DossierLog
import DossierProjection
import Foundation

/// `--reason TEXT` on curation commands.
struct ReasonOption: ParsableArguments {
    @Option(help: "Why (kept in the event; for redact, do not repeat what is being erased).") var reason: String?
}

/// A store opened for one curation edit: the log for writing and the live projection.
final class CurationSession {
    let store: Store
    let log: EventLog
    let projection: Projection

    init(_ options: StoreOptions) throws {
        store = try options.open()
        log = try EventLog(store: store, mode: .write)
        for note in log.recoveryNotes { Output.note(note) }
        projection = try ProjectionAccess.live(store: store, log: log)
    }

    deinit {
        try? projection.close()
        log.close()
    }

    /// Appends one event and applies it to the projection.
    @discardableResult
    func append<P: EventPayload>(_ payload: P) throws -> Event {
        let appended = try log.append([try EventDraft(payload)], nowMillis: WallClock.nowMillis())
        try projection.apply(appended)
        return appended[0]
    }

    /// An entity id: resolved by id, label or alias; an id-shaped name not (yet) in the projection is
    /// accepted as is, so an edit can be made before its target arrives.
    func entity(_ name: String) throws -> (id: String, label: String) {
        if case .found(let e) = try projection.resolve(name) { return (e.id, e.label) }
        if name.contains(":") && !name.contains(" ") {
            Output.note("\(name) is not in the graph yet; the edit will apply when it arrives.")
            return (name, name)
        }
        let e = try ProjectionAccess.entity(name, in: projection)
        return (e.id, e.label)
    }

    /// A curation event held in the projection, by id or unique prefix.
    func edit(_ id: String) throws -> CurationRecord? {
        try projection.curationEvent(prefix: id)
    }

    /// Prints what was written.
    func done(_ what: String, _ event: Event, json: Bool) throws {
        if json {
            try Output.json(["event": event.id, "type": event.header.type, "summary": what])
        } else {
            print("\(what)\nevent \(event.id) (\(event.header.type), seq \(event.header.seq))")
        }
    }
}

/// `dossier merge A B`: A is the same entity as B.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Merge entity A into entity B (appends EntitiesMerged; undo with `unmerge`).")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var reason: ReasonOption
    @Argument(help: "The entity merged away (id, label or alias).") var a: String
    @Argument(help: "The entity it is merged into.") var b: String

    func run() throws {
        let s = try CurationSession(storeOptions)
        let a = try s.entity(self.a), b = try s.entity(self.b)
        if a.id == b.id { throw CLIFailure(message: "'\(self.a)' and '\(self.b)' are the same entity (\(a.id)); nothing to merge", exitCode: 2) }
        let heads = try s.projection.registerHeads(kind: "merge", target: a.id)
        let event = try s.append(EntitiesMerged(entity: a.id, into: b.id, supersedes: heads, reason: reason.reason))
        try s.done("Merged \(a.label) (\(a.id)) into \(b.label) (\(b.id)).", event, json: output.json)
    }
}

/// `dossier unmerge MERGE-ID`.
struct Unmerge: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Undo a merge, named by its EntitiesMerged event id (see `history`).")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var reason: ReasonOption
    @Argument(help: "The EntitiesMerged event id (or a unique prefix).") var merge: String

    func run() throws {
        let s = try CurationSession(storeOptions)
        guard let edit = try s.edit(merge), edit.type == EntitiesMerged.eventType else {
            throw CLIFailure(message: "no merge event \(merge); `dossier history ENTITY` lists the merges of an entity", exitCode: 1)
        }
        let event = try s.append(MergeUndone(merge: edit.event, entity: edit.target, reason: reason.reason))
        try s.done("Undid merge \(edit.event.prefix(16)) (\(edit.target) into \(edit.value ?? "?")).", event, json: output.json)
    }
}

/// `dossier alias add|remove ENTITY TEXT`.
struct Alias: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Add or remove an alias of an entity.", subcommands: [Add.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an alias (appends AliasAdded).")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: JSONOption
        @OptionGroup var reason: ReasonOption
        @Argument(help: "Entity id, label or alias.") var entity: String
        @Argument(help: "The alias.") var text: String

        func run() throws {
            let s = try CurationSession(storeOptions)
            let e = try s.entity(entity)
            let event = try s.append(AliasAdded(entity: e.id, alias: text.precomposedStringWithCanonicalMapping, reason: reason.reason))
            try s.done("Added alias \"\(text)\" to \(e.label) (\(e.id)).", event, json: output.json)
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an alias (appends AliasRemoved naming the additions it removes; an extracted alias is hidden).")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: JSONOption
        @OptionGroup var reason: ReasonOption
        @Argument(help: "Entity id, label or alias.") var entity: String
        @Argument(help: "The alias.") var text: String

        func run() throws {
            let s = try CurationSession(storeOptions)
            let e = try s.entity(entity)
            let adds = try s.projection.aliasAdds(entity: e.id, alias: text)
            let event = try s.append(AliasRemoved(entity: e.id, alias: text.precomposedStringWithCanonicalMapping, removes: adds, reason: reason.reason))
            try s.done("Removed alias \"\(text)\" from \(e.label) (\(e.id))\(adds.isEmpty ? " (hidden: it came from the extraction)" : "").", event, json: output.json)
        }
    }
}

/// `dossier label ENTITY TEXT`.
struct Label: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Set an entity's label (appends EntityLabelSet; last writer wins, concurrent edits are listed by `conflicts`).")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var reason: ReasonOption
    @Argument(help: "Entity id, label or alias.") var entity: String
    @Argument(help: "The new label.") var text: String

    func run() throws {
        let s = try CurationSession(storeOptions)
        let e = try s.entity(entity)
        let heads = try s.projection.registerHeads(kind: "label", target: e.id)
        let event = try s.append(EntityLabelSet(entity: e.id, label: text.precomposedStringWithCanonicalMapping, supersedes: heads, reason: reason.reason))
        try s.done("Labelled \(e.id) \"\(text)\".", event, json: output.json)
    }
}

/// `dossier type ENTITY TYPE`.
struct TypeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "type", abstract: "Set an entity's type: PERSON, ORG, PLACE or EVENT (appends EntityTypeSet).")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var reason: ReasonOption
    @Argument(help: "Entity id, label or alias.") var entity: String
    @Argument(help: "PERSON, ORG, PLACE or EVENT.") var type: String

    func validate() throws {
        if !["PERSON", "ORG", "PLACE", "EVENT"].contains(type.uppercased()) { throw ValidationError("TYPE must be PERSON, ORG, PLACE or EVENT, not '\(type)'") }
    }

    func run() throws {
        let s = try CurationSession(storeOptions)
        let e = try s.entity(entity)
        let heads = try s.projection.registerHeads(kind: "type", target: e.id)
        let event = try s.append(EntityTypeSet(entity: e.id, type: type.uppercased(), supersedes: heads, reason: reason.reason))
        try s.done("Typed \(e.label) (\(e.id)) \(type.uppercased()).", event, json: output.json)
    }
}
