import ArgumentParser
import DossierLog
import Foundation

/// `dossier recover`: open the store for writing so crash recovery runs, and say what it did.
struct Recover: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Run crash recovery now: truncate a torn tail, re-sign whole events whose commit was lost, finish interrupted seals; name events with absurd clocks.",
        discussion: "Every writing command does this on its own; `recover` does only this, and prints what it found.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption

    func run() throws {
        let log = try EventLog(store: try storeOptions.open(), mode: .write)
        defer { log.close() }
        let notes = log.recoveryNotes + (try log.clockAnomalies(nowMillis: WallClock.nowMillis()))
        if output.json { try Output.json(notes); return }
        if notes.isEmpty { print("Nothing to recover: every segment ends at a signed commit.") }
        for note in notes { print(note) }
    }
}
