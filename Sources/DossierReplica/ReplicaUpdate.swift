/// What a long use case reports while it runs, as values; a front end decides how to show them.
public enum ReplicaUpdate: Sendable, Equatable {
    /// Something the user should know (a recovery, a rebuild, a skipped article).
    case note(String)
    /// A step of a long operation: `done` of `total` units of `stage`, on `item` if any.
    case progress(stage: String, done: Int, total: Int, item: String?)
    /// The long operation reported by `progress` is over.
    case progressEnded
    /// An event the projection refused, with the reason.
    case rejected(String)
    /// One input of an ingest was handled.
    case ingested(IngestItem)
}

/// Receives a replica's updates; called on the thread running the use case.
public typealias ReplicaObserver = (ReplicaUpdate) -> Void
