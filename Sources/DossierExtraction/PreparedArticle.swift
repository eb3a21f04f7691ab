import DossierEvents

/// An article ready for extraction: cleaned body plus what the input said about it.
public struct PreparedArticle: Sendable, Equatable {
    /// Cleaned body (NFC; boilerplate removed; paragraphs separated by a blank line). Spans index its scalars.
    public var body: String
    /// Headline, when the document has one.
    public var title: String?
    /// Primary language code (`fr`, `en`, `es`, `de`, …) or `und`.
    public var language: String
    /// Publication date `YYYY-MM-DD`, when the input gives a full one.
    public var published: String?
    /// Lines removed as site furniture, trimmed, in order.
    public var boilerplate: [String]
    /// `text`, `html`, `markdown` or `jsonl`.
    public var format: String
    /// UTF-8, UTF-16 (either order) or the Windows-1252 fallback.
    public var encoding: TextEncoding
    /// True when the bytes were not valid UTF-8 and Windows-1252 was used.
    public var encodingFallback: Bool
    /// Source URL (JSON Lines `url`), when given.
    public var url: String?

    /// Makes a prepared article.
    public init(
        body: String, title: String? = nil, language: String, published: String? = nil, boilerplate: [String] = [],
        format: String = "text", encoding: TextEncoding = .utf8, encodingFallback: Bool = false, url: String? = nil
    ) {
        self.body = body
        self.title = title
        self.language = language
        self.published = published
        self.boilerplate = boilerplate
        self.format = format
        self.encoding = encoding
        self.encodingFallback = encodingFallback
        self.url = url
    }
}
