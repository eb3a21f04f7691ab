import DossierTestSupport
import Foundation

/// Runs the built `dossier` executable in a temporary store and captures its output.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `dossier` binary built next to the test bundle.
    static let binary: String = {
        var candidates: [URL] = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for dir in candidates {
            let path = dir.appendingPathComponent("dossier").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return repositoryRoot() + "/.build/debug/dossier"
    }()

    let store: String

    init() {
        store = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)").path
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: store) }

    /// Runs `dossier --store STORE args…` (the store flag goes after the subcommand path).
    @discardableResult
    func run(_ args: [String], stdin: Data? = nil, withStore: Bool = true, env extra: [String: String] = [:]) throws
        -> Result
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = withStore ? args + ["--store", store] : args
        process.currentDirectoryURL = URL(fileURLWithPath: repositoryRoot())
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.merge(extra) { _, new in new }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
