extension EventHeader {
    /// Parses the exact canonical header layout without a general JSON decoder: keys in
    /// canonical order, no whitespace, plain ASCII strings (no escapes), decimal integers without
    /// sign or leading zero. Returns `nil` for anything else (the caller then falls back to the
    /// general decoder, which gives the precise error).
    ///
    /// What it accepts is exactly what `canonicalBytes()` writes for such a header, so bytes it
    /// parses need no re-encoding to prove them canonical (a test checks this both ways).
    static func parseCanonical(_ bytes: [UInt8]) -> EventHeader? {
        bytes.withUnsafeBufferPointer { b -> EventHeader? in
            var i = 0
            func expect(_ literal: StaticString) -> Bool {
                let n = literal.utf8CodeUnitCount
                guard i + n <= b.count else { return false }
                let p = literal.utf8Start
                for k in 0..<n where b[i + k] != p[k] { return false }
                i += n
                return true
            }
            func string() -> String? {
                guard i < b.count, b[i] == 0x22 else { return nil }
                let start = i + 1
                var j = start
                while j < b.count, b[j] != 0x22 {
                    if b[j] == 0x5C || b[j] < 0x20 || b[j] >= 0x80 { return nil }
                    j += 1
                }
                guard j < b.count else { return nil }
                i = j + 1
                return String(decoding: UnsafeBufferPointer(rebasing: b[start..<j]), as: UTF8.self)
            }
            func int() -> Int? {
                var value = 0
                let start = i
                // Canonical integers have no leading zero ("0" itself is fine).
                if i + 1 < b.count, b[i] == 0x30, b[i + 1] >= 0x30, b[i + 1] <= 0x39 { return nil }
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                    let (m, o1) = value.multipliedReportingOverflow(by: 10)
                    let (a, o2) = m.addingReportingOverflow(Int(b[i] - 0x30))
                    if o1 || o2 { return nil }
                    value = a
                    i += 1
                }
                return i > start ? value : nil
            }
            guard expect("{\"author\":"), let author = string(),
                expect(",\"hlc\":"), let hlc = int(),
                expect(",\"payloadHash\":"), let payloadHash = string(),
                expect(",\"payloadSize\":"), let payloadSize = int()
            else { return nil }
            var prev: String?
            if expect(",\"prev\":") {
                guard let p = string() else { return nil }
                prev = p
            }
            guard expect(",\"seq\":"), let seq = int(),
                expect(",\"type\":"), let type = string(),
                expect(",\"typeVersion\":"), let typeVersion = int(),
                expect(",\"v\":"), let v = int(),
                expect("}"), i == b.count
            else { return nil }
            return EventHeader(
                formatVersion: v, type: type, typeVersion: typeVersion, author: author, seq: seq,
                prev: prev, hlc: hlc, payloadHash: payloadHash, payloadSize: payloadSize)
        }
    }
}
