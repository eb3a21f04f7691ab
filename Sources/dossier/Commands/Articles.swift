import ArgumentParser
import DossierEvents
import DossierProjection
import Foundation

/// `dossier articles`: the articles held, newest first.
struct Articles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the articles in the graph, newest publication first.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var asOf: AsOfOption
    @Option(help: "Show at most N articles.") var limit: Int?
    @Option(help: "Skip the first N articles (with --limit, pages through the list).") var offset = 0

    func validate() throws {
        if offset < 0 { throw ValidationError("--offset must be 0 or more") }
    }

    func run() throws {
        let opened = try ProjectionAccess.open(storeOptions, asOf: asOf)
        let articles = try opened.projection.articles(limit: limit, offset: offset)
        if output.json { try Output.json(articles); return }
        Output.table(
            ["PUBLISHED", "LANG", "ID", "TITLE", "SOURCE"],
            articles.map {
                [
                    $0.published ?? "-", $0.language ?? "-", $0.id.short,
                    Text.clip($0.title ?? "(untitled)", 60), $0.source ?? "",
                ]
            })
    }
}

/// `dossier entities [--type T] [--limit N]`: entities, most mentioned first.
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List entities, most mentioned first.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var asOf: AsOfOption
    @Option(help: ArgumentHelp("Only this type: \(EntityType.spelledList).", valueName: "type")) var type: String?
    @Option(help: "Show at most N entities (default 50; 0 for all).") var limit = 50
    @Option(help: "Skip the first N entities (with --limit, pages through the list).") var offset = 0

    func validate() throws {
        if let type, EntityType(spelled: type) == nil {
            throw ValidationError("--type must be \(EntityType.spelledList), not '\(type)'")
        }
        if limit < 0 { throw ValidationError("--limit must be 0 (all) or more") }
        if offset < 0 { throw ValidationError("--offset must be 0 or more") }
    }

    func run() throws {
        let opened = try ProjectionAccess.open(storeOptions, asOf: asOf)
        let listed = try opened.projection.entities(
            type: type.flatMap(EntityType.init(spelled:)), limit: limit == 0 ? nil : limit, offset: offset)
        let entities = try opened.projection.curated(listed)
        if output.json { try Output.json(entities); return }
        Output.table(
            ["TYPE", "LABEL", "MENTIONS", "ARTICLES", "ID", "ALIASES"],
            entities.map { e in
                [
                    e.type.rawValue, e.label, "\(e.mentions)", "\(e.articles)", e.id.rawValue,
                    Text.clip(e.aliases.filter { $0 != e.label }.prefix(4).joined(separator: ", "), 50),
                ]
            })
    }
}

/// `dossier show ENTITY`: one entity's profile.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Show an entity (by id, label or alias): aliases, articles, mentions in context, facts, strongest neighbours."
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var asOf: AsOfOption
    @Argument(help: "Entity id, label or alias.") var entity: String

    func run() throws {
        let opened = try ProjectionAccess.open(storeOptions, asOf: asOf)
        let entity = try ProjectionAccess.curatedEntity(self.entity, in: opened.projection)
        let profile = try opened.projection.profile(entity)
        if output.json { try Output.json(profile); return }
        print("\(entity.label)  (\(entity.type), \(entity.id))")
        print("  \(entity.mentions) mentions in \(entity.articles) articles")
        if !entity.aliases.isEmpty { print("  aliases: \(entity.aliases.joined(separator: ", "))") }
        print("\nARTICLES")
        Output.table(
            ["", "", "", ""],
            profile.articles.map {
                [
                    "  \($0.published ?? "-")", $0.id.short, "\($0.mentions)×",
                    Text.clip($0.title ?? "(untitled)", 70),
                ]
            })
        print("\nMENTIONS IN CONTEXT")
        for c in profile.contexts {
            print(
                "  [\(c.article.short) \(c.start)–\(c.end)]\(c.moved ? " (moved here)" : "") \(Text.clip(c.sentence, 160))"
            )
        }
        if !profile.facts.isEmpty {
            print("\nFACTS")
            Output.table(
                ["", "", "", "", ""],
                profile.facts.map {
                    [
                        "  \($0.when ?? "")", $0.subjectLabel ?? $0.subject, $0.predicate, $0.objectLabel ?? $0.object,
                        $0.article.short,
                    ]
                })
        }
        if !profile.neighbors.isEmpty {
            print("\nSTRONGEST NEIGHBOURS (articles co-mentioning)")
            Output.table(
                ["", "", "", ""],
                profile.neighbors.map { ["  \($0.weight)", $0.type.rawValue, $0.label, $0.id.rawValue] })
        }
    }
}

/// Small text helpers for tables.
enum Text {
    /// `text` on one line, cut to `width` characters with an ellipsis.
    static func clip(_ text: String, _ width: Int) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count <= width ? line : String(line.prefix(width - 1)) + "…"
    }
}
