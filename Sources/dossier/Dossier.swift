import ArgumentParser
import DossierEvents
import DossierLog
import DossierProjection
import Foundation

/// `dossier`: an event-sourced knowledge graph for people who follow the news.
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Ingest news articles into a signed, hash-chained event log and query what they say.",
        discussion:
            "Store: --store DIR (before the command, as in `dossier --store DIR stats`, or after it), else $DOSSIER_STORE, else ./.dossier. `dossier help COMMAND` describes a command. Exit status: 0 success, 1 a failed check or operation, 2 bad usage.",
        version: "0.1.0",
        subcommands: [
            Init.self, Whoami.self, Ingest.self, Extract.self, Eval.self, Log.self, Audit.self, Stats.self,
            Reindex.self, Seal.self, Recover.self,
            Articles.self, Entities.self, Show.self, Search.self, Neighbors.self, Path.self, Facts.self, Timeline.self,
            SQL.self, Export.self, Rebuild.self, Verify.self, Digest.self,
            Peers.self, BundleCommand.self, Serve.self, SyncCommand.self, Conflicts.self,
            Merge.self, Unmerge.self, Alias.self, Label.self, TypeCommand.self, Retract.self, Restore.self,
            Mention.self,
            History.self, Redact.self, Reextract.self,
        ]
    )
}

@main
enum Entry {
    static func main() async {
        // A write past a file-size limit (or a full quota) must fail with EFBIG, not kill us.
        signal(SIGXFSZ, SIG_IGN)
        // Everything a store holds is private (keys, articles, the graph): files 0600, folders 0700,
        // whatever umask the shell has. The log also sets these modes explicitly.
        umask(0o077)
        // Writers wait for each other (default 10 s, DOSSIER_LOCK_WAIT to change) and say so.
        LogOptions.defaultLockWait = Double(ProcessInfo.processInfo.environment["DOSSIER_LOCK_WAIT"] ?? "") ?? 10
        LogOptions.defaultOnLockWait = { pid in
            Output.note("waiting for the store lock held by another dossier process (pid \(pid))…")
        }
        do {
            let (store, arguments) = try StoreOptions.hoist(Array(CommandLine.arguments.dropFirst()))
            StoreOptions.beforeCommand = store
            var command = try Dossier.parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as any DossierError {
            Output.error(error.message)
            exit(error.isUsage ? 2 : 1)
        } catch {
            let code = Dossier.exitCode(for: error)
            if code == .success {
                Dossier.exit(withError: error)
            }
            var message = Dossier.fullMessage(for: error)
            if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
            Output.error(message)
            exit(code == .validationFailure ? 2 : 1)
        }
    }
}
