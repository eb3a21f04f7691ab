/// A gold file in the format of `seeds-gold.json` (`doc-level-gold/1`).
public struct GoldStandard: Decodable, Sendable {
    /// A gold entity with every alias it goes by.
    public struct Entity: Decodable, Sendable {
        public var id: String; public var type: String; public var label: String; public var aliases: [String]
    }
    /// An entity of one document with the surfaces it has there.
    public struct DocumentEntity: Decodable, Sendable {
        public var id: String; public var surfaces: [String]; public var count: Int?
        /// Makes a document entity.
        public init(id: String, surfaces: [String], count: Int? = nil) {
            self.id = id; self.surfaces = surfaces; self.count = count
        }
    }
    /// A gold date; `value` is null for unanchored expressions.
    public struct DateItem: Decodable, Sendable { public var surface: String; public var value: String? }
    /// A gold quantity; `value` may be a JSON decimal ("13.2 percent").
    public struct QuantityItem: Decodable, Sendable {
        public var surface: String; public var value: Double; public var unit: String?
    }
    /// An attributed statement: `speaker` is a catalogue id, or null for an anonymous speaker; `text` is verbatim.
    public struct QuoteItem: Decodable, Sendable {
        public var speaker: String?; public var speakerSurface: String?; public var text: String;
        public var kind: String?
        /// Makes a gold quote.
        public init(speaker: String?, speakerSurface: String? = nil, text: String, kind: String? = nil) {
            self.speaker = speaker; self.speakerSurface = speakerSurface; self.text = text; self.kind = kind
        }
    }
    /// One annotated document.
    public struct Document: Decodable, Sendable {
        public var file: String
        public var language: String?
        public var title: String?
        public var published: String?
        public var boilerplate: [String]
        public var entities: [DocumentEntity]
        public var dates: [DateItem]
        public var quantities: [QuantityItem]
        /// Attributed statements; absent in gold files that do not annotate them.
        public var quotes: [QuoteItem]?
        /// SHA-256 of the file's bytes, when the gold records it.
        public var sha256: String?
    }
    /// Format tag.
    public var format: String?
    /// The entity catalogue.
    public var entities: [Entity]
    /// The documents.
    public var documents: [Document]
}

/// One extracted document handed to the evaluation: its file name and report (body, boilerplate,
/// title, language and everything extracted, surfaces cut from the body).
public struct EvaluatedDocument: Sendable {
    /// File name as in the gold (`000_….txt`).
    public var file: String
    /// The report (surfaces cut from the body).
    public var report: ExtractionReport
    /// Makes an evaluated document from a report (as `dossier extract --json` prints it, or made by another system).
    public init(file: String, report: ExtractionReport) {
        self.file = file; self.report = report
    }
    /// Makes an evaluated document from a prepared article and its report.
    public init(file: String, article: PreparedArticle, report: ExtractionReport) {
        self.init(file: file, report: report)
    }
}
