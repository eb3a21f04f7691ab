import ArgumentParser
import DossierEvents
import DossierLog
import DossierProjection
import DossierReplica
import Foundation

/// `dossier conflicts`: forks found in the log and concurrent curation edits resolved by rule.
struct Conflicts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "List conflicts to review: concurrent curation edits (resolved by rule) and forks; settle one with `conflicts resolve`.",
        subcommands: [List.self, Resolve.self], defaultSubcommand: List.self)

    struct Row: Encodable {
        var id: String
        var target: String
        var kind: String
        var winner: String
        var losers: [String]
        var sides: [ConflictSide]?
        var detectedAt: Int?
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List conflicts: both sides, who, when, which won.")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: JSONOption

        func run() throws {
            let replica = try Replica.open(
                store: try storeOptions.open(), mode: .read, clock: WallClock.nowMillis,
                observer: ReplicaOutput.observer())
            var rows = try replica.log.forks().map { fork in
                Row(
                    id: String(
                        Hex.sha256(Array("\(fork.author)/\(fork.seq)/\(fork.heldId)/\(fork.otherId)".utf8)).prefix(16)),
                    target: "\(fork.author)/\(fork.seq)", kind: "fork", winner: fork.heldId, losers: [fork.otherId],
                    detectedAt: fork.detectedAt)
            }
            rows += try replica.conflicts().map {
                Row(id: $0.id, target: $0.target, kind: $0.kind, winner: $0.winner, losers: $0.losers, sides: $0.sides)
            }
            if output.json { try Output.json(rows); return }
            if rows.isEmpty { print("No conflicts."); return }
            for row in rows {
                if row.kind == "fork" {
                    let parts = row.target.split(separator: "/")
                    print(
                        "\(row.id)  fork  author \(AuthorID(String(parts[0])).short) seq \(parts[1]): kept \(EventID(row.winner).short), other \(EventID(row.losers[0]).short), detected \(Output.iso(millis: row.detectedAt ?? 0))"
                    )
                    continue
                }
                print("\(row.id)  \(row.kind) of \(row.target)")
                Output.table(
                    ["", "EVENT", "TYPE", "VALUE", "AUTHOR", "TIME", "REASON"],
                    (row.sides ?? []).map { side in
                        [
                            side.event == row.winner ? "  won" : "  lost", EventID(side.event).short, side.type,
                            side.value ?? "(none)",
                            AuthorID(side.author).short, Output.iso(millis: HybridLogicalClock.millis(side.hlc)),
                            Text.clip(side.reason ?? "", 40),
                        ]
                    })
            }
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Settle a curation conflict (appends ConflictResolved): keep the winner, or --pick another side.")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: JSONOption
        @OptionGroup var reason: ReasonOption
        @Argument(help: "The conflict id from `dossier conflicts`.") var id: String
        @Option(help: "The event (id or prefix) whose value to keep; default: the current winner.") var pick: String?

        func run() throws {
            try ReplicaOutput.print(
                try storeOptions.replica().resolveConflict(id, pick: pick, reason: reason.reason), json: output.json)
        }
    }
}
