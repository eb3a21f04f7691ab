import DossierEvents

/// Bytes → articles: decoding, format conversion, normalization, boilerplate removal,
/// title, publication date and language. Pure: no I/O, no clock.
public struct ArticlePreparer: Sendable {
    /// Largest single (non-JSON Lines) document accepted, in bytes.
    public static let maximumDocumentBytes = 16 * 1024 * 1024

    /// Makes a preparer.
    public init() {}

    /// Prepares every article in `bytes` (one, or one per JSON Lines record).
    public func prepare(bytes: [UInt8], sourceName: String) throws(ExtractionError) -> [PreparedArticle] {
        let decoded = try TextDecoding.decode(bytes, source: sourceName)
        let format = FormatDetector.detect(text: decoded.text, sourceName: sourceName)
        if format == .jsonl {
            var articles: [PreparedArticle] = []
            let utf8 = decoded.encoding == .utf8 && !decoded.fallback ? bytes : Array(decoded.text.utf8)
            for line in JSONLinesReader.lines(utf8) {
                let record = try JSONLinesReader.record(
                    line.line, lineNumber: line.number, offset: line.offset, source: sourceName)
                if let article = try? prepare(record: record, source: "\(sourceName):\(line.number)", encoding: decoded)
                {
                    articles.append(article)
                }
            }
            if articles.isEmpty { throw .noText(source: sourceName, format: "jsonl") }
            return articles
        }
        if bytes.count > Self.maximumDocumentBytes {
            throw .tooLarge(source: sourceName, size: bytes.count, limit: Self.maximumDocumentBytes)
        }
        var text = decoded.text
        var titleHint: String?
        var dateHint: String?
        switch format {
        case .html:
            let converted = HTMLConverter.convert(text)
            text = converted.text; titleHint = converted.title; dateHint = converted.date
        case .markdown:
            let converted = MarkdownConverter.convert(text)
            text = converted.text; titleHint = converted.title
        default: break
        }
        return [
            try finish(
                text, title: titleHint, date: dateHint, language: nil, url: nil, format: format.rawValue,
                decoded: decoded, source: sourceName)
        ]
    }

    /// Prepares one JSON Lines record (for callers that stream a large file line by line).
    public func prepare(record: JSONLinesRecord, source: String, encoding: TextDecoding.Decoded? = nil)
        throws(ExtractionError) -> PreparedArticle
    {
        guard var text = record.text, !text.isEmpty else { throw .noText(source: source, format: "jsonl") }
        var title = record.title
        if text.contains("</p>") || text.contains("<br") || text.contains("</div>") {
            let converted = HTMLConverter.convert(text)
            text = converted.text
            if title == nil { title = converted.title }
        }
        let decoded = encoding ?? TextDecoding.Decoded(text: "", encoding: .utf8, fallback: false)
        return try finish(
            text, title: title.map { TextNormalizer.cleanLine(Substring(TextNormalizer.normalize($0))) },
            date: record.date, language: record.lang, url: record.url, format: "jsonl", decoded: decoded,
            source: source, titleGiven: title != nil)
    }

    /// Normalization, boilerplate, title, date and language, shared by all formats.
    func finish(
        _ raw: String, title hint: String?, date dateHint: String?, language given: String?, url: String?,
        format: String,
        decoded: TextDecoding.Decoded, source: String, titleGiven: Bool = false
    ) throws(ExtractionError) -> PreparedArticle {
        let normalized = TextNormalizer.normalize(raw)
        let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var split = BoilerplateFilter.split(lines)
        var bodyLines = split.body
        // A title given outside the text (JSON Lines, HTML <title>) opens the body if the text lacks it.
        if let hint, !hint.isEmpty, titleGiven, !bodyLines.contains(hint) {
            bodyLines.insert(contentsOf: [hint, ""], at: 0)
        }
        let body = bodyLines.joined(separator: "\n")
        guard body.unicodeScalars.contains(where: { $0.isAlphabetic }) else {
            throw .noText(source: source, format: format)
        }
        let title = hint.flatMap { bodyLines.contains($0) ? $0 : nil } ?? TitleDetector.title(bodyLines)
        split.body = bodyLines
        let published = dateHint.flatMap(TitleDetector.isoDay) ?? TitleDetector.dateline(bodyLines)
        var language = LanguageIdentifier.identify(body)
        if let given, let code = given.split(separator: "-").first.map({ $0.lowercased() }),
            code.count == 2 || code.count == 3
        {
            language = code
        }
        return PreparedArticle(
            body: body, title: title, language: language, published: published, boilerplate: split.boilerplate,
            format: format, encoding: decoded.encoding, encodingFallback: decoded.fallback, url: url)
    }
}
