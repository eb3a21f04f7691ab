import DossierEvents
import DossierLog
import DossierSync
import Foundation

extension FuzzTargets {
    struct Note: EventPayload {
        static let eventType = "Note"
        static let typeVersion = 1
        var text: String
    }

    /// Writes seed inputs for every target under `folder/<target>/`: real open and sealed
    /// segments, exported chunks of both kinds, and small documents in each input format.
    public static func makeCorpus(in folder: String) throws {
        let fm = FileManager.default
        for t in all.keys { try fm.createDirectory(atPath: folder + "/" + t, withIntermediateDirectories: true) }
        func write(_ target: String, _ name: String, _ bytes: [UInt8]) {
            _ = fm.createFile(atPath: "\(folder)/\(target)/\(name)", contents: Data(bytes))
        }
        let path = NSTemporaryDirectory() + "dossier-fuzz-corpus-\(getpid())"
        try? fm.removeItem(atPath: path)
        defer { try? fm.removeItem(atPath: path) }
        let identity = try Identity(name: "seed", rawPrivateKey: Array(repeating: 9, count: 32))
        let store = try Store.create(at: path, name: "seed", identity: identity)
        var options = LogOptions()
        options.sealInBackground = false
        options.blockSize = 400
        let log = try EventLog(store: store, mode: .write, options: options)
        for b in 0..<3 {
            try log.append(
                try (0..<3).map { i in try EventDraft(Note(text: "note \(b)-\(i) « Kaboul » é")) }, nowMillis: 1000 + b)
        }
        let folderPath = path + "/log/" + identity.key
        // Open segment: first byte even selects the open reader; sealed: odd.
        write("segment", "open", try Array(Data(contentsOf: URL(fileURLWithPath: folderPath + "/00000001.open"))))
        let recordsChunk = try log.exportChunks(author: identity.key, after: 0)[0]
        write("chunk", "records", [0] + recordsChunk.bytes)
        let manifest = Manifest(kind: .bundle, sender: identity.key, createdAt: 1, heads: log.versionVector())
        write("stream", "bundle", StreamFormat.encode(manifest: manifest, chunks: [recordsChunk]))
        write("stream", "empty-bundle", StreamFormat.encode(manifest: manifest, chunks: []))
        write("vector", "vector", VectorCoding.encode(log.versionVector()))
        write("vector", "empty", VectorCoding.encode(VersionVector()))
        try log.sealOpenSegment()
        let sealed = try Array(Data(contentsOf: URL(fileURLWithPath: folderPath + "/00000001.seg")))
        write("segment", "sealed", sealed)
        write("chunk", "sealed", [1] + sealed)
        log.close()

        // Crafted targets: every combination of flags with no edit, and one edit per field at a boundary.
        for flags in 0..<32 { write("crafted-chunk", "flags-\(flags)", [UInt8(flags)]) }
        for field in 0..<30 { write("crafted-chunk", "field-\(field)", [3, UInt8(field), 6, 0, 0, 0, 0, 0, 0, 0, 0]) }
        for flags in 0..<4 { write("crafted-bundle", "flags-\(flags)", [UInt8(flags)]) }
        for field in 0..<8 { write("crafted-bundle", "field-\(field)", [0, UInt8(field), 3, 0, 0, 0, 0, 0, 0, 0, 0]) }
        for flags in 0..<8 { write("crafted-request", "flags-\(flags)", [UInt8(flags)]) }
        for field in 0..<6 { write("crafted-request", "field-\(field)", [0, UInt8(field), 4, 0, 0, 0, 0, 0, 0, 0, 0]) }

        write(
            "extract", "text.txt",
            Array(
                "Le général Mark Milley a rencontré les talibans à Doha le 15 décembre 2020.\n\nSelon l'AFP, 2500 soldats restent."
                    .utf8))
        write(
            "extract", "page.html",
            Array(
                "<html><head><title>NATO</title><script>x()</script></head><body><nav>Home | News</nav><p>NATO met in Brussels on 3 March 2023 &amp; agreed.</p></body></html>"
                    .utf8))
        write(
            "extract", "doc.md",
            Array("# Titre\n\n*Kaboul*, le 1er mai 2021 — [OTAN](http://x) : 9,600 soldiers from 36 countries.".utf8))
        write(
            "extract", "lines.jsonl",
            Array(
                #"{"title":"A","text":"Biden said on Monday that 13 000 hommes…","date":"2021-04-14","lang":"en"}"#.utf8
            ) + [0x0A])
        write("extract", "latin1.txt", [0x4C, 0x27, 0xE9, 0x74, 0xE9, 0x20, 0xE0, 0x20, 0x50, 0x61, 0x72, 0x69, 0x73])
        write(
            "extract", "utf16.txt",
            [0xFF, 0xFE] + Array("Paris et Berlin".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    }
}
