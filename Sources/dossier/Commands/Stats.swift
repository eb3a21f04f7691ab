import ArgumentParser
import DossierEvents
import DossierLog
import DossierProjection
import Foundation

/// `dossier stats`: counts, sizes, compression ratio.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print event and article counts, raw and stored bytes, compression ratio.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption

    struct Report: Encodable {
        var events: Int
        var articles: Int
        var entities: Int
        var authors: Int
        var segments: Int
        var sealedSegments: Int
        var rawBytes: Int
        var storedBytes: Int
        var eventsByType: [String: Int]
    }

    func run() throws {
        let log = try EventLog(store: try storeOptions.open(), mode: .read)
        let stats = log.stats()
        var byType: [String: Int] = [:]
        var articles = Set<String>()
        try log.forEachEvent { event in
            byType[event.header.type, default: 0] += 1
            if event.header.kind == .articleIngested, let article = try? event.decode(ArticleIngested.self) {
                articles.insert(article.articleId)
            }
        }
        let projection = try ProjectionAccess.live(store: log.store, log: log)
        let entities = try projection.entityCount()
        try projection.close()
        let report = Report(
            events: stats.events, articles: articles.count, entities: entities, authors: stats.authors,
            segments: stats.segments, sealedSegments: stats.sealedSegments,
            rawBytes: stats.rawBytes, storedBytes: stats.storedBytes, eventsByType: byType)
        if output.json { try Output.json(report); return }
        let ratio = stats.rawBytes > 0 ? Double(stats.storedBytes) / Double(stats.rawBytes) * 100 : 0
        Output.table(
            ["", ""],
            [
                ["events", "\(stats.events)"],
                ["articles", "\(articles.count)"],
                ["entities", "\(entities)"],
                ["authors", "\(stats.authors)"],
                ["segments", "\(stats.segments) (\(stats.sealedSegments) sealed)"],
                ["raw bytes", "\(stats.rawBytes) (\(Output.bytes(stats.rawBytes)))"],
                ["stored bytes", "\(stats.storedBytes) (\(Output.bytes(stats.storedBytes)))"],
                ["stored/raw", String(format: "%.1f%%", ratio)],
            ] + byType.keys.sorted().map { ["  \($0)", "\(byType[$0]!)"] })
    }
}

/// `dossier reindex`: rebuild the (author, seq) → position index from the segments.
struct Reindex: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild the (author, seq) → position index from the segment files.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption

    func run() throws {
        let log = try EventLog(store: try storeOptions.open(), mode: .write)
        defer { log.close() }
        for note in log.recoveryNotes { Output.note(note) }
        let n = try log.rebuildIndex()
        if output.json { try Output.json(["indexed": n]); return }
        print("Indexed \(n) events.")
    }
}

/// `dossier seal`: seal this replica's open segment now.
struct Seal: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compress and seal this replica's open segment now, whatever its size.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption

    func run() throws {
        let log = try EventLog(store: try storeOptions.open(), mode: .write)
        defer { log.close() }
        for note in log.recoveryNotes { Output.note(note) }
        try log.sealOpenSegment()
        let stats = log.stats()
        if output.json { try Output.json(stats); return }
        print(
            "Sealed. \(stats.sealedSegments) of \(stats.segments) segments sealed; \(Output.bytes(stats.storedBytes)) stored for \(Output.bytes(stats.rawBytes)) raw."
        )
    }
}
