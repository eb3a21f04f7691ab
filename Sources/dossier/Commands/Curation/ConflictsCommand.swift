import ArgumentParser
import DossierEvents
import DossierLog
import DossierProjection
import Foundation

/// `dossier conflicts`: forks found in the log and concurrent curation edits resolved by rule.
struct Conflicts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List conflicts to review: concurrent curation edits (resolved by rule) and forks; settle one with `conflicts resolve`.",
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
            let store = try storeOptions.open()
            let log = try EventLog(store: store, mode: .read)
            var rows = try log.forks().map { fork in
                Row(id: String(Hex.sha256(Array("\(fork.author)/\(fork.seq)/\(fork.heldId)/\(fork.otherId)".utf8)).prefix(16)),
                    target: "\(fork.author)/\(fork.seq)", kind: "fork", winner: fork.heldId, losers: [fork.otherId], detectedAt: fork.detectedAt)
            }
            let projection = try ProjectionAccess.live(store: store, log: log)
            defer { try? projection.close() }
            rows += try projection.curationConflicts().map { Row(id: $0.id, target: $0.target, kind: $0.kind, winner: $0.winner, losers: $0.losers, sides: $0.sides) }
            if output.json { try Output.json(rows); return }
            if rows.isEmpty { print("No conflicts."); return }
            for row in rows {
                if row.kind == "fork" {
                    let parts = row.target.split(separator: "/")
                    print("\(row.id)  fork  author \(parts[0].prefix(12)) seq \(parts[1]): kept \(row.winner.prefix(12)), other \(row.losers[0].prefix(12)), detected \(Output.iso(millis: row.detectedAt ?? 0))")
                    continue
                }
                print("\(row.id)  \(row.kind) of \(row.target)")
                Output.table(["", "EVENT", "TYPE", "VALUE", "AUTHOR", "TIME", "REASON"], (row.sides ?? []).map { side in
                    [side.event == row.winner ? "  won" : "  lost", String(side.event.prefix(16)), side.type, side.value ?? "(none)",
                     String(side.author.prefix(12)), Output.iso(millis: HybridLogicalClock.millis(side.hlc)), Text.clip(side.reason ?? "", 40)]
                })
            }
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Settle a curation conflict (appends ConflictResolved): keep the winner, or --pick another side.")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: JSONOption
        @OptionGroup var reason: ReasonOption
        @Argument(help: "The conflict id from `dossier conflicts`.") var id: String
        @Option(help: "The event (id or prefix) whose value to keep; default: the current winner.") var pick: String?

        func run() throws {
            let s = try CurationSession(storeOptions)
            guard let conflict = try s.projection.curationConflicts().first(where: { $0.id.hasPrefix(id) }) else {
                throw CLIFailure(message: "no curation conflict \(id); `dossier conflicts` lists them", exitCode: 1)
            }
            let chosen = pick.flatMap { p in conflict.sides.first { $0.event.hasPrefix(p) } } ?? conflict.sides[0]
            if let pick, !chosen.event.hasPrefix(pick) {
                throw CLIFailure(message: "\(pick) is not a side of conflict \(conflict.id); its sides are \(conflict.sides.map { String($0.event.prefix(16)) }.joined(separator: ", "))", exitCode: 2)
            }
            let event = try s.append(ConflictResolved(conflict: conflict.id, kind: conflict.kind, target: conflict.target, chosen: chosen.event,
                                                      value: chosen.value, supersedes: [conflict.winner] + conflict.losers, reason: reason.reason))
            try s.done("Resolved \(conflict.kind) of \(conflict.target): \(chosen.value ?? "(none)") (from \(chosen.event.prefix(16))).", event, json: output.json)
        }
    }
}
