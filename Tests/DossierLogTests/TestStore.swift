import DossierEvents
import Foundation

@testable import DossierLog

/// A temporary store folder removed at the end of the test.
final class TempStore {
    let path: String
    let store: Store

    init(name: String = "test", key: UInt8 = 7) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-test-\(UUID().uuidString)").path
        // A fixed key keeps tests reproducible.
        let identity = try Identity(name: name, rawPrivateKey: Array(repeating: key, count: 32))
        store = try Store.create(at: path, name: name, identity: identity)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    static func options(sealThreshold: Int = 16 << 20, blockSize: Int = 256 << 10, background: Bool = false)
        -> LogOptions
    {
        var o = LogOptions()
        o.sealThreshold = sealThreshold
        o.blockSize = blockSize
        o.sealInBackground = background
        return o
    }

    func open(_ mode: EventLog.Mode = .write, options: LogOptions = TempStore.options()) throws -> EventLog {
        try EventLog(store: store, mode: mode, options: options)
    }
}

struct Note: EventPayload {
    static let eventType = "Note"
    static let typeVersion = 1
    var text: String
    var n: Int
}

func drafts(_ range: Range<Int>, size: Int = 40) throws -> [EventDraft] {
    try range.map { i in try EventDraft(Note(text: "note \(i) " + String(repeating: "x", count: size), n: i)) }
}

func readAll(_ log: EventLog) throws -> [Event] {
    var out: [Event] = []
    try log.forEachEvent { out.append($0) }
    return out
}

func fileBytes(_ path: String) -> [UInt8] { Array(FileManager.default.contents(atPath: path) ?? Data()) }
func writeBytes(_ bytes: [UInt8], _ path: String) {
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
}
