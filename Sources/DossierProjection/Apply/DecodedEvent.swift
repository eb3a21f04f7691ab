import DossierEvents
import Foundation

/// An event decoded for the projector: the header fields it needs and its typed payload.
///
/// Decoding is pure and runs ahead of the database work (on another thread during rebuilds).
public struct DecodedEvent: Sendable {
    /// What the projector does with the event.
    public enum Body: Sendable {
        /// An article's body and metadata.
        case ingested(ArticleIngested)
        /// One extractor version's findings for an article.
        case extracted(ArticleExtracted)
        /// A curation edit (merge, alias, label, type, retract, restore, mention move, redaction, resolution).
        case curation(CurationEdit)
        /// Not projected (another type, or a redacted payload); the checkpoint still advances.
        case skipped(String)
    }

    /// The event id.
    public var id: String
    /// The author's public key.
    public var author: String
    /// Position in the author's log.
    public var seq: Int
    /// Hybrid logical clock.
    public var hlc: Int
    /// The typed payload.
    public var body: Body
    /// An extraction's rows grouped by entity and its co-mention pairs, worked out with the
    /// decoding (on the reading thread during rebuilds) rather than by the writer.
    var prepared: PreparedExtraction?

    /// Decodes `event`; an undecodable payload becomes `.skipped` with the reason.
    public init(_ event: Event) {
        id = event.id
        author = event.header.author
        seq = event.header.seq
        hlc = event.header.hlc
        switch event.header.kind {
        case .articleIngested:
            do { body = .ingested(try event.decode(ArticleIngested.self)) } catch { body = .skipped("\(error)") }
        case .articleExtracted:
            do {
                let x = try event.decode(ArticleExtracted.self)
                body = .extracted(x)
                prepared = PreparedExtraction(x)
            } catch { body = .skipped("\(error)") }
        case .some(let kind) where kind.isCuration:
            do {
                body =
                    try CurationEdit.decode(event).map(Body.curation)
                    ?? .skipped("type \(event.header.type) is not projected")
            } catch { body = .skipped("\(error)") }
        default:
            body = .skipped("type \(event.header.type) is not projected")
        }
    }
}

/// What applying a batch of events did.
public struct ApplyReport: Sendable, Equatable, Codable {
    /// Events that changed the projection or were recorded in it.
    public var applied = 0
    /// Events already applied before (seq at or below the author's checkpoint, or an extraction already held).
    public var duplicates = 0
    /// Events not projected (other types, redacted payloads).
    public var skipped = 0
    /// Articles that got their body.
    public var articles = 0
    /// Extractions that became their article's winner.
    public var extractions = 0
    /// Extractions that replaced a lower version's rows.
    public var replaced = 0
    /// Events refused (e.g. a body that does not hash to its article id), with the reason.
    public var rejected: [String] = []

    /// An empty report.
    public init() {}

    /// Adds another report's counts.
    public mutating func add(_ other: ApplyReport) {
        applied += other.applied
        duplicates += other.duplicates
        skipped += other.skipped
        articles += other.articles
        extractions += other.extractions
        replaced += other.replaced
        rejected += other.rejected
    }
}
