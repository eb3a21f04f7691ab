import DossierEvents

/// The fixed 60-byte header at the start of every segment file.
///
/// ```
/// 8 bytes  magic: "DOSSOPEN" (open segment) or "DOSSSEAL" (sealed segment)
/// u32 LE   segment format version (1)
/// 32 bytes author public key
/// u32 LE   segment number (1, 2, 3 … per author)
/// u64 LE   first seq held by the segment
/// u32 LE   CRC-32 of the 56 bytes above
/// ```
struct SegmentHeader: Sendable, Equatable {
    static let size = 60
    static let openMagic = Array("DOSSOPEN".utf8)
    static let sealedMagic = Array("DOSSSEAL".utf8)
    static let formatVersion: UInt32 = 1

    var sealed: Bool
    var author: String
    var number: Int
    var firstSeq: Int

    func encoded() -> [UInt8] {
        var out = sealed ? SegmentHeader.sealedMagic : SegmentHeader.openMagic
        out.appendLE(SegmentHeader.formatVersion)
        out.append(contentsOf: Hex.decode(author) ?? [UInt8](repeating: 0, count: 32))
        out.appendLE(UInt32(number))
        out.appendLE(UInt64(firstSeq))
        out.appendLE(Zlib.crc32(out[...]))
        return out
    }

    static func decode(_ bytes: ArraySlice<UInt8>, file: String) throws(LogError) -> SegmentHeader {
        guard bytes.count >= size else {
            throw LogError.corrupt(file, "segment header is truncated (\(bytes.count) of \(size) bytes)")
        }
        let b = Array(bytes.prefix(size))
        let magic = Array(b[0..<8])
        guard magic == openMagic || magic == sealedMagic else {
            throw LogError.corrupt(file, "not a Dossier segment (bad magic)")
        }
        guard b.readLE32(56) == Zlib.crc32(b[0..<56]) else {
            throw LogError.corrupt(file, "segment header CRC mismatch")
        }
        guard b.readLE32(8) == formatVersion else {
            throw LogError.corrupt(file, "unsupported segment format \(b.readLE32(8))")
        }
        let number = Int(b.readLE32(44))
        let firstSeq = b.readLE64(48)
        guard number >= 1 else { throw LogError.corrupt(file, "segment number 0 is impossible") }
        guard firstSeq >= 1, firstSeq <= UInt64(EventHeader.maxSeq) else {
            throw LogError.corrupt(file, "first seq \(firstSeq) is outside 1…\(EventHeader.maxSeq)")
        }
        return SegmentHeader(
            sealed: magic == sealedMagic, author: Hex.encode(b[12..<44]),
            number: number, firstSeq: Int(firstSeq))
    }
}

/// Where segment files live and how they are named: `log/<author>/<8-digit number>.open|.seg`.
enum SegmentName {
    static func open(_ number: Int) -> String { pad(number) + ".open" }
    static func sealed(_ number: Int) -> String { pad(number) + ".seg" }

    static func pad(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 8 - s.count)) + s
    }

    /// Parses a file name into (number, sealed), or `nil` for anything else.
    static func parse(_ name: String) -> (number: Int, sealed: Bool)? {
        let parts = name.split(separator: ".")
        guard parts.count == 2, parts[0].count == 8, let n = Int(parts[0]), n > 0 else { return nil }
        switch parts[1] {
        case "open": return (n, false)
        case "seg": return (n, true)
        default: return nil
        }
    }
}
