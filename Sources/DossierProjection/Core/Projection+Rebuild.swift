import DossierEvents
import DossierLog
import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#endif

/// What a rebuild did and how long it took.
public struct RebuildReport: Sendable, Codable {
    /// Events read and applied.
    public var events: Int
    /// Articles with a body in the new projection.
    public var articles: Int
    /// Entities in the new projection.
    public var entities: Int
    /// Wall time in seconds.
    public var seconds: Double
    /// The digest of the new projection (only when asked for).
    public var digest: String?
    /// Counts from the projector.
    public var apply: ApplyReport
    /// Where the time went: replay, then each step of finishing (in order).
    public var phases: [Phase] = []

    /// One step of a rebuild and its wall time.
    public struct Phase: Sendable, Codable, Equatable {
        public var name: String
        public var seconds: Double
        /// The process's peak resident memory (VmHWM) when the phase ended, in MB (0 where unknown).
        public var peakMB: Int = 0
    }

    /// The process's peak resident memory so far (VmHWM, Linux), in MB; 0 where unknown.
    public static func peakMB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kb = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kb / 1024
    }
}

extension Projection {
    /// Replays `log` (up to `asOf`) into a fresh file beside `path`, then puts it in place (see `replace`).
    ///
    /// The old projection stays usable until the replacement, which is one SQLite transaction:
    /// a crash mid-rebuild leaves the old projection (and a stray `.rebuild` file that the next
    /// rebuild replaces).
    @discardableResult
    public static func rebuild(
        from log: EventLog, at path: String, asOf: AsOf? = nil,
        progress: ((Int) -> Void)? = nil
    ) throws(ProjectionError) -> RebuildReport {
        let scratch = path + ".rebuild"
        let report = try build(from: log, at: scratch, asOf: asOf, progress: progress)
        try replace(path, with: scratch)
        return report
    }

    /// Replays `log` (up to `asOf`) into a new file at `path` (replacing whatever is there), left
    /// closed: a ``ProjectionBuilder`` run from start to finish.
    @discardableResult
    public static func build(
        from log: EventLog, at path: String, asOf: AsOf? = nil,
        progress: ((Int) -> Void)? = nil
    ) throws(ProjectionError) -> RebuildReport {
        var limit: Int?
        if let asOf { limit = try asOf.hlcLimit(in: log) }
        let builder = try ProjectionBuilder(path: path)
        try builder.replay(from: log, hlcLimit: limit, progress: progress)
        return try builder.finish(asOf: asOf)
    }

    /// Puts the projection built at `scratch` in place of `path`.
    ///
    /// A live projection is overwritten page by page in one write transaction (SQLite's backup
    /// API), so that processes holding it open (`serve`, queries, an ingest) see the old one or
    /// the new one, never a file swapped under them: renaming a file over a WAL-mode database that
    /// other processes have open is unsafe, since a process still on the old file later replays,
    /// checkpoints or deletes the `-wal` by name, the new file's. With no live file (or one SQLite
    /// cannot copy into: unreadable, or another page size) the new file is renamed into place.
    static func replace(_ path: String, with scratch: String, busyTimeout: TimeInterval = 30) throws(ProjectionError) {
        let fm = FileManager.default
        if fm.fileExists(atPath: path), try copy(scratch, into: path, busyTimeout: busyTimeout) {
            try? fm.removeItem(atPath: scratch)
            Projection.removeSidecars(of: scratch)
            return
        }
        if fm.fileExists(atPath: path), let old = try? DatabaseQueue(path: path) {
            // Fold the old file's WAL into it first (its readers see a whole file).
            _ = try? old.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            try? old.close()
        }
        // A WAL left beside the old file, or beside a file someone deleted, must not be replayed into the new one.
        Projection.removeSidecars(of: path)
        guard rename(scratch, path) == 0 else {
            throw ProjectionError(
                code: .database,
                message:
                    "cannot rename \(scratch) to \(path): \(String(cString: strerror(errno))); check the folder's permissions"
            )
        }
        let folder = (path as NSString).deletingLastPathComponent
        // Best effort: the projection can always be rebuilt from the log.
        try? FS.syncDirectory(folder.isEmpty ? "." : folder)
    }

    /// Copies the database at `scratch` over the live one at `path`. False when SQLite cannot (the
    /// live file is not a database, or has another page size): nothing is changed, and the caller
    /// renames. Throws when another process keeps the live file locked: renaming then would be
    /// the unsafe swap, so the rebuilt file is left aside and the user asked to run it again.
    private static func copy(_ scratch: String, into path: String, busyTimeout: TimeInterval) throws(ProjectionError)
        -> Bool
    {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        let source: DatabaseQueue, destination: DatabaseQueue, sizes: [Int?]
        do {
            source = try DatabaseQueue(path: scratch)
            destination = try DatabaseQueue(path: path, configuration: config)
            sizes = try [source, destination].map {
                try $0.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") }
            }
        } catch {
            return false
        }
        defer { try? source.close(); try? destination.close() }
        guard sizes[0] == sizes[1] else { return false }
        do {
            try source.backup(to: destination)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
        {
            throw ProjectionError(
                code: .database,
                message: "projection \(path) is busy: another process kept it locked for \(Int(busyTimeout)) s, so the "
                    + "rebuilt projection was not put in place (the old one is unchanged). Run the rebuild again.",
                cause: error)
        } catch {
            return false
        }
        // The new pages went through the WAL: fold them into the file (best effort: a reader in
        // the middle of a transaction keeps part of the WAL until its next checkpoint).
        _ = try? destination.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        return true
    }
}
