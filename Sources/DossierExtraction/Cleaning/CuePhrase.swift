/// A phrase looked for in lines with `String.contains` (Unicode-aware: whole characters, canonical
/// equivalence), behind a cheap byte test that rules most lines out first.
///
/// The test looks for the phrase's longest run of one-byte ASCII characters in the line's UTF-8.
/// Such a character only equals itself (no other character is canonically equivalent to one, except
/// the Kelvin sign to `K`, the Greek question mark to `;` and the Greek varia to `` ` ``, which are left
/// out of runs), so a line where `contains` finds the phrase always holds the run's bytes.
struct CuePhrase: Sendable {
    /// The phrase as written.
    let text: String
    /// UTF-8 of the phrase's longest run of plain ASCII characters (empty: no byte test).
    let anchor: [UInt8]

    init(_ text: String) {
        self.text = text
        var best: [UInt8] = []
        var run: [UInt8] = []
        for c in text {
            if c.utf8.count == 1, let byte = c.asciiValue, !"K;`".contains(c) {
                run.append(byte)
                if run.count > best.count { best = run }
            } else {
                run.removeAll(keepingCapacity: true)
            }
        }
        anchor = best
    }

    /// True when `line` contains the phrase (same answer as `line.contains(text)`).
    func isContained(in line: String) -> Bool {
        Self.bytes(anchor, occurIn: line) && line.contains(text)
    }

    /// True when `needle` occurs in the UTF-8 of `text` (always true for an empty needle, or for a
    /// string without contiguous UTF-8, so that the caller's full test decides).
    static func bytes(_ needle: [UInt8], occurIn text: String) -> Bool {
        guard let first = needle.first else { return true }
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count >= needle.count else { return false }
            search: for start in 0...(bytes.count - needle.count) where bytes[start] == first {
                for k in 1..<needle.count where bytes[start + k] != needle[k] { continue search }
                return true
            }
            return false
        } ?? true
    }
}
