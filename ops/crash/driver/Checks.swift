import DossierEvents
import DossierLog
import Foundation

extension Harness {
    /// Reopens the log store for writing (recovery), audits it, and checks acknowledged
    /// events and redactions survived; then appends once more.
    func checkLog(_ path: String, acked: [Int: String], redacted: Set<String>) -> (Bool, [String]) {
        var problems: [String] = []
        var recovered = false
        do {
            let log = try EventLog(store: try Store.open(at: path), mode: .write, options: options())
            recovered = !log.recoveryNotes.isEmpty
            let report = log.audit()
            if !report.ok { problems.append("audit: \(report.issues.prefix(3).map(\.description))") }
            let author = log.identity!.key
            let head = log.head(of: author)?.seq ?? 0
            for (seq, _) in acked {
                guard seq <= head else { problems.append("acknowledged seq \(seq) lost (head \(head))"); break }
            }
            var held: [Int: Event] = [:]
            try log.forEachEvent(author: author) { held[$0.header.seq] = $0 }
            for (seq, id) in acked where held[seq]?.id != id {
                problems.append("seq \(seq) is not the acknowledged event"); break
            }
            for event in held.values where redacted.contains(event.id) && event.payload != nil {
                problems.append("redacted \(event.id.prefix(12)) has a payload"); break
            }
            try log.append([try EventDraft(Note(text: "after recovery", n: 0))], nowMillis: 1_763_700_000_000)
            log.close()
        } catch {
            problems.append("reopen/append failed: \(error)")
        }
        return (recovered, problems)
    }

    /// Reopens the importing store; audits it; what it acknowledged importing is held.
    func checkImport(_ path: String, heads: [String: (Int, String)]) -> (Bool, [String]) {
        var problems: [String] = []
        var recovered = false
        do {
            let log = try EventLog(store: try Store.open(at: path), mode: .write, options: options())
            recovered = !log.recoveryNotes.isEmpty
            let report = log.audit()
            if !report.ok { problems.append("audit: \(report.issues.prefix(3).map(\.description))") }
            for (author, (seq, id)) in heads {
                if (log.head(of: author)?.seq ?? 0) < seq {
                    problems.append("imported seq \(seq) of \(author.prefix(8)) lost")
                } else if (try? log.event(author: author, seq: seq).id) != id {
                    problems.append("imported seq \(seq) differs")
                }
            }
            log.close()
        } catch {
            problems.append("reopen failed: \(error)")
        }
        return (recovered, problems)
    }

    /// `dossier recover`, `audit`, `verify`, then one more ingest must succeed.
    func checkCLI(_ store: String, cycle: Int) -> (Bool, [String]) {
        var problems: [String] = []
        let recover = shell([dossier, "recover", "--store", store])
        let recovered = recover.status == 0 && !recover.out.hasPrefix("Nothing to recover")
        if recover.status != 0 { problems.append("recover: \(recover.err.prefix(200))") }
        let audit = shell([dossier, "audit", "--store", store])
        if audit.status != 0 { problems.append("audit: \(audit.out.suffix(300))") }
        let verify = shell([dossier, "verify", "--store", store])
        if verify.status != 0 { problems.append("verify: \((verify.out + verify.err).prefix(300))") }
        let probe = work + "/probe-\(cycle).txt"
        _ = FileManager.default.createFile(
            atPath: probe,
            contents: Data(
                "Dépêche \(cycle): le ministre Jean Dupont a rencontré à Genève le 3 mars 2021 des représentants de l’ONU.\n"
                    .utf8))
        let next = shell([dossier, "ingest", probe, "--store", store])
        if next.status != 0 { problems.append("next ingest: \(next.err.prefix(200))") }
        return (recovered, problems)
    }
}
