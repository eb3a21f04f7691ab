/// What one extractor version found in one article: entities with their mentions, dates,
/// quantities, relations, attributed statements and proposed merges.
///
/// Every span is `[start, end)` in Unicode scalar offsets of the article's stored body
/// (`ArticleIngested.body`), so surfaces are not repeated here: `body[start..<end]` is the
/// surface. Integers only: quantity amounts are canonical decimal strings ("2500", "3.8").
/// Optional fields that are nil are omitted from the encoding.
public struct ArticleExtracted: EventPayload {
    public static let eventType = "ArticleExtracted"
    public static let typeVersion = 1

    /// A `[start, end)` span in Unicode scalars of the body.
    public struct Span: Codable, Sendable, Equatable, Hashable {
        /// First scalar offset.
        public var start: Int
        /// One past the last scalar offset.
        public var end: Int
        /// Makes a span.
        public init(start: Int, end: Int) { self.start = start; self.end = end }
    }

    /// An entity of the article with all its mentions.
    public struct Entity: Codable, Sendable, Equatable {
        /// Cross-document id: `wd:Q30` when known to the gazetteer, else `person:mark-milley`.
        public var id: String
        /// PERSON, ORG, PLACE or EVENT.
        public var type: String
        /// Canonical label.
        public var label: String
        /// Mentions in order of appearance.
        public var mentions: [Span]
        /// Makes an entity.
        public init(id: String, type: String, label: String, mentions: [Span]) {
            self.id = id; self.type = type; self.label = label; self.mentions = mentions
        }
    }

    /// A date expression and its ISO value (YYYY, YYYY-MM, YYYY-MM-DD, an ISO week YYYY-Www, or a decade YYY as in
    /// "198" for the 1980s; extractor 4 on), nil when it cannot be anchored.
    public struct DateValue: Codable, Sendable, Equatable {
        /// Span of the expression.
        public var start: Int
        /// End of the expression.
        public var end: Int
        /// ISO value, omitted when unresolved.
        public var value: String?
        /// Makes a date.
        public init(start: Int, end: Int, value: String?) { self.start = start; self.end = end; self.value = value }
    }

    /// A counted or measured amount: value, unit and the thing counted.
    public struct Quantity: Codable, Sendable, Equatable {
        /// Span of the expression.
        public var start: Int
        /// End of the expression.
        public var end: Int
        /// Canonical decimal string: digits, an optional `.` fraction, no exponent ("1000000000000", "3.8").
        public var value: String
        /// Unit or counted thing: an ISO 4217 code for money ("USD"), "percent", "year of age", or the counted noun in English singular ("soldier").
        public var unit: String
        /// Makes a quantity.
        public init(start: Int, end: Int, value: String, unit: String) {
            self.start = start; self.end = end; self.value = value; self.unit = unit
        }
    }

    /// A relation between two participants, with the span of its evidence.
    public struct Relation: Codable, Sendable, Equatable {
        /// Entity id of the subject (or a short literal).
        public var subject: String
        /// Canonical English predicate ("met", "signed", "fired", …).
        public var predicate: String
        /// Entity id, ISO date or short literal.
        public var object: String
        /// Start of the evidence span.
        public var start: Int
        /// End of the evidence span.
        public var end: Int
        /// ISO date of the fact when the sentence gives one; omitted otherwise.
        public var when: String?
        /// Makes a relation.
        public init(subject: String, predicate: String, object: String, start: Int, end: Int, when: String? = nil) {
            self.subject = subject; self.predicate = predicate; self.object = object
            self.start = start; self.end = end; self.when = when
        }
    }

    /// A statement attributed to a speaker: who said it and the span of what was said.
    public struct Statement: Codable, Sendable, Equatable {
        /// Entity id of the speaker, or a short literal such as "a US official".
        public var speaker: String
        /// Start of the quoted or reported span.
        public var start: Int
        /// End of the quoted or reported span.
        public var end: Int
        /// The attribution cue as written ("selon", "a déclaré", "said").
        public var cue: String
        /// Makes a statement.
        public init(speaker: String, start: Int, end: Int, cue: String) {
            self.speaker = speaker; self.start = start; self.end = end; self.cue = cue
        }
    }

    /// Two entity ids that may be the same (e.g. spelling variants); proposed, never applied.
    public struct MergeCandidate: Codable, Sendable, Equatable {
        /// One entity id.
        public var a: String
        /// The other entity id.
        public var b: String
        /// Why: `spelling-variant`, `same-surname`.
        public var reason: String
        /// Confidence in per-mille (0…1000).
        public var score: Int
        /// Makes a candidate.
        public init(a: String, b: String, reason: String, score: Int) {
            self.a = a; self.b = b; self.reason = reason; self.score = score
        }
    }

    /// SHA-256 hex of the article body (as in `ArticleIngested`).
    public var articleId: String
    /// Extractor name, e.g. `dossier-rules`.
    public var extractor: String
    /// Extractor version; the projection uses the highest.
    public var extractorVersion: Int
    /// Entities with mentions.
    public var entities: [Entity]
    /// Dates.
    public var dates: [DateValue]
    /// Quantities.
    public var quantities: [Quantity]
    /// Relations between entities (facts).
    public var facts: [Relation]
    /// Attributed statements.
    public var statements: [Statement]
    /// Proposed merges.
    public var mergeCandidates: [MergeCandidate]
    /// Digest of the learned model the extractor ran (`sha256:<hex>`), omitted for extractors without one.
    public var model: String?

    /// Makes a payload.
    public init(
        articleId: String, extractor: String, extractorVersion: Int, entities: [Entity], dates: [DateValue],
        quantities: [Quantity], facts: [Relation], statements: [Statement], mergeCandidates: [MergeCandidate],
        model: String? = nil
    ) {
        self.articleId = articleId
        self.extractor = extractor
        self.extractorVersion = extractorVersion
        self.entities = entities
        self.dates = dates
        self.quantities = quantities
        self.facts = facts
        self.statements = statements
        self.mergeCandidates = mergeCandidates
        self.model = model
    }
}
