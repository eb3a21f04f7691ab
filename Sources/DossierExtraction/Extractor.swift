public import DossierEvents

/// The extractor: a prepared article in, an `ArticleExtracted` payload out. Entity boundaries and
/// types come from the learned tagger; the gazetteer and rules give ids, resolution and acronyms.
/// Pure and deterministic: the same article and version give the same payload.
public struct Extractor: Sendable {
    /// Extractor name recorded in events.
    public static let name = "dossier-rules"
    /// Extractor version; bump when output changes.
    public static let version = 10

    let gazetteer: Gazetteer
    let tagger: SequenceTagger?

    /// Makes an extractor over the shared gazetteer and the committed tagger model.
    public init() { gazetteer = .shared; tagger = .shared }

    /// Makes an extractor over a given gazetteer, with or without the tagger (tests, ablations).
    public init(gazetteer: Gazetteer, tagger: SequenceTagger? = .shared) {
        self.gazetteer = gazetteer; self.tagger = tagger
    }

    /// The model digest recorded in payloads (`sha256:<hex>`), nil when no model is loaded.
    public var modelDigest: String? { tagger.flatMap { $0.isLoaded ? "sha256:\($0.digest)" : nil } }

    /// Everything found in one article, with token-level detail (used by the payload and by facts).
    struct Analysis {
        var scalars: [Unicode.Scalar]
        var tokens: [Token]
        var anchor: DateAnchor
        var dates: [FoundDate]
        var quantities: [FoundQuantity]
        var entities: [ResolvedEntity]
    }

    /// Runs every stage but facts.
    func analyze(_ article: PreparedArticle) -> Analysis {
        let scalars = Array(article.body.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars)
        let anchor = DateAnchor.find(published: article.published, tokens: tokens)
        var dates = DateExtractor.extract(tokens, anchor: anchor)
        let gazetteer = self.gazetteer
        let quantities = QuantityExtractor.extract(
            tokens, dates: dates, isDemonym: { gazetteer.entry(demonym: $0) != nil })
        let recognizer = EntityRecognizer(tokens: tokens, gazetteer: gazetteer, dates: dates, tagger: tagger)
        let candidates = recognizer.candidates()
        let entities = EntityResolver(tokens: tokens, gazetteer: gazetteer).resolve(candidates)
        // A date that names a known event ("the anniversary of September 11") takes the event's date.
        for c in candidates {
            guard let e = c.entry, gazetteer.entries[e].type == .event, let value = gazetteer.entries[e].extras["date"]
            else { continue }
            for k in dates.indices where c.range.contains(dates[k].tokens.lowerBound) && dates[k].day != nil {
                dates[k].value = value
            }
        }
        return Analysis(
            scalars: scalars, tokens: tokens, anchor: anchor, dates: dates, quantities: quantities, entities: entities)
    }

    /// Extracts the payload of an article whose id the caller computed (SHA-256 hex of the body's UTF-8).
    public func extract(_ article: PreparedArticle, articleId: String) -> ArticleExtracted {
        let a = analyze(article)
        let t = a.tokens
        func span(_ r: Range<Int>) -> ArticleExtracted.Span {
            .init(start: t[r.lowerBound].start, end: t[r.upperBound - 1].end)
        }
        let entities = a.entities.map { e in
            ArticleExtracted.Entity(id: e.id, type: e.type.rawValue, label: e.label, mentions: e.mentions.map(span))
        }
        let dates = a.dates.map { ArticleExtracted.DateValue(start: $0.start, end: $0.end, value: $0.value) }
        let quantities = a.quantities.map {
            ArticleExtracted.Quantity(start: $0.start, end: $0.end, value: $0.value, unit: $0.unit)
        }
        let facts = FactExtractor(tokens: t, entities: a.entities, dates: a.dates, gazetteer: gazetteer)
        return ArticleExtracted(
            articleId: articleId, extractor: Self.name, extractorVersion: Self.version, entities: entities,
            dates: dates, quantities: quantities, facts: facts.relations(), statements: facts.statements(),
            mergeCandidates: MergeCandidates.within(a.entities, gazetteer: gazetteer), model: modelDigest)
    }
}
