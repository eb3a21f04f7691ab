import ArgumentParser
import DossierEvents
import DossierLog
import DossierSync
import Foundation

/// `dossier peers add/list/remove`: the keys this replica trusts.
struct Peers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage the replicas this one trusts for sync (by their `dossier whoami` key).",
        subcommands: [Add.self, List.self, Remove.self], defaultSubcommand: List.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Trust a replica: accept its sync requests and answers.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "A name for the peer (letters, digits, . _ -).") var name: String
        @Argument(help: "The peer's key: 64 hex digits from `dossier whoami` on that machine.") var key: String

        func validate() throws {
            do { try PeerList.validate(name: name, key: key.lowercased()) } catch {
                throw ValidationError(error.message)
            }
        }

        func run() throws {
            let store = try storeOptions.open()
            var list = try PeerList.load(from: store)
            guard key.lowercased() != (try store.identity()).key else {
                throw CLIFailure(message: "that is this replica's own key; add the key of another replica", exitCode: 2)
            }
            try list.add(name: name, key: key, nowMillis: WallClock.nowMillis())
            try list.save(to: store)
            print("Added peer \(name) (\(AuthorID(key.lowercased()).short)…); \(list.peers.count) peers.")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List trusted peers.")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: JSONOption

        func run() throws {
            let list = try PeerList.load(from: try storeOptions.open())
            if output.json { try Output.json(list.peers); return }
            if list.peers.isEmpty { print("No peers; add one with `dossier peers add NAME KEY`."); return }
            Output.table(["NAME", "KEY", "ADDED"], list.peers.map { [$0.name, $0.key, Output.iso(millis: $0.added)] })
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop trusting a peer.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The peer's name or key.") var name: String

        func run() throws {
            let store = try storeOptions.open()
            var list = try PeerList.load(from: store)
            let removed = try list.remove(name)
            try list.save(to: store)
            print("Removed peer \(removed.name) (\(AuthorID(removed.key).short)…); \(list.peers.count) peers.")
        }
    }
}

extension SyncError {
    /// The CLI failure for this error (exit 2 for bad usage, else 1).
    var cliFailure: CLIFailure { CLIFailure(message: message, exitCode: code == .invalid ? 2 : 1) }
}
