import ArgumentParser
import DossierEvents
import DossierLog
import DossierProjection
import DossierReplica
import Foundation

/// `dossier merge A B`: A is the same entity as B.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge entity A into entity B (appends EntitiesMerged; undo with `unmerge`).")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var reason: ReasonOption
    @Argument(help: "The entity merged away (id, label or alias).") var a: String
    @Argument(help: "The entity it is merged into.") var b: String

    func run() throws {
        try ReplicaOutput.print(try storeOptions.replica().merge(a, into: b, reason: reason.reason), json: output.json)
    }
}

/// `dossier unmerge MERGE-ID`.
struct Unmerge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Undo a merge, named by its EntitiesMerged event id (see `history`).")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var reason: ReasonOption
    @Argument(help: "The EntitiesMerged event id (or a unique prefix).") var merge: String

    func run() throws {
        try ReplicaOutput.print(try storeOptions.replica().unmerge(merge, reason: reason.reason), json: output.json)
    }
}

/// `dossier alias add|remove ENTITY TEXT`.
struct Alias: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add or remove an alias of an entity.", subcommands: [Add.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an alias (appends AliasAdded).")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: JSONOption
        @OptionGroup var reason: ReasonOption
        @Argument(help: "Entity id, label or alias.") var entity: String
        @Argument(help: "The alias.") var text: String

        func run() throws {
            try ReplicaOutput.print(
                try storeOptions.replica().addAlias(text, to: entity, reason: reason.reason), json: output.json)
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Remove an alias (appends AliasRemoved naming the additions it removes; an extracted alias is hidden).")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: JSONOption
        @OptionGroup var reason: ReasonOption
        @Argument(help: "Entity id, label or alias.") var entity: String
        @Argument(help: "The alias.") var text: String

        func run() throws {
            try ReplicaOutput.print(
                try storeOptions.replica().removeAlias(text, from: entity, reason: reason.reason), json: output.json)
        }
    }
}

/// `dossier label ENTITY TEXT`.
struct Label: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Set an entity's label (appends EntityLabelSet; last writer wins, concurrent edits are listed by `conflicts`)."
    )
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var reason: ReasonOption
    @Argument(help: "Entity id, label or alias.") var entity: String
    @Argument(help: "The new label.") var text: String

    func run() throws {
        try ReplicaOutput.print(
            try storeOptions.replica().setLabel(text, of: entity, reason: reason.reason), json: output.json)
    }
}

/// `dossier type ENTITY TYPE`.
struct TypeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "type", abstract: "Set an entity's type: \(EntityType.spelledList) (appends EntityTypeSet).")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var reason: ReasonOption
    @Argument(help: "Entity id, label or alias.") var entity: String
    @Argument(help: ArgumentHelp("\(EntityType.spelledList).", valueName: "type")) var type: String

    func validate() throws {
        if EntityType(spelled: type) == nil {
            throw ValidationError("TYPE must be \(EntityType.spelledList), not '\(type)'")
        }
    }

    func run() throws {
        let kind = EntityType(spelled: type)!
        try ReplicaOutput.print(
            try storeOptions.replica().setType(kind, of: entity, reason: reason.reason), json: output.json)
    }
}
