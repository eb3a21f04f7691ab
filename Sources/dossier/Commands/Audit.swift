import ArgumentParser
import DossierLog
import Foundation

/// `dossier audit`: verify every frame, id, chain link, signature and footer.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify every frame, id, chain link, payload hash, signature and footer in the store.",
        discussion: "Exits 1 and names the segment file, record and problem when anything is wrong.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption

    func run() throws {
        let log = try EventLog(store: try storeOptions.open(), mode: .read)
        let started = Date()
        let report = log.audit(nowMillis: WallClock.nowMillis())
        let seconds = Date().timeIntervalSince(started)
        if output.json {
            try Output.json(report)
        } else {
            for issue in report.issues { print("FAIL  \(issue)") }
            for warning in report.warnings { print("WARN  \(warning)") }
            let rate = seconds > 0 ? Double(report.rawBytes) / seconds / 1e6 : 0
            print(
                "\(report.ok ? "OK" : "FAILED"): \(report.authors) authors, \(report.segments) segments, \(report.events) events, \(report.commits) signed commits, \(report.redacted) redacted; \(Output.bytes(report.rawBytes)) checked in \(String(format: "%.2f", seconds)) s (\(String(format: "%.0f", rate)) MB/s); \(report.issues.count) problems"
            )
        }
        if !report.ok { throw ExitCode(1) }
    }
}
