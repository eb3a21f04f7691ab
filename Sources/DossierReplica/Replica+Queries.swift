import DossierEvents
import DossierLog
import DossierProjection
import Foundation

/// A window over a long list: `limit` items after the first `offset`.
public struct Page: Sendable, Equatable {
    /// Items skipped.
    public var offset: Int
    /// Items at most.
    public var limit: Int

    /// The window of `limit` items after the first `offset`.
    public init(offset: Int = 0, limit: Int = 50) {
        self.offset = max(0, offset)
        self.limit = max(1, limit)
    }

    /// The window after this one.
    public var next: Page { Page(offset: offset + limit, limit: limit) }
}

/// One page of results and the page after it, when there is more.
public struct Paged<Item: Sendable>: Sendable {
    /// The items of the page, in the list's order.
    public var items: [Item]
    /// The next page, nil on the last one.
    public var next: Page?
}

extension Replica {
    /// Articles with a body, newest publication first, one page at a time.
    public func articles(_ page: Page = Page()) throws -> Paged<ArticleSummary> {
        try Replica.articles(in: projection, page)
    }

    /// Entities (optionally of one type), most mentioned first, merges folded in, one page at a time.
    public func entities(type: EntityType? = nil, _ page: Page = Page()) throws -> Paged<EntitySummary> {
        try Replica.entities(in: projection, type: type, page)
    }

    /// Articles of `projection` (the live one or a snapshot), one page at a time.
    public static func articles(in projection: any GraphReader, _ page: Page) throws -> Paged<ArticleSummary> {
        let rows = try projection.articles(limit: page.limit + 1, offset: page.offset)
        return Paged(items: Array(rows.prefix(page.limit)), next: rows.count > page.limit ? page.next : nil)
    }

    /// Entities of `projection` (the live one or a snapshot), merges folded in, one page at a time.
    public static func entities(in projection: any GraphReader, type: EntityType?, _ page: Page) throws -> Paged<
        EntitySummary
    > {
        let rows = try projection.entities(type: type, limit: page.limit + 1, offset: page.offset)
        return Paged(
            items: try projection.curated(Array(rows.prefix(page.limit))),
            next: rows.count > page.limit ? page.next : nil)
    }

    /// The graph as it was at `point`, built from the log apart from the live projection
    /// (released with the snapshot).
    public func snapshot(asOf point: AsOf) throws -> ProjectionSnapshot<any GraphProjection> {
        try erasedSnapshot(asOf: point, backend: backend)
    }

    private func erasedSnapshot<Backend: ProjectionBackend>(asOf point: AsOf, backend: Backend) throws
        -> ProjectionSnapshot<any GraphProjection>
    {
        let snapshot = try Replica.snapshot(of: log, asOf: point, backend: backend, observer: observer)
        return ProjectionSnapshot(projection: snapshot.projection, location: snapshot.location) {
            withExtendedLifetime(snapshot) {}
        }
    }

    /// The graph of `log` as it was at `point`, built by `backend` apart from the live projection
    /// (released with the snapshot).
    public static func snapshot<Backend: ProjectionBackend>(
        of log: EventLog, asOf point: AsOf, backend: Backend, readOnly: Bool = false,
        observer: @escaping ReplicaObserver = { _ in }
    ) throws -> ProjectionSnapshot<Backend.Live> {
        let total = log.eventCount
        let snapshot = try backend.snapshot(
            of: log, asOf: point, readOnly: readOnly,
            progress: { observer(.progress(stage: "building as of \(point)", done: $0, total: total, item: nil)) })
        observer(.progressEnded)
        return snapshot
    }
}
