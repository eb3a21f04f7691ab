import DossierEvents
import DossierLog
import DossierProjection
import DossierReplica
import DossierSync
import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

@testable import DossierServer

/// A service over a real store, as `dossier serve` builds it: a push is stored in the log and the
/// projection catches up with it before the server reports the import.
@Suite struct StoreServiceTests {
    final class Reports: Sendable {
        let items = Mutex<[(appended: Int, failed: Bool)]>([])
    }

    @Test func aPushIsStoredAndProjected() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-serve-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (alice, _) = try Replica.openOrCreate(at: folder + "/alice", name: "alice")
        let text = "Berlin, 3 March 2026. Olaf Scholz met Emmanuel Macron in Berlin on Monday to discuss NATO."
        _ = try alice.ingest([BytesSource(name: "a.txt", bytes: Array(text.utf8))])
        let aliceIdentity = try alice.store.identity()
        // The server's store: made, its peer list written, and closed (the service opens it per request).
        let (serverStore, _) = try Store.openOrCreate(at: folder + "/server", name: "server")
        let serverIdentity = try serverStore.identity()
        var serverPeers = PeerList()
        try serverPeers.add(name: "alice", key: aliceIdentity.key, nowMillis: 0)
        try serverPeers.save(to: serverStore)

        let aliceLog = alice.log
        let reports = Reports()
        let service = try SyncService(
            storeAt: folder + "/server", identity: serverIdentity, backend: SQLiteProjections(),
            afterImport: { reply, failure in
                reports.items.withLock { $0.append((reply.appended, failure != nil)) }
            })
        let app = SyncServer.application(service, host: "127.0.0.1", port: 0)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            var peers = PeerList()
            try peers.add(name: "server", key: serverIdentity.key, nowMillis: 0)
            let sync = SyncClient(identity: aliceIdentity, baseURL: "http://127.0.0.1:\(port)", peers: peers)
            let result = await sync.sync(aliceLog, now: { Int(Date().timeIntervalSince1970 * 1000) })
            #expect(result.error == nil)
            #expect(result.summary.pushedEvents == 2)
        }
        #expect(reports.items.withLock { $0.map(\.appended) } == [2])
        #expect(reports.items.withLock { $0.allSatisfy { !$0.failed } })
        // The projection file already holds the article: read without catching up.
        let projection = try #require(try SQLiteProjections().openLive(store: Store.open(at: folder + "/server")))
        #expect(try projection.articleCount() == 1)
        #expect(try projection.entityCount() > 0)
        try projection.close()
        alice.close()
    }
}
