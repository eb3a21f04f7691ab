import ArgumentParser
import DossierLog
import DossierProjection
import DossierServer
import DossierSync
import Foundation

/// `dossier serve`: answer signed sync requests from peers over HTTP.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve this replica to its peers over HTTP until SIGTERM or Ctrl-C (in-flight requests finish first).",
        discussion: "Only keys in the peer list (`dossier peers add`) are answered; others get 401/403 before their body is read.")
    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "Address to listen on.") var bind = "127.0.0.1"
    @Option(help: "TCP port (0 picks a free one).") var port = 7433
    @Option(help: "Largest request body accepted, in MiB.") var maxBodyMib = 256
    @Option(help: "Accepted clock difference with clients, in seconds.") var skew = 300

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be 0…65535") }
        if maxBodyMib < 1 { throw ValidationError("--max-body-mib must be at least 1") }
    }

    func run() throws {
        let store = try storeOptions.open()
        let identity = try store.identity()
        _ = try PeerList.load(from: store)
        let storePath = store.path
        let service = SyncService(
            identity: identity, maxBodyBytes: maxBodyMib << 20, skewMillis: skew * 1000,
            peers: { (try? PeerList.load(from: Store.open(at: storePath)).keys) ?? [] },
            open: { forWriting throws(SyncError) in
                do throws(LogError) {
                    return try EventLog(store: Store.open(at: storePath), mode: forWriting ? .write : .read)
                } catch let error where error.code == .locked {
                    throw SyncError(code: .busy, message: "the store is busy (another dossier command holds its lock); retry in a moment")
                } catch {
                    throw SyncError(code: .io, message: "cannot open the store: \(error.message)")
                }
            },
            afterImport: { reply in
                do {
                    let store = try Store.open(at: storePath)
                    let log = try EventLog(store: store, mode: .read)
                    let projection = try ProjectionAccess.live(store: store, log: log)
                    try projection.close()
                } catch {
                    Output.error("the projection could not catch up after a push (\(error)); run `dossier rebuild`")
                }
                Output.note("stored \(reply.appended) events from a push (\(reply.duplicates) already held)")
                SyncReport.forks(reply.forks)
            })
        let host = bind
        let requested = port
        try AsyncBridge.run {
            try await SyncServer.run(service, host: host, port: requested) { actual in
                Output.note("Serving \(storePath) as \(identity.key.prefix(12))… on http://\(host):\(actual) (Ctrl-C to stop)")
            }
        }
        Output.note("Stopped.")
    }
}
