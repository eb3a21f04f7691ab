import ArgumentParser
import DossierLog
import Foundation

/// Options every command that touches a store takes.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Store folder (default: $DOSSIER_STORE, else ./.dossier).", valueName: "DIR"))
    var store: String?

    /// The store folder to use.
    var path: String {
        if let store { return store }
        if let env = ProcessInfo.processInfo.environment["DOSSIER_STORE"], !env.isEmpty { return env }
        return FileManager.default.currentDirectoryPath + "/.dossier"
    }

    /// Opens the store or fails with a message that says how to create one.
    func open() throws -> Store { try Store.open(at: path) }
}

/// `--json` for commands that print data.
struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: "Print JSON for scripts instead of a table.")
    var json = false
}

/// An operation failed in a way the user can act on; carries the exit status.
struct CLIFailure: Error {
    var message: String
    var exitCode: Int32 = 1
}

/// The system clock, read only at the edge (the CLI) and passed into the libraries.
enum WallClock {
    static func nowMillis() -> Int { Int(Date().timeIntervalSince1970 * 1000) }
}
