/// The encodings an article's bytes are read in; the wire (`ArticleIngested.encoding`) spells
/// them as the raw value.
public enum TextEncoding: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    /// The fallback for bytes that are not UTF-8 and look like legacy 8-bit text.
    case windows1252 = "windows-1252"
    /// Accepted on the wire (the schema allows it); this version's decoder does not produce it.
    case latin1 = "latin-1"

    public var description: String { rawValue }
}
