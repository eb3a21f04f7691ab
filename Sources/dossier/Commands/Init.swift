import ArgumentParser
import DossierLog
import Foundation

/// `dossier init [--name N]`: create a store and this replica's identity.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a store and an Ed25519 identity for this replica.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption

    @Option(help: "A human name for this replica (default: the user name).")
    var name: String?

    func run() throws {
        let name = self.name ?? ProcessInfo.processInfo.environment["USER"] ?? "dossier"
        let store = try Store.create(at: storeOptions.path, name: name)
        let identity = try store.identity()
        if output.json {
            try Output.json(WhoamiOutput(name: identity.name, key: identity.key, store: store.path))
        } else {
            print("Created store \(store.path)")
            print("name  \(identity.name)")
            print("key   \(identity.key)")
        }
    }
}

struct WhoamiOutput: Encodable {
    var name: String
    var key: String
    var store: String
}

/// `dossier whoami`: print this replica's name and public key.
struct Whoami: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print this replica's name and public key.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption

    func run() throws {
        let store = try storeOptions.open()
        let identity = try store.identity()
        if output.json {
            try Output.json(WhoamiOutput(name: identity.name, key: identity.key, store: store.path))
        } else {
            print("name  \(identity.name)")
            print("key   \(identity.key)")
        }
    }
}
