import Foundation

/// Unicode NFC, line endings, invisible characters, whitespace runs and odd quote forms.
public enum TextNormalizer {
    /// Normalizes a whole text: NFC, `\n` line endings, no invisible characters, odd quotes mapped.
    public static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.unicodeScalars.count)
        var previous: Unicode.Scalar = "\n"
        var composable = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            switch scalar.value {
            case 0x0D:
                scalars.append("\n")
                if pending == "\n" { pending = iterator.next() }
                previous = "\n"
                continue
            case 0x2028, 0x2029, 0x0B, 0x0C, 0x85:
                scalars.append("\n"); previous = "\n"; continue
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
                continue
            case 0x02BC, 0x2032:
                scalars.append("\u{2019}")
            case 0x00B4 where previous.isAlphabetic:
                scalars.append("\u{2019}")
            case 0x09:
                scalars.append(" ")
            default:
                if scalar.value < 0x20 && scalar != "\n" { continue }
                scalars.append(scalar)
                composable = composable || !isNFCInert(scalar)
            }
            previous = scalar
        }
        let joined = String(scalars)
        return composable ? joined.precomposedStringWithCanonicalMapping : joined
    }

    /// True for a scalar that NFC never changes, nor composes with its neighbours: Latin, Latin-1 and the
    /// Latin extensions below the combining marks (U+0300), general punctuation and currency signs
    /// (U+2002-U+20CF). A text of such scalars is its own NFC, and the Foundation call is skipped.
    @inline(__always)
    static func isNFCInert(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x300 || (0x2002..<0x20D0).contains(s.value)
    }

    /// True for horizontal white space, including no-break and typographic spaces.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Trims a line and collapses runs of two or more spaces to one ASCII space (a lone no-break space stays).
    public static func cleanLine(_ line: Substring) -> String {
        var out = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        for scalar in line.unicodeScalars {
            if isSpace(scalar) { run.append(scalar); continue }
            if !run.isEmpty {
                if !out.isEmpty { out.append(run.count == 1 ? run[0] : " ") }
                run.removeAll(keepingCapacity: true)
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// Trims white space (including no-break spaces) at both ends of a line.
    public static func trim(_ line: Substring) -> String {
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
