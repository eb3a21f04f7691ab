/// An article entered the store: its normalized body and what is known about its source.
///
/// `articleId` is the SHA-256 (lowercase hex) of the UTF-8 bytes of `body`, so ingesting
/// the same body anywhere, by anyone, yields the same id.
public struct ArticleIngested: EventPayload {
    public static let eventType = "ArticleIngested"
    public static let typeVersion = 1

    /// SHA-256 hex of the normalized body.
    public var articleId: String
    /// Where it came from: a path as given on the command line, a URL, or `-` for stdin.
    public var source: String
    /// Title, when the document has one.
    public var title: String?
    /// BCP-47 primary language (`fr`, `en`, …) or `und`.
    public var language: String
    /// Publication date as ISO `YYYY-MM-DD`, when the text gives it.
    public var published: String?
    /// When this replica ingested it, milliseconds since 1970 UTC.
    public var ingestedAt: Int
    /// The normalized body text (NFC); spans of later events index its Unicode scalars.
    public var body: String
    /// Lines removed as site furniture, in order of appearance.
    public var boilerplate: [String]
    /// Input format: `text`, `html`, `markdown`, `jsonl`.
    public var format: String
    /// Detected encoding, spelled as on the wire (a ``TextEncoding`` raw value); see ``textEncoding``.
    public var encoding: String
    /// True when the bytes were not valid in the primary encoding and a fallback was used.
    public var encodingFallback: Bool

    public init(
        articleId: String, source: String, title: String?, language: String, published: String?,
        ingestedAt: Int, body: String, boilerplate: [String], format: String, encoding: TextEncoding,
        encodingFallback: Bool
    ) {
        self.articleId = articleId
        self.source = source
        self.title = title
        self.language = language
        self.published = published
        self.ingestedAt = ingestedAt
        self.body = body
        self.boilerplate = boilerplate
        self.format = format
        self.encoding = encoding.rawValue
        self.encodingFallback = encodingFallback
    }

    /// The encoding as a type; nil for a spelling this version does not know (another author's
    /// event may carry one; the article is projected all the same).
    public var textEncoding: TextEncoding? { TextEncoding(rawValue: encoding) }
}
