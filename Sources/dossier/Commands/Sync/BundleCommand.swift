import ArgumentParser
import DossierEvents
import DossierLog
import DossierProjection
import DossierSync
import Foundation

/// `dossier bundle create/apply/vector`: offline sync through files.
struct BundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Offline sync: write what a peer lacks to a file, or apply such a file.",
        subcommands: [Create.self, Apply.self, Vector.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a bundle of events (all of them, or what a peer lacks) to FILE.",
            discussion:
                "--for PEER uses what this replica last learned PEER holds (from a sync or a bundle it sent); --since FILE uses a vector written by `dossier bundle vector` on the receiving machine."
        )
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "The bundle file to write.") var file: String
        @Option(name: .customLong("for"), help: "Only what this peer (name or key) lacks, as last known.") var peer:
            String?
        @Option(help: ArgumentHelp("Only what a replica holding this vector lacks.", valueName: "VECTOR-FILE"))
        var since: String?

        func validate() throws {
            if peer != nil && since != nil { throw ValidationError("give --for or --since, not both") }
        }

        func run() throws {
            let store = try storeOptions.open()
            let log = try EventLog(store: store, mode: .read)
            var base: VersionVector?
            if let peer {
                guard let found = try PeerList.load(from: store).find(peer) else {
                    throw CLIFailure(message: "no peer named '\(peer)'; see `dossier peers list`", exitCode: 2)
                }
                base = KnownVectors.load(found.key, store: store)
                if base == nil {
                    Output.note("Nothing is known yet of what \(found.name) holds; the bundle holds everything.")
                }
            } else if let since {
                base = try VectorFile.read(since)
            }
            let identity = try store.identity()
            let created: SyncBundle.Created
            do {
                created = try SyncBundle.create(
                    at: file, replica: log, signer: identity, base: base, nowMillis: WallClock.nowMillis())
            } catch { throw error.cliFailure }
            if output.json { try Output.json(created); return }
            print(
                "Wrote \(file): \(created.events) events in \(created.chunks) chunks, \(Output.bytes(created.bytes)).")
        }
    }

    struct Apply: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify a bundle whole, then store the events this replica lacks and update the graph.")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "The bundle file.") var file: String
        @Flag(help: "Do not update the graph now (the next query catches it up).") var noProject = false

        func run() throws {
            let store = try storeOptions.open()
            let log = try EventLog(store: store, mode: .write)
            defer { log.close() }
            let peers: PeerList
            do { peers = try PeerList.load(from: store) } catch { throw error.cliFailure }
            let trust = TrustPolicy(own: try store.identity().key, peers: peers)
            let applied: SyncBundle.Applied
            do {
                applied = try SyncBundle.apply(file, to: log, trust: trust, nowMillis: WallClock.nowMillis()) {
                    done, total in
                    Output.progress("applying \(file): seq \(done) of \(total) events")
                }
            } catch {
                Output.endProgress()
                throw error.cliFailure
            }
            Output.endProgress()
            try? KnownVectors.record(applied.senderVector, for: applied.sender, store: store) {
                log.syncEventId(author: $0, seq: $1)
            }
            if applied.appended > 0 && !noProject {
                let projection = try ProjectionAccess.live(store: store, log: log)
                try projection.close()
            }
            if output.json {
                try Output.json(applied)
            } else {
                print(
                    "Applied \(file) from \(AuthorID(applied.sender).short)…: \(applied.appended) new events, \(applied.duplicates) already held, \(applied.chunks) chunks."
                )
            }
            SyncReport.forks(applied.forks)
            SyncReport.untrusted(applied.untrusted)
            if !applied.forks.isEmpty { throw ExitCode(1) }
        }
    }

    struct Vector: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print this replica's version vector (JSON), for `bundle create --since` on another machine.")
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let log = try EventLog(store: try storeOptions.open(), mode: .read)
            try Output.json(log.syncVector())
        }
    }
}

/// Version vector files (`bundle vector` output).
enum VectorFile {
    static func read(_ path: String) throws -> VersionVector {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure(message: "cannot read vector file \(path)", exitCode: 2)
        }
        guard let vector = try? JSONDecoder().decode(VersionVector.self, from: data),
            vector.heads.allSatisfy({ Hex.isDigest($0.key) && $0.value.seq >= 0 })
        else {
            throw CLIFailure(
                message: "\(path) is not a version vector; write one with `dossier bundle vector > FILE`", exitCode: 2)
        }
        return vector
    }
}

/// Shared printing of what sync found.
enum SyncReport {
    static func forks(_ forks: [ForkEvidence]) {
        for fork in forks {
            Output.error(
                "FORK: author \(AuthorID(fork.author).short)… has two different events at seq \(fork.seq) (held \(EventID(fork.heldId).short)…, received \(EventID(fork.otherId).short)…), both signed by that author; both kept as evidence, nothing merged. See `dossier conflicts`."
            )
        }
    }

    static func untrusted(_ authors: [String]) {
        for author in authors {
            Output.note(
                "skipped the events of author \(author): not in this replica's peer list, so not stored. If you trust that author, run `dossier peers add NAME \(author)` and sync again."
            )
        }
    }
}
