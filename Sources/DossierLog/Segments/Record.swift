import DossierEvents

/// One framed record in a segment.
///
/// ```
/// u32 LE  length of (kind + content)
/// u8      kind: 1 event, 2 commit, 3 redacted event
/// …       content
/// u32 LE  CRC-32 (zlib) of the length field, kind and content
/// ```
/// Event content: `u32 LE header length | canonical header JSON | canonical payload`.
/// Redacted event content: `u32 LE header length | canonical header JSON | redaction note`.
/// Commit content: see ``CommitRecord``.
enum Record: Sendable, Equatable {
    case event(header: [UInt8], payload: [UInt8])
    case redacted(header: [UInt8], note: [UInt8])
    case commit(CommitRecord)

    static let kindEvent: UInt8 = 1
    static let kindCommit: UInt8 = 2
    static let kindRedacted: UInt8 = 3
    /// Framing bytes around the content: length, kind, CRC.
    static let overhead = 9
    /// The largest record accepted (header + payload); larger claims are corruption.
    static let maxContent = 256 << 20

    /// Appends the framed bytes of this record to `out`.
    func frame(into out: inout [UInt8]) {
        let start = out.count
        switch self {
        case .event(let header, let payload):
            out.appendLE(UInt32(1 + 4 + header.count + payload.count))
            out.append(Record.kindEvent)
            out.appendLE(UInt32(header.count))
            out.append(contentsOf: header)
            out.append(contentsOf: payload)
        case .redacted(let header, let note):
            out.appendLE(UInt32(1 + 4 + header.count + note.count))
            out.append(Record.kindRedacted)
            out.appendLE(UInt32(header.count))
            out.append(contentsOf: header)
            out.append(contentsOf: note)
        case .commit(let commit):
            out.appendLE(UInt32(1 + CommitRecord.size))
            out.append(Record.kindCommit)
            commit.encode(into: &out)
        }
        let crc = Zlib.crc32(out[start...])
        out.appendLE(crc)
    }

    /// The framed bytes of this record.
    var framed: [UInt8] {
        var out: [UInt8] = []
        frame(into: &out)
        return out
    }
}

/// The outcome of reading one frame from a buffer.
enum FrameRead {
    /// A whole, CRC-valid record and the offset just past it.
    case record(Record, end: Int)
    /// The buffer ends inside this frame (a torn tail if it is the end of the file).
    case incomplete(needed: Int)
    /// The frame is damaged; `detail` says how.
    case damaged(String)
}

enum FrameReader {
    /// Reads the frame at `offset` of `buffer`.
    static func read(_ buffer: UnsafeRawBufferPointer, at offset: Int) -> FrameRead {
        let available = buffer.count - offset
        guard available >= 4 else { return .incomplete(needed: 4) }
        let length = Int(buffer.readLE32(offset))
        guard length >= 1, length <= Record.maxContent + 5 else {
            return .damaged("frame length \(length) is impossible")
        }
        let total = 4 + length + 4
        guard available >= total else { return .incomplete(needed: total) }
        let stored = buffer.readLE32(offset + 4 + length)
        let computed = Zlib.crc32(UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + 4 + length)]))
        guard stored == computed else {
            return .damaged("CRC mismatch (stored \(hex32(stored)), computed \(hex32(computed)))")
        }
        let kind = buffer[offset + 4]
        let contentStart = offset + 5
        let contentEnd = offset + 4 + length
        switch kind {
        case Record.kindEvent, Record.kindRedacted:
            guard contentEnd - contentStart >= 4 else { return .damaged("event record too short") }
            let headerLength = Int(buffer.readLE32(contentStart))
            let headerStart = contentStart + 4
            guard headerLength <= contentEnd - headerStart else {
                return .damaged("header length \(headerLength) overruns the record")
            }
            let header = Array(buffer[headerStart..<(headerStart + headerLength)])
            let rest = Array(buffer[(headerStart + headerLength)..<contentEnd])
            let record: Record =
                kind == Record.kindEvent ? .event(header: header, payload: rest) : .redacted(header: header, note: rest)
            return .record(record, end: offset + total)
        case Record.kindCommit:
            guard contentEnd - contentStart == CommitRecord.size else {
                return .damaged("commit record has the wrong size")
            }
            guard let commit = CommitRecord.decode(UnsafeRawBufferPointer(rebasing: buffer[contentStart..<contentEnd]))
            else {
                return .damaged("commit record covers an impossible seq range")
            }
            return .record(.commit(commit), end: offset + total)
        default:
            return .damaged("unknown record kind \(kind)")
        }
    }

    static func hex32(_ v: UInt32) -> String {
        let s = String(v, radix: 16)
        return "0x" + String(repeating: "0", count: 8 - s.count) + s
    }
}
