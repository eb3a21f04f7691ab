import DossierEvents
import DossierLog
import Foundation

extension Harness {
    /// Runs `command`, kills it with SIGKILL after `delay` seconds if still running, and
    /// returns the lines it printed and whether it was killed.
    func runAndKill(_ command: [String], after delay: Double) -> ([String], Bool) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return ([], false) }
        let collected = LineCollector()
        let reader = Thread { collected.read(out.fileHandleForReading) }
        reader.start()
        Thread.sleep(forTimeInterval: delay)
        var killed = false
        if process.isRunning { kill(process.processIdentifier, SIGKILL); killed = true }
        process.waitUntilExit()
        collected.wait()
        return (collected.lines, killed)
    }

    /// Runs a command to completion.
    func shell(_ command: [String]) -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { return (127, "", "\(error)") }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    /// Makes two CLI stores trust each other's keys.
    func trust(_ a: String, _ b: String) {
        func key(_ store: String) -> String {
            let out = shell([dossier, "whoami", "--json", "--store", store]).out
            return ((try? JSONSerialization.jsonObject(with: Data(out.utf8))) as? [String: Any])?["key"] as? String
                ?? ""
        }
        _ = shell([dossier, "peers", "add", "peer", key(b), "--store", a])
        _ = shell([dossier, "peers", "add", "served", key(a), "--store", b])
    }

    /// Starts `dossier serve` on `store` and waits until it answers.
    func startServer(_ store: String, port: Int) -> Process {
        let server = Process()
        server.executableURL = URL(fileURLWithPath: dossier)
        server.arguments = ["serve", "--bind", "127.0.0.1", "--port", String(port), "--store", store]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try? server.run()
        for _ in 0..<100 {
            if shell(["/bin/bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/\(port)"]).status == 0 { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return server
    }

    func directorySize(_ path: String) throws -> Int {
        var total = 0
        for name in FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [] {
            total += (try? FileManager.default.attributesOfItem(atPath: path + "/" + name)[.size] as? Int) ?? 0
        }
        return total
    }

    /// A source store with two authors' logs to import from.
    func buildSource(_ path: String) throws {
        try Store.create(
            at: path, name: "src", identity: try Identity(name: "src", rawPrivateKey: Array(repeating: 8, count: 32)))
        let log = try EventLog(store: try Store.open(at: path), mode: .write, options: options())
        for b in 0..<60 {
            try log.append(
                try (0..<20).map {
                    try EventDraft(Note(text: "source \(b) \($0) " + String(repeating: "x", count: 200), n: $0))
                }, nowMillis: 1)
        }
        log.close()
    }

    /// Short synthetic articles with names, places and dates.
    func writeArticles(_ folder: String, count: Int, rng: inout SplitMix) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let people = ["Marie Curie", "Ahmed Benali", "John Carter", "Sofia Ruiz", "Chen Wei", "Olga Ivanova"]
        let places = ["Paris", "Kaboul", "Washington", "Dakar", "Berlin", "Lima"]
        for i in 0..<count {
            let p = people[rng.int(people.count)], q = people[rng.int(people.count)], pl = places[rng.int(places.count)]
            let text =
                "Réunion à \(pl)\n\nLe ministre \(p) a rencontré \(q) à \(pl) le \(1 + rng.int(28)) mars 202\(rng.int(4)), selon l'AFP. "
                + "Ils ont discuté de \(100 + rng.int(9000)) soldats et de l'OTAN. Article \(rng.next()).\n"
            _ = FileManager.default.createFile(atPath: "\(folder)/a\(i).txt", contents: Data(text.utf8))
        }
    }
}

/// Collects a child's stdout lines on a background thread.
final class LineCollector: @unchecked Sendable {
    private(set) var lines: [String] = []
    private let done = DispatchSemaphore(value: 0)
    func read(_ handle: FileHandle) {
        let data = handle.readDataToEndOfFile()
        lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        done.signal()
    }
    func wait() { done.wait() }
}
