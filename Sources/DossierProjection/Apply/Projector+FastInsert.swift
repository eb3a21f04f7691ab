import Foundation
import GRDB
import GRDBSQLite

extension Projector {
    /// Runs a prepared statement whose parameters `bind` sets one by one with SQLite's binders
    /// (`value.bind(to:at:)`, 1-based), stepping it through SQLite's C interface: the per-row
    /// inserts (mentions, values, facts, edges) are most of a rebuild's statements, and GRDB's
    /// argument arrays and per-execution bookkeeping cost more than the insert itself.
    ///
    /// Only for statements used by nothing else (made with `makeStatement`, or cached ones that
    /// only this function runs).
    static func run(_ statement: Statement, _ bind: (SQLiteStatement) -> Void) throws {
        let s = statement.sqliteStatement
        sqlite3_reset(s)
        bind(s)
        let code = sqlite3_step(s)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(s)))
            sqlite3_reset(s)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    /// Binds an optional text (NULL when nil).
    static func bind(_ value: String?, _ statement: SQLiteStatement, _ index: CInt) {
        if let value {
            _ = value.bind(to: statement, at: index)
        } else {
            _ = DatabaseValue.null.bind(to: statement, at: index)
        }
    }
}
