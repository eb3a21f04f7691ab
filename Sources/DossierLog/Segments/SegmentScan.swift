import DossierEvents

/// The records of a run of framed bytes, and how the run ended.
struct SegmentScan: Sendable {
    /// How the bytes after the last whole record look.
    enum Ending: Sendable, Equatable {
        /// The run ends exactly after the last record.
        case clean
        /// The run ends inside a record or in bytes that are not a record, and no whole
        /// commit follows: a torn write. `offset` is where the tail starts.
        case torn(offset: Int, reason: String)
        /// A damaged record followed by a later, valid commit: not a torn write but
        /// corruption in the middle.
        case damaged(offset: Int, reason: String)
    }

    /// Each whole record with the offset of its frame.
    var records: [(offset: Int, record: Record)]
    var ending: Ending
    /// Offset just past the last whole record.
    var validEnd: Int

    /// Scans framed records in `bytes` starting at `start`.
    static func scan(_ bytes: [UInt8], from start: Int) -> SegmentScan {
        bytes.withUnsafeBytes { buffer in
            var records: [(Int, Record)] = []
            var offset = start
            while offset < buffer.count {
                switch FrameReader.read(buffer, at: offset) {
                case .record(let record, let end):
                    records.append((offset, record))
                    offset = end
                case .incomplete(let needed):
                    if let later = laterCommit(buffer, after: offset) {
                        return SegmentScan(
                            records: records,
                            ending: .damaged(
                                offset: offset,
                                reason:
                                    "record \(records.count + 1) at offset \(offset): its length runs past the end of the file, yet a valid commit follows at offset \(later)"
                            ), validEnd: offset)
                    }
                    return SegmentScan(
                        records: records,
                        ending: .torn(
                            offset: offset,
                            reason:
                                "record at offset \(offset) is incomplete (\(buffer.count - offset) of \(needed) bytes)"
                        ), validEnd: offset)
                case .damaged(let reason):
                    if let later = laterCommit(buffer, after: offset) {
                        return SegmentScan(
                            records: records,
                            ending: .damaged(
                                offset: offset,
                                reason:
                                    "record \(records.count + 1) at offset \(offset): \(reason) (a valid commit follows at offset \(later))"
                            ), validEnd: offset)
                    }
                    return SegmentScan(
                        records: records,
                        ending: .torn(
                            offset: offset,
                            reason: "record at offset \(offset) is not whole: \(reason)"), validEnd: offset)
                }
            }
            return SegmentScan(records: records, ending: .clean, validEnd: offset)
        }
    }

    /// The offset of a CRC-valid commit frame after `offset`, if any. Commit frames have a
    /// fixed length, so this is a linear search.
    static func laterCommit(_ buffer: UnsafeRawBufferPointer, after offset: Int) -> Int? {
        let frameLength = 4 + 1 + CommitRecord.size + 4
        var at = offset + 1
        while at + frameLength <= buffer.count {
            if buffer[at + 4] == Record.kindCommit, buffer.readLE32(at) == UInt32(1 + CommitRecord.size),
                case .record = FrameReader.read(buffer, at: at)
            {
                return at
            }
            at += 1
        }
        return nil
    }
}
