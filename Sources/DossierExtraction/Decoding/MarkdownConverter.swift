/// Markdown → plain text: heading marks, emphasis, links, images, list and quote markers removed.
public enum MarkdownConverter {
    /// Converts Markdown to text, returning the first level-1 heading as the title hint.
    public static func convert(_ markdown: String) -> (text: String, title: String?) {
        var lines: [String] = []
        var title: String?
        var inFence = false
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = Substring(raw)
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence { lines.append(String(line)); continue }
            if trimmed.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == "=" || $0 == " " })
                && trimmed.count >= 3
            {
                lines.append(""); continue
            }
            line = trimmed
            var heading = 0
            while line.first == "#" { heading += 1; line = line.dropFirst() }
            if heading > 0 { line = line.drop(while: { $0 == " " }); while line.last == "#" { line = line.dropLast() } }
            while line.first == ">" { line = line.dropFirst().drop(while: { $0 == " " }) }
            if let f = line.first, f == "-" || f == "*" || f == "+", line.dropFirst().first == " " {
                line = line.dropFirst(2)
            }
            let text = inline(String(line))
            if heading == 1, title == nil { title = TextNormalizer.cleanLine(Substring(text)) }
            lines.append(text)
        }
        return (lines.joined(separator: "\n"), title)
    }

    /// Removes inline markup: images, links (keeping their text), emphasis and code marks.
    static func inline(_ line: String) -> String {
        let s = Array(line)
        var out = ""
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "!", i + 1 < s.count, s[i + 1] == "[", let (_, end) = link(s, at: i + 1) { i = end; continue }
            if c == "[", let (text, end) = link(s, at: i) { out += inline(text); i = end; continue }
            if c == "*" || c == "`"
                || (c == "_" && (i == 0 || !s[i - 1].isLetter || i + 1 >= s.count || !s[i + 1].isLetter))
            {
                i += 1; continue
            }
            out.append(c); i += 1
        }
        return out
    }

    /// Parses `[text](target)` at `start`, returning the text and the index after it.
    static func link(_ s: [Character], at start: Int) -> (String, Int)? {
        guard let close = s[start...].firstIndex(of: "]"), close + 1 < s.count, s[close + 1] == "(",
            let paren = s[(close + 1)...].firstIndex(of: ")")
        else { return nil }
        return (String(s[(start + 1)..<close]), paren + 1)
    }
}
