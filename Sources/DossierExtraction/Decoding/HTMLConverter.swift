/// HTML → plain text: drops scripts, styles, navigation and other furniture elements,
/// turns block elements into line breaks, strips tags and decodes character references.
public enum HTMLConverter {
    /// Text of the document plus what the markup says about title and date.
    public struct Converted: Sendable, Equatable {
        /// Plain text, one block per line.
        public var text: String
        /// `<title>` or first `<h1>`, when present.
        public var title: String?
        /// A publication date from `<meta>` or `<time datetime>`, as written.
        public var date: String?
    }

    /// Elements whose whole content is dropped.
    static let skipped: Set<String> = [
        "script", "style", "nav", "noscript", "svg", "iframe", "template", "form",
        "button", "select", "aside", "footer", "header", "menu", "figure", "object",
    ]
    /// Elements that end a line.
    static let blocks: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr",
        "table", "article", "section", "blockquote", "title", "main", "dd", "dt", "hr",
        "pre", "address", "td", "th", "body", "html", "head",
    ]

    /// Converts an HTML document to text.
    public static func convert(_ html: String) -> Converted {
        let s = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var skipDepth = 0
        var skipName = ""
        var title: String?
        var h1: String?
        var date: String?
        var capture: String? = nil
        var captured = String.UnicodeScalarView()
        while i < s.count {
            let c = s[i]
            if c == "<" {
                // Comments and declarations.
                if i + 3 < s.count, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
                    i = find(s, "-->", from: i + 4).map { $0 + 3 } ?? s.count
                    continue
                }
                guard let close = s[i...].firstIndex(of: ">") else { break }
                let tag = parseTag(s[(i + 1)..<close])
                i = close + 1
                if skipDepth > 0 {
                    if tag.name == skipName { skipDepth += tag.closing ? -1 : (tag.selfClosing ? 0 : 1) }
                    continue
                }
                if !tag.closing && skipped.contains(tag.name) && !tag.selfClosing {
                    skipDepth = 1; skipName = tag.name; continue
                }
                if tag.name == "meta", date == nil,
                    let property = tag.attributes["property"] ?? tag.attributes["name"] ?? tag.attributes["itemprop"],
                    property.contains("published") || property == "date" || property.hasSuffix(":date"),
                    let content = tag.attributes["content"]
                {
                    date = content
                }
                if tag.name == "time", date == nil, let value = tag.attributes["datetime"] { date = value }
                if tag.name == "title" || tag.name == "h1" {
                    if tag.closing, capture == tag.name {
                        let text = TextNormalizer.cleanLine(Substring(decodeEntities(String(captured))))
                        if tag.name == "title", title == nil, !text.isEmpty { title = text }
                        if tag.name == "h1", h1 == nil, !text.isEmpty { h1 = text }
                        capture = nil
                    } else if !tag.closing {
                        capture = tag.name; captured = String.UnicodeScalarView()
                    }
                }
                if tag.name == "title" { continue }
                if blocks.contains(tag.name) {
                    out.append("\n")
                } else if !tag.name.isEmpty && out.last.map({ !$0.isWhitespace }) == true && tag.name != "a"
                    && tag.name != "span" && tag.name != "b" && tag.name != "i" && tag.name != "em"
                    && tag.name != "strong"
                {
                    out.append(" ")
                }
                continue
            }
            if skipDepth == 0 {
                if capture != nil { captured.append(c) }
                if capture != "title" { out.append(c == "\n" || c == "\r" || c == "\t" ? " " : c) }
            }
            i += 1
        }
        let text = decodeEntities(String(out))
        return Converted(text: text, title: h1 ?? title, date: date)
    }

    /// A parsed tag: lowercase name, whether it closes, and its attributes.
    struct Tag { var name: String; var closing: Bool; var selfClosing: Bool; var attributes: [String: String] }

    /// Parses the inside of `<…>`.
    static func parseTag(_ inner: ArraySlice<Unicode.Scalar>) -> Tag {
        var idx = inner.startIndex
        var closing = false
        if idx < inner.endIndex, inner[idx] == "/" { closing = true; idx += 1 }
        var name = String.UnicodeScalarView()
        while idx < inner.endIndex,
            inner[idx].isAlphabetic || ("0"..."9").contains(inner[idx]) || inner[idx] == "-"
        {
            name.append(inner[idx]); idx += 1
        }
        let selfClosing = inner.last == "/"
        var attributes: [String: String] = [:]
        let rest = String(String.UnicodeScalarView(inner[idx...]))
        var key = "", value = "", inKey = true, quote: Character? = nil, haveKey = false
        func flush() {
            if !key.isEmpty { attributes[key.lowercased()] = value }; key = ""; value = ""; inKey = true;
            haveKey = false
        }
        for ch in rest {
            if let q = quote {
                if ch == q { quote = nil; flush() } else { value.append(ch) }
            } else if inKey {
                if ch == "=" {
                    inKey = false; haveKey = true
                } else if ch.isWhitespace || ch == "/" {
                    if !key.isEmpty { flush() }
                } else {
                    key.append(ch)
                }
            } else if value.isEmpty && (ch == "\"" || ch == "'") {
                quote = ch
            } else if ch.isWhitespace {
                if haveKey { flush() }
            } else {
                value.append(ch)
            }
        }
        flush()
        return Tag(name: String(name).lowercased(), closing: closing, selfClosing: selfClosing, attributes: attributes)
    }

    /// Finds `needle` in `s` at or after `from`.
    static func find(_ s: [Unicode.Scalar], _ needle: String, from: Int) -> Int? {
        let n = Array(needle.unicodeScalars)
        guard n.count > 0, s.count >= n.count, from <= s.count - n.count else { return nil }
        var i = from
        while i <= s.count - n.count {
            if s[i] == n[0] && Array(s[i..<(i + n.count)]) == n { return i }
            i += 1
        }
        return nil
    }

    /// Decodes named and numeric character references.
    public static func decodeEntities(_ text: String) -> String {
        guard text.unicodeScalars.contains("&") else { return text }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == "&", let semi = s[(i + 1)..<min(s.count, i + 12)].firstIndex(of: ";") {
                let name = String(String.UnicodeScalarView(s[(i + 1)..<semi]))
                if let decoded = entity(name) { out.append(decoded); i = semi + 1; continue }
            }
            out.append(s[i]); i += 1
        }
        return String(out)
    }

    /// One character reference's scalar, if known.
    static func entity(_ name: String) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap { $0 == 0 ? nil : Unicode.Scalar($0) }
        }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap { $0 == 0 ? nil : Unicode.Scalar($0) } }
        return namedEntities[name]
    }

    /// The named references found in news pages.
    static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "rsquo": "\u{2019}",
        "lsquo": "\u{2018}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "laquo": "\u{AB}", "raquo": "\u{BB}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "eacute": "é", "egrave": "è", "ecirc": "ê",
        "euml": "ë", "agrave": "à", "acirc": "â", "auml": "ä", "ccedil": "ç", "icirc": "î", "iuml": "ï", "ocirc": "ô",
        "ouml": "ö", "ugrave": "ù", "ucirc": "û", "uuml": "ü", "Eacute": "É", "Egrave": "È", "Agrave": "À",
        "Ccedil": "Ç", "ntilde": "ñ", "Ntilde": "Ñ", "aacute": "á", "iacute": "í", "oacute": "ó", "uacute": "ú",
        "szlig": "ß", "euro": "€", "copy": "©", "reg": "®", "deg": "°", "middot": "·", "bull": "\u{2022}",
        "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "oelig": "œ", "OElig": "Œ", "times": "×",
    ]
}
