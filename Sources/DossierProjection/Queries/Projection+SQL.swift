import DossierEvents
import DossierLog
import Foundation
import GRDB

extension Projection {
    /// Runs one read-only SQL statement; writes and errors are refused with SQLite's message.
    public func query(sql: String, limit: Int? = nil) throws(ProjectionError) -> SQLResult {
        do {
            return try writer.read { db in
                let statements = try db.allStatements(sql: sql)
                guard let statement = try statements.next() else {
                    throw ProjectionError(code: .sql, message: "empty statement")
                }
                // Whatever follows the first statement (even text that does not compile) is a second one.
                let more: Bool
                do { more = try statements.next() != nil } catch { more = true }
                guard !more else {
                    throw ProjectionError(
                        code: .sql, message: "one statement at a time: this text has more than one (separated by ';')")
                }
                let columns = statement.columnNames
                var rows: [[String?]] = []
                let cursor = try Row.fetchCursor(statement)
                while let row = try cursor.next() {
                    if let limit, rows.count >= limit { break }
                    rows.append(
                        row.databaseValues.map { value in
                            switch value.storage {
                            case .null: return nil
                            case .int64(let n): return String(n)
                            case .double(let d): return String(d)
                            case .string(let s): return s
                            case .blob(let data): return Hex.encode(data)
                            }
                        })
                }
                return SQLResult(columns: columns, rows: rows)
            }
        } catch let error as ProjectionError {
            throw error
        } catch let error as DatabaseError {
            throw ProjectionError(code: .sql, message: error.message ?? "\(error)", cause: error)
        } catch {
            throw ProjectionError(code: .sql, message: "\(error)")
        }
    }
}
