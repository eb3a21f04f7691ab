import DossierEvents
import DossierLog
import Foundation

/// The parent: runs cycles of start-child / kill / reopen / check and prints a table.
struct Harness {
    var dossier = ".build/release/dossier"
    var cycles = 500
    var seed: UInt64 = 1
    var work = NSTemporaryDirectory() + "dossier-crash-\(getpid())"
    let me = CommandLine.arguments[0]

    init(arguments: [String]) {
        var i = 0
        while i + 1 < arguments.count {
            switch arguments[i] {
            case "--dossier": dossier = arguments[i + 1]
            case "--cycles": cycles = Int(arguments[i + 1]) ?? cycles
            case "--seed": seed = UInt64(arguments[i + 1]) ?? seed
            case "--work": work = arguments[i + 1]
            default: break
            }
            i += 2
        }
    }

    struct Tally { var kills = 0; var recoveries = 0; var failures = 0; var runs = 0 }

    func run() throws {
        var rng = SplitMix(state: seed)
        try? FileManager.default.removeItem(atPath: work)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let logStore = work + "/log-store"
        let importStore = work + "/import-store"
        let sourceStore = work + "/source-store"
        let cliStore = work + "/cli-store"
        try Store.create(
            at: logStore, name: "crash",
            identity: try Identity(name: "crash", rawPrivateKey: Array(repeating: 5, count: 32)))
        try Store.create(
            at: importStore, name: "recv",
            identity: try Identity(name: "recv", rawPrivateKey: Array(repeating: 6, count: 32)))
        try buildSource(sourceStore)
        _ = shell([dossier, "init", "--name", "crash-cli", "--store", cliStore])
        let peerStore = work + "/peer-store"
        _ = shell([dossier, "init", "--name", "crash-peer", "--store", peerStore])
        let port = 21000 + Int(getpid() % 20000)
        trust(cliStore, peerStore)
        var tallies: [String: Tally] = [:]
        var failures: [String] = []
        var acked: [Int: String] = [:]
        var redacted = Set<String>()
        for cycle in 0..<cycles {
            let kind = ["append", "append", "import", "ingest", "rebuild", "disk-full", "redact", "sync"][rng.int(8)]
            var tally = tallies[kind] ?? Tally()
            tally.runs += 1
            let delay = 0.005 + Double(rng.int(250)) / 1000
            var problems: [String] = []
            var recovered = false
            switch kind {
            case "append", "disk-full":
                var cmd = [me, "child-append", logStore, String(rng.next())]
                if kind == "disk-full" {
                    let size = (try? directorySize(logStore + "/log")) ?? 0
                    let limitKB = max(64, (size / 1024) / 8 + rng.int(256))
                    cmd = ["/bin/bash", "-c", "ulimit -f \(limitKB); exec \"$0\" \"$@\""] + cmd
                }
                let (lines, killed) = runAndKill(cmd, after: delay)
                if killed { tally.kills += 1 }
                for line in lines {
                    let parts = line.split(separator: " ")
                    if parts.first == "ACK", parts.count == 3, let seq = Int(parts[1]) { acked[seq] = String(parts[2]) }
                    if parts.first == "RED", parts.count == 2 { redacted.insert(String(parts[1])) }
                }
                (recovered, problems) = checkLog(logStore, acked: acked, redacted: redacted)
            case "import":
                let (lines, killed) = runAndKill([me, "child-import", importStore, sourceStore], after: delay)
                if killed { tally.kills += 1 }
                var heads: [String: (Int, String)] = [:]
                for line in lines {
                    let p = line.split(separator: " ")
                    if p.first == "IMP", p.count == 4, let seq = Int(p[2]) { heads[String(p[1])] = (seq, String(p[3])) }
                }
                (recovered, problems) = checkImport(importStore, heads: heads)
            case "ingest":
                let folder = work + "/articles-\(cycle)"
                try writeArticles(folder, count: 5 + rng.int(40), rng: &rng)
                let (_, killed) = runAndKill([dossier, "ingest", folder, "--store", cliStore], after: delay)
                if killed { tally.kills += 1 }
                (recovered, problems) = checkCLI(cliStore, cycle: cycle)
            case "redact":
                let listed = shell([dossier, "articles", "--json", "--store", cliStore]).out
                let ids = ((try? JSONSerialization.jsonObject(with: Data(listed.utf8))) as? [[String: Any]] ?? [])
                    .compactMap { $0["id"] as? String }
                guard !ids.isEmpty else { tally.runs -= 1; tallies[kind] = tally; continue }
                let (_, killed) = runAndKill(
                    [dossier, "redact", ids[rng.int(ids.count)], "--reason", "crash test", "--store", cliStore],
                    after: delay)
                if killed { tally.kills += 1 }
                (recovered, problems) = checkCLI(cliStore, cycle: cycle)
            case "sync":
                // Both sides: the serving replica or the syncing one is killed mid-exchange.
                let folder = work + "/peer-articles-\(cycle)"
                try writeArticles(folder, count: 3 + rng.int(10), rng: &rng)
                _ = shell([dossier, "ingest", folder, "--store", peerStore])
                let server = startServer(cliStore, port: port)
                let killServer = rng.int(2) == 0
                if killServer {
                    let client = Process()
                    client.executableURL = URL(fileURLWithPath: dossier)
                    client.arguments = ["sync", "http://127.0.0.1:\(port)", "--store", peerStore]
                    client.standardOutput = FileHandle.nullDevice
                    client.standardError = FileHandle.nullDevice
                    try? client.run()
                    Thread.sleep(forTimeInterval: delay)
                    if server.isRunning { kill(server.processIdentifier, SIGKILL); tally.kills += 1 }
                    client.waitUntilExit()
                } else {
                    let (_, killed) = runAndKill(
                        [dossier, "sync", "http://127.0.0.1:\(port)", "--store", peerStore], after: delay)
                    if killed { tally.kills += 1 }
                    if server.isRunning { kill(server.processIdentifier, SIGTERM) }
                }
                server.waitUntilExit()
                let (r1, p1) = checkCLI(cliStore, cycle: cycle)
                let (r2, p2) = checkCLI(peerStore, cycle: cycle + 1_000_000)
                recovered = r1 || r2
                problems = p1 + p2.map { "peer: " + $0 }
                // The next sync completes.
                let again = startServer(cliStore, port: port)
                let next = shell([dossier, "sync", "http://127.0.0.1:\(port)", "--store", peerStore])
                if next.status != 0 { problems.append("next sync: \(next.err.prefix(200))") }
                kill(again.processIdentifier, SIGTERM)
                again.waitUntilExit()
            default:  // rebuild
                let (_, killed) = runAndKill([dossier, "rebuild", "--store", cliStore], after: delay)
                if killed { tally.kills += 1 }
                (recovered, problems) = checkCLI(cliStore, cycle: cycle)
            }
            if recovered { tally.recoveries += 1 }
            if !problems.isEmpty {
                tally.failures += 1
                failures.append(
                    "cycle \(cycle) (\(kind), kill after \(Int(delay * 1000)) ms): " + problems.joined(separator: "; "))
            }
            tallies[kind] = tally
            if cycle % 25 == 24 {
                FileHandle.standardError.write(Data("\(cycle + 1)/\(cycles) cycles, \(failures.count) failures\n".utf8))
            }
        }
        print("operation   runs  kills  recoveries  failures")
        for (kind, t) in tallies.sorted(by: { $0.key < $1.key }) {
            print(
                kind.padding(toLength: 10, withPad: " ", startingAt: 0),
                String(format: "%5d  %5d  %10d  %8d", t.runs, t.kills, t.recoveries, t.failures))
        }
        let total = tallies.values.reduce(Tally()) {
            Tally(
                kills: $0.kills + $1.kills, recoveries: $0.recoveries + $1.recoveries,
                failures: $0.failures + $1.failures, runs: $0.runs + $1.runs)
        }
        print(
            "total     ",
            String(format: "%5d  %5d  %10d  %8d", total.runs, total.kills, total.recoveries, total.failures))
        print("acknowledged events checked: \(acked.count); redactions checked: \(redacted.count); seed \(seed)")
        for f in failures.prefix(20) { print("FAIL \(f)") }
        if !failures.isEmpty { exit(1) }
        try? FileManager.default.removeItem(atPath: work)
    }
}
