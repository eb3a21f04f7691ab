import DossierEvents
import DossierLog

/// Binary encoding of version vectors (`Schemas/bundle-format.md`): per author, 32-byte key, u64 seq, 32-byte id.
///
/// Layout: `u32 count | count × (author 32 | u64 seq | id 32)`, authors sorted. A seq of 0 with an
/// all-zero id means "no events of this author" (used in deltas).
public enum VectorCoding {
    /// Bytes per entry.
    static let entrySize = 72

    /// Encodes `vector` (sorted by author).
    public static func encode(_ vector: VersionVector) -> [UInt8] {
        var w = ByteWriter()
        encode(vector, into: &w)
        return w.bytes
    }

    static func encode(_ vector: VersionVector, into w: inout ByteWriter) {
        w.u32(UInt32(vector.heads.count))
        for author in vector.heads.keys.sorted() {
            let head = vector.heads[author]!
            w.key(author)
            w.u64(UInt64(max(0, head.seq)))
            w.key(head.seq == 0 ? "" : head.id)
        }
    }

    /// Decodes a vector, refusing truncation, duplicates, and more than `maxAuthors` entries.
    public static func decode(_ bytes: [UInt8], maxAuthors: Int = 100_000) throws(SyncError) -> VersionVector {
        var r = ByteReader(bytes[...], context: "version vector")
        let v = try decode(from: &r, maxAuthors: maxAuthors)
        guard r.atEnd else { throw .malformed("version vector has \(r.remaining) trailing bytes") }
        return v
    }

    static func decode(from r: inout ByteReader, maxAuthors: Int) throws(SyncError) -> VersionVector {
        let count = Int(try r.u32())
        guard count <= maxAuthors else {
            throw .malformed("version vector claims \(count) authors (limit \(maxAuthors))")
        }
        guard r.remaining >= count * entrySize else {
            throw .malformed("version vector of \(count) authors ends early")
        }
        var heads: [String: VersionVector.Head] = [:]
        for _ in 0..<count {
            let author = Hex.encode(try r.take(32))
            let seq = try r.count("seq")
            let id = Hex.encode(try r.take(32))
            guard heads[author] == nil else {
                throw .malformed("version vector names author \(AuthorID(author).short)… twice")
            }
            heads[author] = VersionVector.Head(seq: seq, id: seq == 0 ? "" : id)
        }
        return VersionVector(heads: heads)
    }
}

extension VersionVector {
    /// Entries of `self` that differ from `base`; authors of `base` that `self` lacks appear with seq 0.
    public func delta(from base: VersionVector) -> VersionVector {
        var out: [String: Head] = [:]
        for (author, head) in heads where base.heads[author] != head { out[author] = head }
        for author in base.heads.keys where heads[author] == nil { out[author] = Head(seq: 0, id: "") }
        return VersionVector(heads: out)
    }

    /// `base` with `delta` applied (the inverse of `delta(from:)`).
    public func applying(delta: VersionVector) -> VersionVector {
        var out = heads
        for (author, head) in delta.heads { out[author] = head.seq == 0 ? nil : head }
        return VersionVector(heads: out)
    }

    /// Total events the vector accounts for (saturating: a vector from a peer may claim absurd heads).
    public var eventCount: Int {
        heads.values.reduce(0) { total, head in
            let (sum, overflow) = total.addingReportingOverflow(max(0, head.seq))
            return overflow ? Int.max : sum
        }
    }
}
