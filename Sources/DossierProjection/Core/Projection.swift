import DossierEvents
import DossierLog
import Foundation
import GRDB

/// The SQLite entity graph built from the event log: a deterministic function of the set of events.
///
/// One `Projection` owns one `DatabasePool` (WAL mode) on one file. Apply events with
/// ``apply(_:)`` or ``catchUp(from:hlcLimit:batchEvents:progress:)``; rebuild a fresh file with
/// ``rebuild(from:at:asOf:progress:)`` (a ``ProjectionBuilder``); query with the functions in `Queries/`.
public final class Projection: @unchecked Sendable {
    /// The file name inside a store folder.
    public static let fileName = "projection.sqlite"

    /// Where the projection of `store` lives.
    public static func path(in store: Store) -> String { store.dataFolder + "/" + fileName }

    /// The database file.
    public let path: String
    let writer: any DatabaseWriter
    /// True when opened with ``openReadOnly(path:)``.
    public let readOnly: Bool
    init(path: String, writer: any DatabaseWriter, readOnly: Bool) {
        self.path = path
        self.writer = writer
        self.readOnly = readOnly
    }

    /// Opens the projection at `path`, creating an empty one when the file does not exist.
    ///
    /// Throws `.stale` when the file was built by another schema version (rebuild it).
    public static func open(path: String) throws(ProjectionError) -> Projection {
        let exists = FileManager.default.fileExists(atPath: path)
        // A WAL (and its index) left by a deleted projection holds that file's pages: replayed into
        // a new file, they would corrupt it.
        if !exists { removeSidecars(of: path) }
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA page_size = 16384; PRAGMA synchronous = NORMAL")
            // Deleted rows are overwritten with zeros, so that a redacted article leaves no bytes behind.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            try SearchRank.register(db)
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw ProjectionError.database("opening", path: path, error)
        }
        let projection = Projection(path: path, writer: pool, readOnly: false)
        if exists {
            try projection.checkVersion()
        } else {
            try projection.createSchema()
        }
        return projection
    }

    /// Deletes the `-wal`, `-shm` and `-journal` files beside `path` (only when they belong to no
    /// file, or to one being replaced).
    static func removeSidecars(of path: String) {
        for suffix in ["-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Opens an existing projection read-only: every write is refused by SQLite.
    public static func openReadOnly(path: String) throws(ProjectionError) -> Projection {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ProjectionError(code: .stale, message: "no projection at \(path); run `dossier rebuild`")
        }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in try SearchRank.register(db) }
        do {
            let pool = try DatabasePool(path: path, configuration: config)
            let projection = Projection(path: path, writer: pool, readOnly: true)
            try projection.checkVersion()
            return projection
        } catch let error as ProjectionError {
            throw error
        } catch {
            throw ProjectionError.database("opening read-only", path: path, error)
        }
    }

    /// Closes the database; the instance must not be used afterwards.
    public func close() throws(ProjectionError) {
        do {
            if let pool = writer as? DatabasePool { try pool.close() }
            if let queue = writer as? DatabaseQueue { try queue.close() }
        } catch {
            throw ProjectionError.database("closing", path: path, error)
        }
    }

    private func createSchema() throws(ProjectionError) {
        do {
            try writer.write { db in try ProjectionSchema.create(db, indexes: true) }
        } catch {
            throw ProjectionError.database("creating the schema", path: path, error)
        }
    }

    private func checkVersion() throws(ProjectionError) {
        let version: String?
        do {
            version = try writer.read { db -> String? in
                guard try db.tableExists("meta") else { return nil }
                return try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema'")
            }
        } catch {
            throw ProjectionError(
                code: .stale, message: "projection \(path) cannot be read (\(error)); run `dossier rebuild`",
                cause: error)
        }
        guard version == ProjectionSchema.version else {
            throw ProjectionError(
                code: .stale,
                message:
                    "projection \(path) has schema \(version ?? "none"), this dossier uses \(ProjectionSchema.version); run `dossier rebuild`"
            )
        }
    }

    /// Runs `body`, passing a ``ProjectionError`` through and reporting anything else as a
    /// database failure of `what`.
    func wrapping<T>(_ what: String, _ body: () throws -> T) throws(ProjectionError) -> T {
        do {
            return try body()
        } catch let error as ProjectionError {
            throw error
        } catch {
            throw ProjectionError.database(what, path: path, error)
        }
    }

    /// Runs a read, translating GRDB errors.
    func read<T>(_ what: String, _ body: (Database) throws -> T) throws(ProjectionError) -> T {
        do {
            return try writer.read(body)
        } catch let error as ProjectionError {
            throw error
        } catch {
            throw ProjectionError.database(what, path: path, error)
        }
    }

    /// How far each author's log is applied: author → (seq, event id).
    public func checkpoints() throws(ProjectionError) -> [String: (seq: Int, id: String)] {
        try read("reading checkpoints") { db in
            var out: [String: (seq: Int, id: String)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT author, seq, event FROM checkpoints") {
                out[row[0]] = (row[1], row[2])
            }
            return out
        }
    }

    /// Number of articles with a body.
    public func articleCount() throws(ProjectionError) -> Int {
        try read("counting articles") { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE body IS NOT NULL") ?? 0
        }
    }

    /// Number of entities.
    public func entityCount() throws(ProjectionError) -> Int {
        try read("counting entities") { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM entities") ?? 0 }
    }

    /// Number of facts.
    public func factCount() throws(ProjectionError) -> Int {
        try read("counting facts") { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM facts") ?? 0 }
    }

    /// True when an article with this id and a body is held.
    public func hasArticle(id: String) throws(ProjectionError) -> Bool {
        try read("looking up an article") { db in
            try Bool.fetchOne(
                db, sql: "SELECT body IS NOT NULL FROM articles WHERE key = ? AND id = ?",
                arguments: [Keys.digest(id), id]) ?? false
        }
    }
}
