import ArgumentParser
import DossierLog
import DossierProjection
import Foundation

/// `--as-of <ISO time | event id>` on every query.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp("Answer from the events up to this ISO time (2026-03-01, 2026-03-01T12:00:00Z) or event id.", valueName: "TIME|EVENT"))
    var asOf: String?

    /// The parsed point in time, or a usage failure (exit 2).
    func parsed() throws -> AsOf? {
        guard let asOf else { return nil }
        do { return try AsOf.parse(asOf) } catch let error as ProjectionError { throw CLIFailure(message: error.message, exitCode: 2) }
    }
}

/// A projection opened for a command; a temporary one (for `--as-of`) is deleted when released.
final class OpenedProjection {
    let projection: Projection
    let store: Store
    private let temporaryFolder: String?

    init(projection: Projection, store: Store, temporaryFolder: String?) {
        self.projection = projection
        self.store = store
        self.temporaryFolder = temporaryFolder
    }

    deinit {
        try? projection.close()
        if let temporaryFolder { try? FileManager.default.removeItem(atPath: temporaryFolder) }
    }
}

/// How commands get at the projection: rebuilt when missing or stale, caught up with the log,
/// or built from the past for `--as-of`.
enum ProjectionAccess {
    /// Opens the store's projection up to date with its log (or as of a point in time).
    static func open(_ storeOptions: StoreOptions, asOf: AsOfOption, readOnly: Bool = false) throws -> OpenedProjection {
        let store = try storeOptions.open()
        let log = try EventLog(store: store, mode: .read)
        if let point = try asOf.parsed() {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-asof-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let path = folder + "/" + Projection.fileName
            do {
                try Projection.build(from: log, at: path, asOf: point, progress: progress(total: log.eventCount, verb: "building as of \(asOf.asOf ?? "")"))
                Output.endProgress()
            } catch let error as ProjectionError where error.code == .usage {
                try? FileManager.default.removeItem(atPath: folder)
                throw CLIFailure(message: error.message, exitCode: 2)
            }
            let projection = readOnly ? try Projection.openReadOnly(path: path) : try Projection.open(path: path)
            return OpenedProjection(projection: projection, store: store, temporaryFolder: folder)
        }
        let projection = try live(store: store, log: log)
        if readOnly {
            try projection.close()
            return OpenedProjection(projection: try Projection.openReadOnly(path: Projection.path(in: store)), store: store, temporaryFolder: nil)
        }
        return OpenedProjection(projection: projection, store: store, temporaryFolder: nil)
    }

    /// The live projection: rebuilt with a notice when missing or built by another schema; caught up unless pinned.
    static func live(store: Store, log: EventLog, unpin: Bool = false) throws -> Projection {
        let path = Projection.path(in: store)
        var fs = statvfs()
        if statvfs(store.path, &fs) == 0, fs.f_flag & UInt(ST_RDONLY) != 0 {
            throw CLIFailure(message: "the store \(store.path) is on a read-only filesystem: nothing can be written there, and SQLite cannot open the projection without its shared-memory file. Remount it read-write, or copy the store to a writable disk (cp -r) and use that copy; `dossier log` and `dossier audit` work as they are.")
        }
        if !FileManager.default.fileExists(atPath: path) {
            if log.eventCount > 0 { Output.note("No projection at \(path); rebuilding it from the log (\(log.eventCount) events).") }
            try rebuild(log: log, path: path)
        }
        var projection: Projection
        do {
            projection = try Projection.open(path: path)
        } catch let error as ProjectionError where error.code == .stale {
            Output.note("\(error.message.replacingOccurrences(of: "; run `dossier rebuild`", with: "")); rebuilding it from the log.")
            try rebuild(log: log, path: path)
            projection = try Projection.open(path: path)
        }
        if let pinned = try projection.pinnedAsOf() {
            guard unpin else {
                Output.note("The projection is pinned as of \(pinned) (`dossier rebuild` follows the log again).")
                return projection
            }
            Output.note("The projection was pinned as of \(pinned); rebuilding it from the whole log.")
            try projection.close()
            try rebuild(log: log, path: path)
            projection = try Projection.open(path: path)
        }
        let pending = try projection.pendingEvents(in: log)
        if pending > 0 {
            try projection.catchUp(from: log, progress: progress(total: pending, verb: "projecting"))
            Output.endProgress()
        }
        // Redactions received from peers (or articles that arrived after their redaction): erase
        // every payload of the redacted articles still in the log, and scrub the projection.
        if log.mode == .write, try Redact.enforce(projection, log) > 0 {
            try projection.scrub(vacuum: true)
            Output.note("Applied redactions received from peers: erased the articles' payloads from the log and the graph.")
        }
        return projection
    }

    /// Rebuilds the projection at `path` from `log` with progress on a terminal.
    @discardableResult
    static func rebuild(log: EventLog, path: String, asOf: AsOf? = nil) throws -> RebuildReport {
        let report = try Projection.rebuild(from: log, at: path, asOf: asOf, progress: progress(total: log.eventCount, verb: "rebuilding"))
        Output.endProgress()
        return report
    }

    /// A progress callback printing events done, rate and ETA on a terminal.
    static func progress(total: Int, verb: String) -> (Int) -> Void {
        let started = Date()
        return { done in
            let elapsed = Date().timeIntervalSince(started)
            let rate = elapsed > 0 ? Double(done) / elapsed : 0
            let eta = rate > 0 ? Double(max(0, total - done)) / rate : 0
            Output.progress("\(verb): \(done)/\(total) events  \(Int(rate)) events/s  ETA \(Int(eta.rounded())) s")
        }
    }

    /// Resolves an entity name and follows merges: an entity merged into another stands for its
    /// representative (said on stderr); counts as curation shows them (merges folded, moved mentions).
    static func curatedEntity(_ name: String, in projection: Projection) throws -> EntitySummary {
        var entity = try self.entity(name, in: projection)
        if let rep = try projection.representative(of: entity.id) {
            Output.note("\(entity.id) is merged into \(rep); using \(rep)")
            entity = try self.entity(rep, in: projection)
        }
        if let curated = try projection.curated([entity]).first { return curated }
        // Every mention was moved to other entities.
        entity.mentions = 0
        entity.articles = 0
        return entity
    }

    /// Resolves an entity name for a command, failing with the candidates or close matches.
    static func entity(_ name: String, in projection: Projection) throws -> EntitySummary {
        switch try projection.resolve(name) {
        case .found(let entity):
            return entity
        case .ambiguous(let candidates):
            let lines = candidates.prefix(10).map { "  \($0.id)  \($0.type)  \($0.label)  (\($0.mentions) mentions)" }
            throw CLIFailure(message: "'\(name)' names \(candidates.count) entities; give one of these ids:\n" + lines.joined(separator: "\n"))
        case .notFound(let suggestions):
            if suggestions.isEmpty {
                throw CLIFailure(message: "no entity named '\(name)'; see `dossier entities` for what is known")
            }
            let lines = suggestions.map { "  \($0.label)  (\($0.id), \($0.type), \($0.mentions) mentions)" }
            throw CLIFailure(message: "no entity named '\(name)'. Close matches:\n" + lines.joined(separator: "\n"))
        }
    }
}
