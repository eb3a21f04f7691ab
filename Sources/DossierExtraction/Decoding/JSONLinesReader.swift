import Foundation

/// One JSON Lines article record: `title`, `text` or `body`, `url`, `date`, `lang`.
public struct JSONLinesRecord: Decodable, Sendable, Equatable {
    /// Headline, if given.
    public var title: String?
    /// Article text (`text`, else `body`, else `content`).
    public var text: String?
    /// Source URL, if given.
    public var url: String?
    /// Publication date as written.
    public var date: String?
    /// Language code as written.
    public var lang: String?

    enum CodingKeys: String, CodingKey { case title, text, body, content, url, date, lang, language, published }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func string(_ key: CodingKeys) -> String? { (try? c.decodeIfPresent(String.self, forKey: key)) ?? nil }
        title = string(.title)
        text = string(.text) ?? string(.body) ?? string(.content)
        url = string(.url)
        date = string(.date) ?? string(.published)
        lang = string(.lang) ?? string(.language)
    }
}

/// Splits JSON Lines bytes into records, reporting the line and byte offset of a bad one.
public enum JSONLinesReader {
    /// Decodes one line (without its newline) as a record.
    public static func record(_ line: ArraySlice<UInt8>, lineNumber: Int, offset: Int, source: String)
        throws(ExtractionError) -> JSONLinesRecord
    {
        do {
            return try JSONDecoder().decode(JSONLinesRecord.self, from: Data(line))
        } catch {
            throw .malformedRecord(source: source, line: lineNumber, offset: offset, reason: "is not a JSON object")
        }
    }

    /// Each non-blank line's bytes with its 1-based line number and byte offset.
    public static func lines(_ bytes: [UInt8]) -> [(line: ArraySlice<UInt8>, number: Int, offset: Int)] {
        var result: [(ArraySlice<UInt8>, Int, Int)] = []
        var start = 0
        var number = 1
        var i = 0
        while i <= bytes.count {
            if i == bytes.count || bytes[i] == 0x0A {
                var end = i
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                let slice = bytes[start..<end]
                if slice.contains(where: { $0 != 0x20 && $0 != 0x09 }) { result.append((slice, number, start)) }
                start = i + 1
                number += 1
            }
            i += 1
        }
        return result
    }
}
