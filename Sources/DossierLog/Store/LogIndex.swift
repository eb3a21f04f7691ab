import DossierEvents

#if canImport(Glibc)
    import Glibc
#endif

/// Where one event is: segment number, block (`openSegment` for an open segment) and
/// byte offset of its frame (in the file for an open segment, in the inflated block for a
/// sealed one).
public struct EventLocation: Sendable, Equatable {
    /// Block value meaning "in the open segment file".
    public static let openSegment = Int(UInt32.max)
    public var segment: Int
    public var block: Int
    public var offset: Int
}

/// The per-author index file `index/<author>.idx`: 16 bytes per seq
/// (`u32 segment | u32 block | u64 offset`, little endian), entry n at (n − 1) × 16.
/// It is a cache: written without fsync and rebuilt from the segments when it disagrees.
final class LogIndex: Sendable {
    static let entrySize = 16
    let file: RawFile

    init(path: String) throws(LogError) {
        file = try RawFile.open(path, flags: O_RDWR | O_CREAT)
    }

    var count: Int { ((try? file.size()) ?? 0) / LogIndex.entrySize }

    func write(_ entries: [(seq: Int, location: EventLocation)]) throws(LogError) {
        guard let first = entries.first else { return }
        // Entries are written in runs of consecutive seqs.
        var buffer: [UInt8] = []
        var runStart = first.seq
        var expected = first.seq
        for (seq, loc) in entries {
            if seq != expected {
                try file.write(buffer, at: (runStart - 1) * LogIndex.entrySize)
                buffer.removeAll(keepingCapacity: true)
                runStart = seq
            }
            buffer.appendLE(UInt32(loc.segment)); buffer.appendLE(UInt32(loc.block));
            buffer.appendLE(UInt64(loc.offset))
            expected = seq + 1
        }
        try file.write(buffer, at: (runStart - 1) * LogIndex.entrySize)
    }

    func location(seq: Int) throws(LogError) -> EventLocation? {
        let b = try file.read(at: (seq - 1) * LogIndex.entrySize, count: LogIndex.entrySize)
        guard b.count == LogIndex.entrySize else { return nil }
        // A damaged entry (offset past any segment's size) reads as missing; the caller scans instead.
        let offset = b.readLE64(8)
        guard offset <= UInt64(Int32.max) else { return nil }
        return EventLocation(segment: Int(b.readLE32(0)), block: Int(b.readLE32(4)), offset: Int(offset))
    }

    func truncate(to count: Int) throws(LogError) { try file.truncate(to: count * LogIndex.entrySize) }
}
