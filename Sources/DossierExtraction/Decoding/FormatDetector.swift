/// Guesses the input format from the source name and the first bytes of text.
public enum FormatDetector {
    /// Input formats the preparer understands.
    public enum Format: String, Sendable, Equatable { case text, html, markdown, jsonl }

    /// Picks a format: file extension first, then the shape of the text.
    public static func detect(text: String, sourceName: String) -> Format {
        let lower = sourceName.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonl }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        let head = String(text.unicodeScalars.prefix(4096)).lowercased()
        let trimmed = head.drop(while: { $0.isWhitespace })
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<?xml") {
            return .html
        }
        if lower.hasSuffix(".txt") { return .text }
        if trimmed.hasPrefix("{"), looksLikeJSONLines(text) { return .jsonl }
        let tagCues = ["<p>", "<p ", "<div", "<body", "<br", "<article", "<h1", "<span"]
        if tagCues.filter({ head.contains($0) }).count >= 2 { return .html }
        var markdownCues = 0
        for line in head.split(separator: "\n").prefix(60) {
            if line.hasPrefix("# ") || line.hasPrefix("## ") { markdownCues += 2 }
            if line.contains("](") { markdownCues += 1 }
            if line.hasPrefix("* ") || line.hasPrefix("- ") { markdownCues += 1 }
            if line.contains("**") { markdownCues += 1 }
        }
        return markdownCues >= 3 ? .markdown : .text
    }

    /// True when the first non-empty lines each start with `{` and end with `}`.
    static func looksLikeJSONLines(_ text: String) -> Bool {
        var seen = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(3) {
            let t = line.drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace })
            guard t.last == "{", t.first == "}" else { return false }
            seen += 1
        }
        return seen > 0
    }
}
