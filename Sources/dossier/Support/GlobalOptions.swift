import ArgumentParser
import DossierEvents
import DossierLog
import Foundation

/// Options every command that touches a store takes.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long, help: ArgumentHelp("Store folder (default: $DOSSIER_STORE, else ./.dossier).", valueName: "DIR"))
    var store: String?

    /// The store given before the command (`dossier --store DIR COMMAND`), if any.
    nonisolated(unsafe) static var beforeCommand: String?

    /// The store folder to use: the command's `--store`, else the one before the command, else
    /// $DOSSIER_STORE, else ./.dossier.
    var path: String {
        if let store { return store }
        if let store = Self.beforeCommand { return store }
        if let env = ProcessInfo.processInfo.environment["DOSSIER_STORE"], !env.isEmpty { return env }
        return FileManager.default.currentDirectoryPath + "/.dossier"
    }

    /// Takes `--store DIR` (or `--store=DIR`) out of the options before the command name, so that
    /// `dossier --store DIR COMMAND …` works as `dossier COMMAND … --store DIR` does.
    static func hoist(_ arguments: [String]) throws -> (store: String?, rest: [String]) {
        var store: String?
        var rest: [String] = []
        var i = 0
        while i < arguments.count, arguments[i].hasPrefix("-"), arguments[i] != "--" {
            let argument = arguments[i]
            if argument == "--store" {
                guard i + 1 < arguments.count else {
                    throw CLIFailure(message: "--store needs a folder: dossier --store DIR COMMAND", exitCode: 2)
                }
                store = arguments[i + 1]
                i += 2
            } else if argument.hasPrefix("--store=") {
                store = String(argument.dropFirst("--store=".count))
                i += 1
            } else {
                rest.append(argument)
                i += 1
            }
        }
        return (store, rest + arguments[i...])
    }

    /// Opens the store or fails with a message that says how to create one.
    func open() throws -> Store { try Store.open(at: path) }
}

/// `--json` for commands that print data.
struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: "Print JSON for scripts instead of a table.")
    var json = false
}

/// `--reason TEXT` on curation commands.
struct ReasonOption: ParsableArguments {
    @Option(help: "Why (kept in the event; for redact, do not repeat what is being erased).") var reason: String?
}

/// An operation failed in a way the user can act on; carries the exit status.
struct CLIFailure: DossierError {
    var message: String
    var exitCode: Int32 = 1

    /// The exit status is the code.
    var code: Int32 { exitCode }
    /// Exit status 2 is bad usage.
    var isUsage: Bool { exitCode == 2 }
    var description: String { message }
}

/// The system clock, read only at the edge (the CLI) and passed into the libraries.
enum WallClock {
    static func nowMillis() -> Int { Int(Date().timeIntervalSince1970 * 1000) }
}
