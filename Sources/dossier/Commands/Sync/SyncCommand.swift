import ArgumentParser
import DossierEvents
import DossierLog
import DossierProjection
import DossierSync
import Foundation

/// `dossier sync URL`: pull what a peer has, push what it lacks, update the graph.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Exchange events with a peer's `dossier serve`: pull, then push; report what moved and any fork.",
        discussion:
            "The peer must list this replica's key, and this replica must list the peer's (`dossier peers add`). An interrupted sync keeps what arrived whole; running it again resumes."
    )
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "The peer's address, e.g. http://192.168.1.20:7433") var url: String
    @Flag(help: "Do not update the graph now (the next query catches it up).") var noProject = false

    func validate() throws {
        guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme ?? ""), parsed.host != nil else {
            throw ValidationError("'\(url)' is not an http:// address such as http://127.0.0.1:7433")
        }
    }

    struct Report: Encodable {
        var peer: String?
        var summary: SyncSummary
        var requests: Int
        var bytesSent: Int
        var bytesReceived: Int
        var seconds: Double
        var error: String?
    }

    func run() async throws {
        let started = Date()
        let store = try storeOptions.open()
        let log = try EventLog(store: store, mode: .write)
        defer { log.close() }
        let peers = try PeerList.load(from: store)
        if peers.peers.isEmpty {
            throw CLIFailure(
                message:
                    "no peers are trusted yet: run `dossier peers add NAME KEY` with the key `dossier whoami` prints on the other machine"
            )
        }
        let client = SyncClient(identity: try store.identity(), baseURL: url, peers: peers)
        let result = await client.sync(log, now: { WallClock.nowMillis() }) { p in
            Output.progress(
                "\(p.phase): \(p.events)\(p.total > 0 ? "/\(p.total)" : "") events, \(Output.bytes(p.bytes))")
        }
        Output.endProgress()
        if let key = result.remoteKey, let vector = result.remoteVector {
            try? KnownVectors.record(vector, for: key, store: store) { log.syncEventId(author: $0, seq: $1) }
        }
        if result.summary.pulledEvents > 0 && !noProject {
            let projection = try ProjectionAccess.live(store: store, log: log)
            try projection.close()
        }
        let s = result.summary
        let report = Report(
            peer: result.remoteKey, summary: s, requests: result.requests, bytesSent: result.bodyBytesSent,
            bytesReceived: result.bodyBytesReceived, seconds: Date().timeIntervalSince(started),
            error: result.error?.message)
        if output.json {
            try Output.json(report)
        } else {
            let name = result.remoteKey.flatMap { peers.find($0)?.name } ?? url
            print(
                "Synced with \(name)\(s.complete ? "" : " (incomplete)"): pulled \(s.pulledEvents) new events (\(s.pulledDuplicates) already held, \(Output.bytes(s.pulledBytes))), pushed \(s.pushedEvents) (\(s.pushedDuplicates) already held, \(Output.bytes(s.pushedBytes))); \(result.requests) requests, \(Output.bytes(result.bodyBytesSent + result.bodyBytesReceived)) of bodies in \(String(format: "%.2f", report.seconds)) s."
            )
        }
        SyncReport.forks(s.forks)
        SyncReport.untrusted(result.untrusted)
        if let error = result.error { throw error.cliFailure }
        if !s.forks.isEmpty { throw ExitCode(1) }
    }
}
