import DossierTestSupport
import Foundation
import GRDB
import Testing

@testable import DossierProjection

@Suite struct SchemaTests {
    /// Statements of a SQL script, comments dropped, whitespace collapsed.
    static func statements(_ sql: String) -> [String] {
        let lines = sql.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("--") }
        return lines.joined(separator: "\n").components(separatedBy: ";\n").map {
            $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").trimmingCharacters(
                in: CharacterSet(charactersIn: "; "))
        }.filter { !$0.isEmpty }
    }

    @Test func embeddedSchemaEqualsTheFile() throws {
        let file = try String(contentsOfFile: repositoryRoot() + "/Schemas/projection.sql", encoding: .utf8)
        #expect(ProjectionSchema.sql + "\n" == file)
    }

    @Test func migratedDatabaseSchemaEqualsTheFile() throws {
        let folder = TempFolder()
        let projection = try Projection.open(path: folder.file("p.sqlite"))
        let file = try String(contentsOfFile: repositoryRoot() + "/Schemas/projection.sql", encoding: .utf8)
        let live = try projection.writer.read { db in
            try String.fetchAll(
                db,
                sql:
                    "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT GLOB 'search_[0-9]*_*' ORDER BY rowid"
            )
        }
        #expect(live.map { Self.statements($0 + ";\n")[0] } == Self.statements(file))
        let mode = try projection.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }
}
