import Foundation
import GRDB

extension Projector {
    /// Runs a prepared statement whose parameters `bind` sets one by one with SQLite's binders
    /// (`value.bind(to:at:)`, 1-based), skipping GRDB's argument arrays: the per-row inserts
    /// (mentions, values, facts) are most of a rebuild's statements.
    static func run(_ statement: Statement, _ bind: (SQLiteStatement) -> Void) throws {
        statement.setUncheckedArguments(StatementArguments())
        bind(statement.sqliteStatement)
        try statement.execute()
    }

    /// Binds an optional text (NULL when nil).
    static func bind(_ value: String?, _ statement: SQLiteStatement, _ index: CInt) {
        if let value { _ = value.bind(to: statement, at: index) } else { _ = DatabaseValue.null.bind(to: statement, at: index) }
    }
}
