import ArgumentParser
import DossierEvents
import DossierLog
import Foundation

/// `dossier log [--limit N] [--json]`: list events, oldest first.
struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the events in the store, oldest first (by clock, then author and seq).")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption

    @Option(help: "Show only the last N events.")
    var limit: Int?

    @Option(help: "Show only events of this author (public key or unique prefix).")
    var author: String?

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    struct Line: Encodable {
        var id: String
        var type: String
        var author: String
        var seq: Int
        var hlc: Int
        var typeVersion: Int
        var payloadSize: Int
        var time: String
    }

    func run() throws {
        let log = try EventLog(store: try storeOptions.open(), mode: .read)
        var lines: [Line] = []
        let authors =
            try author.map { prefix in
                let matches = log.authors.filter { $0.hasPrefix(prefix) }
                guard matches.count == 1 else {
                    throw CLIFailure(message: "--author \(prefix) matches \(matches.count) authors", exitCode: 2)
                }
                return matches
            } ?? log.authors
        for a in authors {
            // An author's clock only grows along its log, so the last N events overall are among
            // each author's last N: with --limit, read only those (not the whole log).
            let from = limit.map { max(1, (log.head(of: a)?.seq ?? 0) - $0 + 1) } ?? 1
            try log.forEachEvent(author: a, from: from) { event in
                let h = event.header
                lines.append(
                    Line(
                        id: event.id, type: h.type, author: h.author, seq: h.seq, hlc: h.hlc,
                        typeVersion: h.typeVersion, payloadSize: h.payloadSize,
                        time: Output.iso(millis: HybridLogicalClock.millis(h.hlc))))
            }
        }
        lines.sort { ($0.hlc, $0.author, $0.seq) < ($1.hlc, $1.author, $1.seq) }
        if let limit { lines = Array(lines.suffix(limit)) }
        if output.json {
            try Output.json(lines)
            return
        }
        if lines.isEmpty { print("The log is empty. Add articles with `dossier ingest PATH…`."); return }
        Output.table(
            ["TIME", "TYPE", "AUTHOR", "SEQ", "ID", "BYTES"],
            lines.map {
                [
                    $0.time, "\($0.type) v\($0.typeVersion)", AuthorID($0.author).short, String($0.seq),
                    EventID($0.id).short, String($0.payloadSize),
                ]
            })
    }
}
