import DossierEvents
import DossierLog
import DossierReplica
import Foundation

/// How the command line shows a replica's updates: notes and errors on stderr, progress on a terminal.
enum ReplicaOutput {
    /// An observer printing every update; `quiet` drops notes about duplicates (for `--json`).
    static func observer(quiet: Bool = false) -> ReplicaObserver {
        let started = Date()
        return { update in
            switch update {
            case .note(let text):
                Output.endProgress()
                Output.note(text)
            case .rejected(let reason):
                Output.endProgress()
                Output.error(reason)
            case .progressEnded:
                Output.endProgress()
            case .progress(let stage, let done, let total, let item):
                let elapsed = Date().timeIntervalSince(started)
                let rate = elapsed > 0 ? Double(done) / elapsed : 0
                let eta = rate > 0 ? Double(max(0, total - done)) / rate : 0
                if let item {
                    Output.progress(
                        "\(stage) \(done + 1)/\(total)  \(String(format: "%.0f", rate))/s  ETA \(String(format: "%.0f", eta)) s  \(item)"
                    )
                } else {
                    Output.progress(
                        "\(stage): \(done)/\(total) events  \(Int(rate)) events/s  ETA \(Int(eta.rounded())) s")
                }
            case .ingested(let item):
                switch item.status {
                case .new: break
                case .duplicate:
                    if !quiet {
                        Output.endProgress();
                        Output.note(
                            "\(item.source): already stored as article \((item.article?.short ?? ""))…, skipped")
                    }
                case .redacted:
                    Output.endProgress();
                    Output.note(
                        "\(item.source): article \((item.article?.short ?? ""))… was redacted; not ingested again")
                case .failed:
                    Output.endProgress(); Output.error(item.message ?? item.source)
                }
            }
        }
    }

    /// Prints a curation edit: the summary and the event, or JSON.
    static func print(_ outcome: CurationOutcome, json: Bool) throws {
        let event = outcome.event
        if json {
            try Output.json(["event": event.id, "type": event.header.type, "summary": outcome.summary])
        } else {
            Swift.print("\(outcome.summary)\nevent \(event.id) (\(event.header.type), seq \(event.header.seq))")
        }
    }
}

extension StoreOptions {
    /// Opens the store as a replica (log for writing, live projection), printing its updates.
    func replica(unpin: Bool = false, quiet: Bool = false) throws -> Replica {
        try Replica.open(
            store: try open(), mode: .write, unpin: unpin, clock: WallClock.nowMillis,
            observer: ReplicaOutput.observer(quiet: quiet))
    }
}
