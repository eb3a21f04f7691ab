import ArgumentParser
import DossierEvents
import DossierLog
import DossierProjection
import DossierReplica
import DossierServer
import DossierSync
import Foundation

/// `dossier serve`: answer signed sync requests from peers over HTTP.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Serve this replica to its peers over HTTP until SIGTERM or Ctrl-C (in-flight requests finish first).",
        discussion:
            "Only keys in the peer list (`dossier peers add`) are answered; others get 401/403 before their body is read."
    )
    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "Address to listen on.") var bind = "127.0.0.1"
    @Option(help: "TCP port (0 picks a free one).") var port = 7433
    @Option(help: "Largest request body accepted, in MiB.") var maxBodyMib = 256
    @Option(help: "Accepted clock difference with clients, in seconds.") var skew = 300
    @Option(help: "Seconds a new connection may take to send its request head.") var headerTimeout = 10
    @Option(help: "Seconds without a byte read before a connection is closed.") var idleTimeout = 30
    @Option(help: "Seconds a request body may take to arrive whole.") var bodyTimeout = 600

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be 0…65535") }
        if !(1...4096).contains(maxBodyMib) { throw ValidationError("--max-body-mib must be 1…4096") }
        if !(1...86_400).contains(skew) { throw ValidationError("--skew must be 1…86400 seconds") }
        for (name, value) in [
            ("--header-timeout", headerTimeout), ("--idle-timeout", idleTimeout), ("--body-timeout", bodyTimeout),
        ]
        where !(1...86_400).contains(value) { throw ValidationError("\(name) must be 1…86400 seconds") }
    }

    func run() async throws {
        let store = try storeOptions.open()
        let identity = try store.identity()
        _ = try PeerList.load(from: store)
        let storePath = store.path
        let service: SyncService
        do {
            service = try SyncService(
                storeAt: storePath, identity: identity, backend: SQLiteProjections(), maxBodyBytes: maxBodyMib << 20,
                skewMillis: skew * 1000,
                timeouts: ServerTimeouts(
                    header: .seconds(headerTimeout), idle: .seconds(idleTimeout), body: .seconds(bodyTimeout)),
                journal: ReplayJournal(store: store), updates: { ReplicaOutput.observer() },
                afterImport: { reply, failure in
                    if let failure {
                        Output.error(
                            "the projection could not catch up after a push (\(failure)); run `dossier rebuild`")
                    }
                    Output.note("stored \(reply.appended) events from a push (\(reply.duplicates) already held)")
                    SyncReport.forks(reply.forks)
                    SyncReport.untrusted(reply.untrusted)
                },
                report: { detail in Output.error(detail) })
        } catch { throw error.cliFailure }
        let host = bind
        let requested = port
        try await SyncServer.run(service, host: host, port: requested) { actual in
            Output.note(
                "Serving \(storePath) as \(AuthorID(identity.key).short)… on http://\(host):\(actual) (Ctrl-C to stop)")
        }
        Output.note("Stopped.")
    }
}
