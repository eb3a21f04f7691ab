import DossierEvents
import DossierLog
import DossierTestSupport
import Testing

@testable import DossierSync

/// Version-vector negotiation and the initiator's state machine, without sockets.
@Suite struct NegotiationTests {
    static let a = MemorySyncReplica.author(1), b = MemorySyncReplica.author(2), c = MemorySyncReplica.author(3)
    static let serverKey = MemorySyncReplica.author(9)

    @Test func missingRunsStartAfterTheRemoteHead() {
        let local = MemorySyncReplica()
        local.write(Self.a, count: 5)
        local.write(Self.b, count: 2)
        let remote = MemorySyncReplica()
        remote.write(Self.a, count: 3)
        let wants = Negotiation.missing(in: remote.syncVector(), from: local.syncVector()) {
            local.syncEventId(author: $0, seq: $1)
        }
        #expect(wants == [Want(author: Self.a, after: 3), Want(author: Self.b, after: 0)])
        #expect(
            Negotiation.missing(in: local.syncVector(), from: remote.syncVector()) {
                remote.syncEventId(author: $0, seq: $1)
            }.isEmpty)
    }

    @Test func aForkedHeadIsResentFromOneEarlier() {
        let local = MemorySyncReplica(), remote = MemorySyncReplica()
        local.write(Self.a, count: 4)
        remote.write(Self.a, count: 2)
        remote.write(Self.a, count: 2, variant: "restored-from-backup")
        // Same length, different last id.
        #expect(
            Negotiation.missing(in: remote.syncVector(), from: local.syncVector()) {
                local.syncEventId(author: $0, seq: $1)
            } == [Want(author: Self.a, after: 3)])
        // Remote shorter and its head is not ours.
        let shorter = MemorySyncReplica()
        shorter.write(Self.a, count: 2, variant: "x")
        #expect(
            Negotiation.missing(in: shorter.syncVector(), from: local.syncVector()) {
                local.syncEventId(author: $0, seq: $1)
            } == [Want(author: Self.a, after: 1)])
    }

    @Test func aFullExchangeConvergesBothWaysAndForwardsThirdPartyLogs() {
        let client = MemorySyncReplica(), server = MemorySyncReplica()
        client.write(Self.a, count: 7)
        server.write(Self.b, count: 4)
        server.write(Self.c, count: 1)  // a third author's log, forwarded
        let action = InProcessExchange.run(client: client, server: server, serverKey: Self.serverKey)
        guard case .finish(let summary) = action else { Issue.record("\(action)"); return }
        #expect(summary.complete)
        #expect(summary.pulledEvents == 5)
        #expect(summary.pushedEvents == 7)
        #expect(client.logs == server.logs)
    }

    @Test func aNoOpExchangeMovesNothing() {
        let client = MemorySyncReplica(), server = MemorySyncReplica()
        client.write(Self.a, count: 3)
        server.write(Self.a, count: 3)
        let action = InProcessExchange.run(client: client, server: server, serverKey: Self.serverKey)
        var expected = SyncSummary()
        expected.complete = true
        #expect(action == .finish(expected))
        #expect(client.imports == 0 && server.imports == 0)
    }

    @Test func forksAreReportedAndNeverMerged() {
        let client = MemorySyncReplica(), server = MemorySyncReplica()
        client.write(Self.a, count: 3)
        server.write(Self.a, count: 2)
        server.write(Self.a, count: 1, variant: "fork")
        let action = InProcessExchange.run(client: client, server: server, serverKey: Self.serverKey)
        guard case .finish(let summary) = action else { Issue.record("\(action)"); return }
        // Each side detects it: the client on the pulled event, the server on the pushed one.
        #expect(summary.forks.map(\.seq) == [3, 3])
        #expect(
            Set(summary.forks.map(\.heldId)) == [
                MemorySyncReplica.id(Self.a, 3), MemorySyncReplica.id(Self.a, 3, "fork"),
            ])
        #expect(client.logs[Self.a]![2] == MemorySyncReplica.id(Self.a, 3))
        #expect(server.logs[Self.a]![2] == MemorySyncReplica.id(Self.a, 3, "fork"))
    }

    @Test func theMachineRefusesChunksBeyondTheAnnouncedHeadAndOtherSenders() {
        var machine = SyncSessionMachine(expectedSender: Self.serverKey)
        _ = machine.start(local: VersionVector())
        let manifest = Manifest(
            kind: .pullResponse, sender: Self.serverKey, createdAt: 0,
            heads: VersionVector(heads: [Self.a: .init(seq: 2, id: MemorySyncReplica.id(Self.a, 2))]))
        #expect(machine.received(.manifest(manifest)) == .wait)
        let chunk = LogChunk(author: Self.a, kind: .records, firstSeq: 1, lastSeq: 3, bytes: [])
        guard case .fail(let error, _) = machine.received(.chunk(chunk)) else { Issue.record("accepted"); return }
        #expect(error.code == .malformed)

        var other = SyncSessionMachine(expectedSender: Self.serverKey)
        _ = other.start(local: VersionVector())
        var forged = manifest
        forged.sender = Self.a
        guard case .fail(let e2, _) = other.received(.manifest(forged)) else { Issue.record("accepted"); return }
        #expect(e2.code == .unknownPeer)
    }

    @Test func misuseIsAnErrorNotACrash() {
        var machine = SyncSessionMachine()
        guard case .fail(let error, _) = machine.imported(ImportOutcome(appended: 1, duplicates: 0, forks: [])) else {
            Issue.record("accepted"); return
        }
        #expect(error.message == "sync state machine: imported is not valid in state idle")
    }

    @Test func anInterruptedPullKeepsWhatArrivedAndTheNextSyncResumes() {
        let client = MemorySyncReplica(), server = MemorySyncReplica()
        server.write(Self.a, count: 10)
        var machine = SyncSessionMachine(expectedSender: Self.serverKey)
        guard case .sendPull(let v) = machine.start(local: client.syncVector()) else { return }
        let (manifest, wants) = SyncResponder.answerPull(
            requester: v, replica: server, sender: Self.serverKey, nowMillis: 0)
        let chunks = wants.flatMap {
            try! server.syncExport(author: $0.author, after: $0.after, maxChunkBytes: 1 << 20)
        }
        _ = machine.received(.manifest(manifest))
        for chunk in chunks.prefix(2) {  // the connection drops after two chunks
            guard case .importChunk(let c) = machine.received(.chunk(chunk)) else { return }
            _ = machine.imported(try! ChunkImporter.importChunk(c, into: client, trust: .unrestricted, nowMillis: 0))
        }
        guard case .fail(_, let partial) = machine.transportFailed(SyncError(code: .transport, message: "reset")) else {
            return
        }
        #expect(partial.pulledEvents == 6 && !partial.complete)
        let importsBefore = server.imports
        guard
            case .finish(let summary) = InProcessExchange.run(client: client, server: server, serverKey: Self.serverKey)
        else { return }
        #expect(summary.pulledEvents == 4 && summary.pulledDuplicates == 0)
        #expect(client.logs == server.logs && server.imports == importsBefore)
    }
}
