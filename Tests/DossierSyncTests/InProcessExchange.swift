import DossierEvents
import DossierLog
import DossierTestSupport
import Foundation

@testable import DossierSync

/// Runs one exchange between two replicas in memory through the real wire bytes.
enum InProcessExchange {
    static func run(client: any SyncReplica, server: any SyncReplica, serverKey: String, now: Int = 1_000)
        -> SyncSessionMachine.Action
    {
        var machine = SyncSessionMachine(expectedSender: serverKey)
        var action = machine.start(local: client.syncVector())
        while true {
            switch action {
            case .sendPull(let vector):
                let request = VectorCoding.encode(vector)
                let decodedVector = try! VectorCoding.decode(request)
                let (manifest, wants) = SyncResponder.answerPull(
                    requester: decodedVector, replica: server, sender: serverKey, nowMillis: now)
                let chunks = wants.flatMap {
                    try! server.syncExport(author: $0.author, after: $0.after, maxChunkBytes: 1 << 20)
                }
                var decoder = StreamDecoder()
                try! decoder.feed(StreamFormat.encode(manifest: manifest, chunks: chunks))
                action = .wait
                loop: while let item = try! decoder.next() {
                    action = machine.received(item)
                    if case .importChunk(let chunk) = action {
                        do {
                            action = machine.imported(
                                try ChunkImporter.importChunk(chunk, into: client, trust: .unrestricted, nowMillis: now)
                            )
                        } catch {
                            action = machine.importFailed(error)
                        }
                    }
                    if case .wait = action { continue loop }
                    break loop
                }
            case .pullComplete:
                action = machine.pullEnded(local: client.syncVector()) { client.syncEventId(author: $0, seq: $1) }
            case .push(let wants):
                let chunks = wants.flatMap {
                    try! client.syncExport(author: $0.author, after: $0.after, maxChunkBytes: 1 << 20)
                }
                let body = StreamFormat.encode(
                    manifest: Manifest(kind: .push, sender: "", createdAt: now, heads: client.syncVector()),
                    chunks: chunks)
                let (_, decoded) = try! StreamDecoder.decodeAll(body)
                do {
                    let reply = try SyncResponder.importTransfer(
                        decoded, into: server, trust: .unrestricted, nowMillis: now)
                    action = machine.pushed(
                        reply, chunks: decoded.count, bytes: decoded.reduce(0) { $0 + $1.bytes.count })
                } catch {
                    action = machine.transportFailed(error)
                }
            case .finish, .fail, .wait, .importChunk:
                return action
            }
        }
    }
}
