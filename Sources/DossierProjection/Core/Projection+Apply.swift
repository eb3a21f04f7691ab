import DossierEvents
import DossierLog
import Foundation
import GRDB

extension Projection {
    /// Applies `events` in one transaction (with the checkpoints they advance); returns what changed.
    @discardableResult
    public func apply(_ events: [Event]) throws(ProjectionError) -> ApplyReport {
        try apply(decoded: events.map(DecodedEvent.init))
    }

    /// Applies already decoded events in one transaction.
    @discardableResult
    public func apply(decoded events: [DecodedEvent]) throws(ProjectionError) -> ApplyReport {
        try apply(decoded: events, deferCuration: false)
    }

    /// Applies already decoded events in one transaction; `deferCuration` leaves the curation
    /// effects marked stale for ``finishDeferredCuration()`` (one re-derivation per catch-up).
    func apply(decoded events: [DecodedEvent], deferCuration: Bool) throws(ProjectionError) -> ApplyReport {
        do {
            return try writer.write { db in
                let projector = try Projector(db: db, mode: .incremental, deferCuration: deferCuration)
                for event in events { try projector.apply(event) }
                try projector.finish()
                return projector.report
            }
        } catch let error as ProjectionError {
            throw error
        } catch {
            throw ProjectionError.database("applying events", path: path, error)
        }
    }

    /// Events the log holds beyond this projection's checkpoints.
    public func pendingEvents(in log: EventLog) throws(ProjectionError) -> Int {
        let done = try checkpoints()
        return log.authors.reduce(0) { sum, author in
            sum + max(0, (log.head(of: author)?.seq ?? 0) - (done[author]?.seq ?? 0))
        }
    }

    /// Applies everything `log` holds beyond the checkpoints, `batchEvents` per transaction,
    /// keeping only events with `hlc <= hlcLimit` when given. `progress` gets the events applied so far.
    ///
    /// Curation effects and conflicts are re-derived once, after the last batch (a transaction of
    /// their own), not after each batch: until then they lag the curation rows already applied.
    @discardableResult
    public func catchUp(
        from log: EventLog, hlcLimit: Int? = nil, batchEvents: Int = 2048,
        progress: ((Int) -> Void)? = nil
    ) throws(ProjectionError) -> ApplyReport {
        if try pendingEvents(in: log) > batchEvents {
            // A long catch-up inserts into the curation and search indexes all over: give the writer
            // the page cache a build has (SQLite's default is 2 MB), kept for the connection's life.
            do { try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -32768") } } catch
            {
                throw ProjectionError.database("setting the page cache", path: path, error)
            }
        }
        var report = ApplyReport()
        try Projection.forEachBatch(of: log, after: try checkpoints(), hlcLimit: hlcLimit, batchEvents: batchEvents) {
            batch, done in
            report.add(try apply(decoded: batch, deferCuration: true))
            progress?(done)
        }
        try finishDeferredCuration()
        return report
    }

    /// Reads the events `log` holds beyond `done` (each author's applied seq), only those with
    /// `hlc <= hlcLimit` when given, decodes them and hands them to `body` in batches (with the
    /// count handed over so far), in log order.
    ///
    /// Events are read in order, decoded in two halves at once (decoding JSON is most of the
    /// reading side's work) while `body` applies the batch before. Small events (curation edits,
    /// under 1 KiB) weigh an eighth: a batch holds up to 8 × `batchEvents` of them, so that a log
    /// of edits is applied in fewer, larger transactions.
    static func forEachBatch(
        of log: EventLog, after done: [String: (seq: Int, id: String)], hlcLimit: Int?, batchEvents: Int,
        _ body: (_ batch: [DecodedEvent], _ done: Int) throws -> Void
    ) throws(ProjectionError) {
        let authors = log.authors
        let pipeline = EventPipeline { emit in
            var batch: [Event] = []
            batch.reserveCapacity(batchEvents)
            func decode(_ events: [Event]) -> [DecodedEvent] {
                guard events.count >= 64 else { return events.map(DecodedEvent.init) }
                let half = events.count / 2
                let parts = ParallelResults<[DecodedEvent]>(count: 2)
                DispatchQueue.concurrentPerform(iterations: 2) { i in
                    parts.set(i, (i == 0 ? events[..<half] : events[half...]).map(DecodedEvent.init))
                }
                return parts.get(0) + parts.get(1)
            }
            var weight = 0
            for author in authors {
                try log.forEachEvent(author: author, from: (done[author]?.seq ?? 0) + 1) { event in
                    if let hlcLimit, event.header.hlc > hlcLimit { return }
                    batch.append(event)
                    weight += event.header.payloadSize < 1024 ? 1 : 8
                    if weight >= batchEvents * 8 {
                        emit(decode(batch)); batch.removeAll(keepingCapacity: true); weight = 0
                    }
                }
            }
            if !batch.isEmpty { emit(decode(batch)) }
        }
        var count = 0
        do {
            while let batch = try pipeline.next() {
                count += batch.count
                try body(batch, count)
            }
        } catch {
            pipeline.cancel()
            if let error = error as? ProjectionError { throw error }
            throw ProjectionError(
                code: .log, message: "reading the log failed: \(error). Run `dossier audit` to locate the damage.",
                cause: error)
        }
    }

    /// What the projection was built from, when pinned by `rebuild --as-of`; nil when it follows the log.
    public func pinnedAsOf() throws(ProjectionError) -> String? {
        try read("reading meta") { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'asOf'") }
    }

    func setMeta(_ key: String, _ value: String?) throws {
        do {
            try writer.write { db in
                if let value {
                    try db.execute(
                        sql:
                            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        arguments: [key, value])
                } else {
                    try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [key])
                }
            }
        } catch {
            throw ProjectionError.database("writing meta", path: path, error)
        }
    }
}
