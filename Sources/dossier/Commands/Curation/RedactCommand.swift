import ArgumentParser
import DossierEvents
import DossierExtraction
import DossierLog
import DossierProjection
import DossierReplica
import Foundation

/// `dossier redact ARTICLE-ID --reason`: erase an article's body and everything derived from it.
struct Redact: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Erase an article's body and every derived row from this replica (appends ArticleRedacted; peers that accept it erase too).",
        discussion:
            "Erases the payloads of the article's ArticleIngested and ArticleExtracted events in the segment files (headers, chain and signatures stay verifiable), deletes its rows, mentions, facts and search entries from the projection, and leaves no copy in the database, its WAL or the search index. See Schemas/curation.md for what it cannot reach (exports, bundles already made, peers that never accept it, free disk blocks)."
    )
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "The article id (64 hex digits, or a unique prefix of at least 12).") var article: String
    @Option(help: "Why (kept in the log: do not repeat what is being erased).") var reason: String

    struct Report: Encodable {
        var article: ArticleID
        var event: EventID
        var erased: Int
        var seconds: Double
    }

    func run() throws {
        let started = Date()
        let redaction = try storeOptions.replica().redact(article: article, reason: reason)
        let report = Report(
            article: redaction.article, event: redaction.event, erased: redaction.erased,
            seconds: Date().timeIntervalSince(started))
        if output.json { try Output.json(report); return }
        print(
            "Redacted article \(report.article.short): \(report.erased) event payloads erased, its rows, mentions, facts and search entries deleted, in \(String(format: "%.2f", report.seconds)) s.\nevent \(report.event) (ArticleRedacted)"
        )
    }
}

/// `dossier reextract [--all | ARTICLE…]`: run the current extractor over stored bodies.
struct Reextract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Run the current extractor over stored articles and append new ArticleExtracted events; curation whose targets vanish is listed."
    )
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @Flag(help: "Every stored article.") var all = false
    @Flag(help: "Even articles whose extraction already comes from this extractor version.") var force = false
    @Argument(help: "Article ids (or unique prefixes).") var articles: [String] = []

    func validate() throws {
        if all == !articles.isEmpty { throw ValidationError("give --all or one or more article ids") }
    }

    func run() throws {
        let report = try storeOptions.replica().reextract(articles: all ? nil : articles, force: force)
        if output.json { try Output.json(report); return }
        print(
            "Re-extracted \(report.extracted) articles with \(Extractor.name) v\(Extractor.version) (\(report.unchanged) already current)."
        )
        if !report.waiting.isEmpty {
            print(
                "\(report.waiting.count) curation edits do not find their target in the graph (they apply again if it comes back):"
            )
            Output.table(
                ["KIND", "TARGET", "VALUE", "EVENT"],
                report.waiting.map {
                    [$0.kind, Text.clip($0.target, 60), Text.clip($0.value, 30), EventID($0.event).short]
                })
        }
    }
}
