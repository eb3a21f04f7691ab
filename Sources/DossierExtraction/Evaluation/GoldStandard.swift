/// A gold file in the format of `seeds-gold.json` (`doc-level-gold/1`).
public struct GoldStandard: Decodable, Sendable {
    /// A gold entity with every alias it goes by.
    public struct Entity: Decodable, Sendable { public var id: String; public var type: String; public var label: String; public var aliases: [String] }
    /// An entity of one document with the surfaces it has there.
    public struct DocumentEntity: Decodable, Sendable { public var id: String; public var surfaces: [String]; public var count: Int? }
    /// A gold date; `value` is null for unanchored expressions.
    public struct DateItem: Decodable, Sendable { public var surface: String; public var value: String? }
    /// A gold quantity; `value` may be a JSON decimal ("13.2 percent").
    public struct QuantityItem: Decodable, Sendable { public var surface: String; public var value: Double; public var unit: String? }
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
    }
    /// Format tag.
    public var format: String?
    /// The entity catalogue.
    public var entities: [Entity]
    /// The documents.
    public var documents: [Document]
}

/// One extracted document handed to the evaluation: its file name, prepared article and payload.
public struct EvaluatedDocument: Sendable {
    /// File name as in the gold (`000_….txt`).
    public var file: String
    /// The prepared article (body, boilerplate, title, language).
    public var article: PreparedArticle
    /// The report (surfaces cut from the body).
    public var report: ExtractionReport
    /// Makes an evaluated document.
    public init(file: String, article: PreparedArticle, report: ExtractionReport) {
        self.file = file; self.article = article; self.report = report
    }
}
