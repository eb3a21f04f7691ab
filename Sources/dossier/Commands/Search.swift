import ArgumentParser
import DossierEvents
import DossierProjection
import Foundation

/// `dossier search TEXT`: full text search with snippets.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full text search over titles and bodies (FTS5), best first, with snippets.",
        discussion:
            "Plain words must all appear (accents and case ignored). FTS5 syntax passes through: \"exact phrase\", a OR b, NEAR(a b), pref*."
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var asOf: AsOfOption
    @Argument(help: "Words or an FTS5 query.") var text: [String]
    @Option(help: "Show at most N hits.") var limit = 20

    func validate() throws {
        if text.joined().trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("give words to search for")
        }
    }

    func run() throws {
        let opened = try ProjectionAccess.open(storeOptions, asOf: asOf)
        let hits: [SearchHit]
        do throws(ProjectionError) {
            hits = try opened.projection.search(text.joined(separator: " "), limit: limit)
        } catch {
            guard error.code == .usage else { throw error }
            throw CLIFailure(message: error.message, exitCode: 2)
        }
        if output.json { try Output.json(hits); return }
        if hits.isEmpty { Output.note("No article matches."); return }
        for hit in hits {
            print("\(hit.article.short)  \(hit.title ?? "(untitled)")")
            print("    \(Text.clip(hit.snippet, 200))")
        }
    }
}

/// `dossier sql "SELECT …"`: read-only SQL over the projection.
struct SQL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQL statement over the projection (see Schemas/projection.sql).",
        discussion: "The database is opened read-only: writes are refused by SQLite and nothing changes.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var asOf: AsOfOption
    @Argument(help: "The statement.") var statement: String

    func run() throws {
        let opened = try ProjectionAccess.open(storeOptions, asOf: asOf, readOnly: true)
        let result: SQLResult
        do throws(ProjectionError) {
            result = try opened.projection.query(sql: statement)
        } catch {
            guard error.code == .sql else { throw error }
            throw CLIFailure(message: "sql: \(error.message)")
        }
        if output.json {
            try Output.json(
                result.rows.map { row -> [String: String?] in
                    Dictionary(zip(result.columns, row), uniquingKeysWith: { a, _ in a })
                })
            return
        }
        Output.table(result.columns, result.rows.map { $0.map { Text.clip($0 ?? "NULL", 80) } })
    }
}
