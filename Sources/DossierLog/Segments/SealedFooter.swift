import DossierEvents

/// One compressed block of a sealed segment, as listed in the footer.
struct BlockEntry: Sendable, Equatable {
    static let size = 28
    /// File offset of the block's 12-byte block header.
    var offset: Int
    var compressedSize: Int
    var rawSize: Int
    /// Seq of the first event in the block (0 if it holds none).
    var firstSeq: Int
    /// Number of event records in the block.
    var events: Int
}

/// The footer of a sealed segment.
///
/// ```
/// block table: per block  u64 offset | u32 compressed size | u32 raw size | u64 first seq | u32 events
/// u64 first seq | u64 last seq | u64 event count | 32 bytes last event id | u32 block count
/// u32 CRC-32 of the footer bytes above (from the block table on)
/// u32 footer length (block table through CRC)
/// 8 bytes magic "DOSSEND1"
/// ```
/// Each block on disk is `u32 compressed size | u32 raw size | u32 CRC-32 of the compressed
/// bytes | zlib data`; the raw data is a run of framed records (see ``Record``).
struct SealedFooter: Sendable, Equatable {
    static let magic = Array("DOSSEND1".utf8)
    static let trailer = 4 + 4 + 8

    var blocks: [BlockEntry]
    var firstSeq: Int
    var lastSeq: Int
    var eventCount: Int
    var lastId: String

    func encoded() -> [UInt8] {
        var out: [UInt8] = []
        for b in blocks {
            out.appendLE(UInt64(b.offset)); out.appendLE(UInt32(b.compressedSize)); out.appendLE(UInt32(b.rawSize))
            out.appendLE(UInt64(b.firstSeq)); out.appendLE(UInt32(b.events))
        }
        out.appendLE(UInt64(firstSeq)); out.appendLE(UInt64(lastSeq)); out.appendLE(UInt64(eventCount))
        out.append(contentsOf: Hex.decode(lastId) ?? [UInt8](repeating: 0, count: 32))
        out.appendLE(UInt32(blocks.count))
        out.appendLE(Zlib.crc32(out[...]))
        out.appendLE(UInt32(out.count))
        out.append(contentsOf: SealedFooter.magic)
        return out
    }

    /// Reads and checks the footer at the end of `file`.
    static func read(_ file: RawFile, name: String) throws(LogError) -> (SealedFooter, footerStart: Int) {
        let size = try file.size()
        guard size >= SegmentHeader.size + trailer else {
            throw LogError.corrupt(name, "sealed segment too short for a footer")
        }
        let tail = try file.read(at: size - trailer, count: trailer)
        let length = try footerLength(tail[...], fileSize: size, name: name)
        let start = size - 8 - 4 - length
        return (try parse(try file.read(at: start, count: length)[...], name: name, footerStart: start), start)
    }

    /// Parses the footer of a sealed segment held in memory (received from a peer).
    static func read(_ bytes: [UInt8], name: String) throws(LogError) -> (SealedFooter, footerStart: Int) {
        guard bytes.count >= SegmentHeader.size + trailer else {
            throw LogError.corrupt(name, "sealed segment too short for a footer")
        }
        let length = try footerLength(bytes[(bytes.count - trailer)...], fileSize: bytes.count, name: name)
        let start = bytes.count - 8 - 4 - length
        return (try parse(bytes[start..<(start + length)], name: name, footerStart: start), start)
    }

    private static func footerLength(_ tail: ArraySlice<UInt8>, fileSize size: Int, name: String) throws(LogError)
        -> Int
    {
        let t = Array(tail)
        guard Array(t[8..<16]) == magic else {
            throw LogError.corrupt(name, "footer magic missing (file truncated or damaged at its end)")
        }
        let length = Int(t.readLE32(4))
        let fixed = 8 + 8 + 8 + 32 + 4
        guard length >= fixed + 4, length <= size - SegmentHeader.size - trailer + 4 + 4 else {
            throw LogError.corrupt(name, "footer length \(length) is impossible")
        }
        return length
    }

    /// Parses the footer bytes; every integer is range-checked against the file (block offsets and
    /// sizes inside the data area before `footerStart`, seqs in `0...EventHeader.maxSeq`).
    private static func parse(_ slice: ArraySlice<UInt8>, name: String, footerStart: Int) throws(LogError)
        -> SealedFooter
    {
        let body = Array(slice)
        let length = body.count
        let fixed = 8 + 8 + 8 + 32 + 4
        let crcAt = length - 4
        guard body.readLE32(crcAt) == Zlib.crc32(body[0..<crcAt]) else {
            throw LogError.corrupt(name, "footer checksum mismatch")
        }
        let f = crcAt - fixed
        let blockCount = Int(body.readLE32(f + 56))
        guard blockCount * BlockEntry.size == f else {
            throw LogError.corrupt(name, "footer block table size does not match its count")
        }
        func seq(_ value: UInt64, _ what: String) throws(LogError) -> Int {
            guard value <= UInt64(EventHeader.maxSeq) else {
                throw LogError.corrupt(name, "footer \(what) \(value) is outside 0…\(EventHeader.maxSeq)")
            }
            return Int(value)
        }
        var blocks: [BlockEntry] = []
        for i in 0..<blockCount {
            let o = i * BlockEntry.size
            let offset = body.readLE64(o)
            let compressedSize = Int(body.readLE32(o + 8))
            // The block (12-byte block header + data) must lie between the segment header and the footer.
            guard offset >= UInt64(SegmentHeader.size), offset <= UInt64(footerStart),
                compressedSize <= footerStart - Int(offset) - 12
            else {
                throw LogError.corrupt(
                    name,
                    "footer block \(i) at offset \(offset) (\(compressedSize) bytes) lies outside the segment's data")
            }
            blocks.append(
                BlockEntry(
                    offset: Int(offset), compressedSize: compressedSize,
                    rawSize: Int(body.readLE32(o + 12)),
                    firstSeq: try seq(body.readLE64(o + 16), "block \(i) first seq"),
                    events: Int(body.readLE32(o + 24))))
        }
        let firstSeq = try seq(body.readLE64(f), "first seq"), lastSeq = try seq(body.readLE64(f + 8), "last seq")
        let eventCount = try seq(body.readLE64(f + 16), "event count")
        return SealedFooter(
            blocks: blocks, firstSeq: firstSeq, lastSeq: lastSeq,
            eventCount: eventCount, lastId: Hex.encode(body[(f + 24)..<(f + 56)]))
    }
}
