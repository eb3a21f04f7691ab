import DossierLog
import Foundation

/// Where a store's projections live and how they are made: the application layer opens,
/// rebuilds and snapshots projections through this, never through a storage type.
///
/// ``SQLiteProjections`` keeps them as SQLite files in the store folder.
public protocol ProjectionBackend: Sendable {
    /// The projection this backend opens.
    associatedtype Live: GraphProjection

    /// Opens the store's live projection; nil when there is none yet. Throws a
    /// ``ProjectionError`` with code `.stale` when it was built by another schema version (a
    /// rebuild replaces it).
    func openLive(store: Store) throws(ProjectionError) -> Live?

    /// Replays `log` (up to `asOf`, then pinned there) into a new projection that replaces the
    /// live one; readers of the old one see the old or the new, never a mix.
    func rebuildLive(store: Store, log: EventLog, asOf: AsOf?, progress: ((Int) -> Void)?) throws(ProjectionError)
        -> RebuildReport

    /// Builds the projection of `log` as of `point`, apart from the live one, released with the
    /// snapshot (opened for reading only when `readOnly`).
    func snapshot(
        of log: EventLog, asOf point: AsOf, readOnly: Bool,
        progress: ((Int) -> Void)?
    ) throws(ProjectionError) -> ProjectionSnapshot<Live>
}

/// A projection of the past, released (closed and deleted) with the snapshot.
public final class ProjectionSnapshot<P> {
    /// The projection as of the snapshot's point in time.
    public let projection: P
    /// Where the backend keeps it while it lives (a temporary folder for SQLite).
    public let location: String
    private let release: () -> Void

    /// A snapshot kept at `location`, whose `release` runs when the snapshot is released.
    public init(projection: P, location: String, release: @escaping () -> Void) {
        self.projection = projection
        self.location = location
        self.release = release
    }

    deinit { release() }
}

/// Projections as SQLite files: the live one at ``Projection/path(in:)``, snapshots in
/// temporary folders.
public struct SQLiteProjections: ProjectionBackend {
    public init() {}

    public func openLive(store: Store) throws(ProjectionError) -> Projection? {
        let path = Projection.path(in: store)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try Projection.open(path: path)
    }

    public func rebuildLive(store: Store, log: EventLog, asOf: AsOf?, progress: ((Int) -> Void)?)
        throws(ProjectionError) -> RebuildReport
    {
        try Projection.rebuild(from: log, at: Projection.path(in: store), asOf: asOf, progress: progress)
    }

    public func snapshot(
        of log: EventLog, asOf point: AsOf, readOnly: Bool,
        progress: ((Int) -> Void)?
    ) throws(ProjectionError) -> ProjectionSnapshot<Projection> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-asof-\(UUID().uuidString)")
            .path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ProjectionError(
                code: .database,
                message:
                    "cannot create a temporary folder for a projection of the past (\(error.localizedDescription)); check TMPDIR"
            )
        }
        do throws(ProjectionError) {
            let path = folder + "/" + Projection.fileName
            try Projection.build(from: log, at: path, asOf: point, progress: progress)
            let projection = readOnly ? try Projection.openReadOnly(path: path) : try Projection.open(path: path)
            return ProjectionSnapshot(projection: projection, location: folder) {
                try? projection.close()
                try? FileManager.default.removeItem(atPath: folder)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            throw error
        }
    }
}
