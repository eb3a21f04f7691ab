import DossierEvents
import DossierExtraction
import DossierLog
import Foundation

/// Entry points for coverage-guided fuzzing (ops/fuzz) and for replaying the inputs that
/// once crashed them (Tests/DossierFuzzTests). Each takes arbitrary bytes and must never
/// crash; a violated invariant is reported by `fatalError`, which the fuzzer records.
public enum FuzzTargets {
    /// The targets by name.
    public static let all: [String: @Sendable ([UInt8]) -> Void] = [
        "segment": segment, "chunk": chunk, "extract": extract, "stream": stream, "vector": vector,
        "crafted-chunk": craftedChunk, "crafted-bundle": craftedBundle, "crafted-request": craftedRequest,
    ]

    /// A scratch store reused across runs (fuzzing is single-threaded per process).
    nonisolated(unsafe) static var scratch: (store: Store, author: String)?

    /// Where the targets keep their files: in memory when the machine has a tmpfs (fuzzing is
    /// I/O-bound otherwise; a bundle file in /tmp halved crafted-bundle's executions per second).
    static let scratchFolder =
        FileManager.default.isWritableFile(atPath: "/dev/shm") ? "/dev/shm/" : NSTemporaryDirectory()

    static func store() -> (Store, String) {
        if let scratch { return scratch }
        let path = scratchFolder + "dossier-fuzz-\(getpid())"
        try? FileManager.default.removeItem(atPath: path)
        let identity = try! Identity(name: "fuzz", rawPrivateKey: Array(repeating: 9, count: 32))
        let store = try! Store.create(at: path, name: "fuzz", identity: identity)
        scratch = (store, identity.key)
        return (store, identity.key)
    }

    /// Bytes as the open or sealed segment file of a store: opening it for reading,
    /// iterating its events and auditing it must not crash, and whatever is served
    /// must verify.
    public static func segment(_ bytes: [UInt8]) {
        let (store, author) = store()
        let folder = store.path + "/log/" + author
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let sealed = bytes.first.map { $0 & 1 == 1 } ?? false
        let name = sealed ? "00000001.seg" : "00000001.open"
        _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(bytes))
        guard let log = try? EventLog(store: store, mode: .read) else { return }
        do {
            try log.forEachEvent { event in
                do { try event.verifyPayload() } catch {
                    fatalError("served an event whose payload does not verify: \(error)")
                }
                guard event.id == event.header.id else {
                    fatalError("served an event whose id does not match its header")
                }
            }
        } catch {}
        _ = log.audit()
    }

    /// Bytes as a chunk received from a peer: importing must either reject it whole or
    /// store only what verifies, and the store must audit clean afterwards.
    public static func chunk(_ bytes: [UInt8]) {
        let (store, _) = store()
        try? FileManager.default.removeItem(atPath: store.path + "/log")
        try? FileManager.default.removeItem(atPath: store.path + "/index")
        try? FileManager.default.removeItem(atPath: store.path + "/forks")
        guard let log = try? EventLog(store: store, mode: .write) else { return }
        defer { log.close() }
        let kind: LogChunk.Kind = bytes.first.map { $0 & 1 == 1 } ?? false ? .sealedSegment : .records
        let author = String(repeating: "ab", count: 32)
        let chunk = LogChunk(author: author, kind: kind, firstSeq: 1, lastSeq: 1, bytes: Array(bytes.dropFirst()))
        _ = try? log.importChunk(chunk, nowMillis: craftedNow)
        let report = log.audit()
        if !report.ok { fatalError("import stored something that does not audit: \(report.issues)") }
    }

    /// Bytes as a file to ingest: decoding, cleaning and extraction must not crash, and
    /// every span must point at its surface.
    public static func extract(_ bytes: [UInt8]) {
        guard let articles = try? ArticlePreparer().prepare(bytes: bytes, sourceName: "fuzz") else { return }
        for article in articles {
            let extraction = Extractor().extract(article, articleId: "fuzz")
            let scalars = Array(article.body.unicodeScalars)
            for entity in extraction.entities {
                for span in entity.mentions where span.start < 0 || span.end > scalars.count || span.start > span.end {
                    fatalError("mention span \(span) is outside the body (\(scalars.count) scalars)")
                }
            }
            for date in extraction.dates where date.start < 0 || date.end > scalars.count || date.start > date.end {
                fatalError("date span \(date.start)..<\(date.end) is outside the body")
            }
        }
    }
}
