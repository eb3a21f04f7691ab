import DossierEvents
import DossierLog
import Foundation

/// The graph projected from the log, as the application layer reads it — whatever stores it.
///
/// ``Projection`` (SQLite, in the store folder) is the one implementation today; a server
/// projection in another database implements the same calls, so that `DossierReplica` and every
/// front end above it never name a storage type. Every answer is a value type of this module.
public protocol GraphReader: AnyObject {
    /// Articles with a body, newest publication first.
    func articles(limit: Int?, offset: Int) throws(ProjectionError) -> [ArticleSummary]
    /// Entities (of one type when given), most mentioned first, as projected (merges not folded).
    func entities(type: EntityType?, limit: Int?, offset: Int) throws(ProjectionError) -> [EntitySummary]
    /// The same entities as curation shows them (merges folded in, moved mentions counted).
    func curated(_ entities: [EntitySummary]) throws(ProjectionError) -> [EntitySummary]
    /// The entity a name (id, id prefix, label or alias) designates.
    func resolve(_ name: String) throws(ProjectionError) -> EntityResolution
    /// The entity `entity` is merged into, nil when it is not merged.
    func representative(of entity: String) throws(ProjectionError) -> String?
    /// An entity with its articles, mentions in context, facts and neighbours.
    func profile(
        _ entity: EntitySummary, articleLimit: Int, contextLimit: Int, factLimit: Int,
        neighborLimit: Int
    ) throws(ProjectionError) -> EntityProfile
    /// Entities co-mentioned with `entity`, up to `depth` hops.
    func neighbors(of entity: EntitySummary, depth: Int, limit: Int) throws(ProjectionError) -> [Neighbor]
    /// A shortest co-mention path between two entities, nil when none within `maxDepth`.
    func path(from a: EntitySummary, to b: EntitySummary, maxDepth: Int) throws(ProjectionError) -> [PathStep]?
    /// Full-text search over titles and bodies.
    func search(_ text: String, limit: Int) throws(ProjectionError) -> [SearchHit]
    /// Facts, of one entity and one predicate when given.
    func facts(entity: EntityID?, predicate: String?, limit: Int?) throws(ProjectionError) -> [FactRecord]
    /// The fact with this id (or unique id prefix), nil when none.
    func fact(id: String) throws(ProjectionError) -> FactRecord?
    /// Dated facts and articles in time order, of one entity when given.
    func timeline(entity: EntitySummary?, limit: Int) throws(ProjectionError) -> [TimelineEntry]
    /// The curation history of an entity, fact or mention.
    func history(of target: String) throws(ProjectionError) -> [HistoryItem]
    /// Curation conflicts: concurrent edits of one register, the winner and the losers.
    func curationConflicts() throws(ProjectionError) -> [CurationConflict]
    /// Curation effects, of one kind when given.
    func curationEffects(kind: CurationKind?) throws(ProjectionError) -> [CurationEffect]
    /// Ids of retracted facts.
    func retractedFacts() throws(ProjectionError) -> Set<FactID>
    /// The entities of the mentions at (article, start, end).
    func mentionEntities(article: String, start: Int, end: Int) throws(ProjectionError) -> [String]
    /// Articles with a body.
    func articleCount() throws(ProjectionError) -> Int
    /// Entities.
    func entityCount() throws(ProjectionError) -> Int
    /// Facts.
    func factCount() throws(ProjectionError) -> Int
    /// True when an article with this id and a body is held.
    func hasArticle(id: String) throws(ProjectionError) -> Bool
    /// True when the article was redacted.
    func isRedacted(_ article: String) throws(ProjectionError) -> Bool
    /// What was stored of articles (all of them when `ids` is nil).
    func storedArticles(ids: [String]?) throws(ProjectionError) -> [StoredArticle]
    /// The point in time the projection is pinned at, nil when it follows the log.
    func pinnedAsOf() throws(ProjectionError) -> String?
    /// How far each author's log is applied: author → (seq, event id).
    func checkpoints() throws(ProjectionError) -> [String: (seq: Int, id: String)]
    /// The SHA-256 digest of the projection's canonical rows: the same events give the same
    /// digest on every machine.
    func digest() throws(ProjectionError) -> String
}

/// A projection kept in step with the log: what `DossierReplica` applies, curates and redacts through.
public protocol GraphProjection: GraphReader {
    /// Applies `events` in one transaction; returns what changed.
    @discardableResult
    func apply(_ events: [Event]) throws(ProjectionError) -> ApplyReport
    /// Events the log holds beyond the checkpoints.
    func pendingEvents(in log: EventLog) throws(ProjectionError) -> Int
    /// Applies everything `log` holds beyond the checkpoints (only events with `hlc <= hlcLimit`
    /// when given), `batchEvents` per transaction; `progress` gets the events applied so far.
    @discardableResult
    func catchUp(from log: EventLog, hlcLimit: Int?, batchEvents: Int, progress: ((Int) -> Void)?)
        throws(ProjectionError) -> ApplyReport
    /// The current heads of a curation register (the events a new edit supersedes).
    func registerHeads(kind: CurationKind, target: String) throws(ProjectionError) -> [String]
    /// The events that added `alias` to `entity`.
    func aliasAdds(entity: String, alias: String) throws(ProjectionError) -> [String]
    /// The curation event with this id (or unique prefix).
    func curationEvent(prefix: String) throws(ProjectionError) -> CurationRecord?
    /// The events that carry an article (ingest and extractions), to redact.
    func articleEvents(_ article: String) throws(ProjectionError) -> [RedactionTarget]
    /// Redactions whose targets the log still holds in full.
    func unenforcedRedactions(in log: EventLog) throws(ProjectionError) -> [(
        redaction: String, targets: [RedactionTarget]
    )]
    /// Makes deleted rows unrecoverable from now on (before a redaction deletes them).
    func secureDelete() throws(ProjectionError)
    /// Erases what deleted rows leave behind (free pages, indexes; `vacuum` compacts).
    func scrub(vacuum: Bool) throws(ProjectionError)
    /// Releases the projection; it must not be used afterwards.
    func close() throws(ProjectionError)
}

extension Projection: GraphProjection {}
