import DossierEvents

/// What happened to one article (or one input that failed) in an ingest.
public struct IngestItem: Sendable, Equatable, Codable {
    /// The outcome.
    public enum Status: String, Sendable, Codable {
        /// Added to the log and the graph.
        case new
        /// Its body is already held; skipped.
        case duplicate
        /// It was redacted; not ingested again.
        case redacted
        /// The input could not be read or decoded.
        case failed
    }

    /// The input's name.
    public var source: String
    /// The outcome.
    public var status: Status
    /// The article id (SHA-256 of the normalized body), unless the input failed.
    public var article: ArticleID?
    /// For a failure, what failed and what to do.
    public var message: String?
}

/// The result of an ingest: counts, and one item per article or failed input.
public struct IngestReport: Sendable, Equatable, Codable {
    /// Articles added.
    public var new = 0
    /// Articles skipped: already held, or redacted.
    public var duplicate = 0
    /// Inputs that could not be read or decoded.
    public var failed = 0
    /// Events appended.
    public var events = 0
    /// Entities added to the graph.
    public var entities = 0
    /// Facts added to the graph.
    public var facts = 0
    /// Wall time in seconds.
    public var seconds = 0.0
    /// One result per article or failed input, in input order.
    public var items: [IngestItem] = []
}
