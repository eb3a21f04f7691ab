import DossierEvents

/// Appends little-endian integers (the log's codec, `appendLE`) and byte runs to a buffer.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func u8(_ v: UInt8) { bytes.append(v) }
    mutating func u32(_ v: UInt32) { bytes.appendLE(v) }
    mutating func u64(_ v: UInt64) { bytes.appendLE(v) }
    mutating func int(_ v: Int) { u64(UInt64(bitPattern: Int64(v))) }
    mutating func raw<C: Collection<UInt8>>(_ b: C) { bytes.append(contentsOf: b) }
    /// 32 bytes from 64 hex digits; zeros when `hex` is not a digest (the reader then refuses it or sees "none").
    mutating func key(_ hex: String) {
        if let decoded = Hex.decode(hex), decoded.count == 32 {
            bytes.append(contentsOf: decoded)
        } else {
            bytes.append(contentsOf: [UInt8](repeating: 0, count: 32))
        }
    }
}

/// Reads little-endian integers and byte runs, failing with a `malformed` error past the end.
struct ByteReader {
    let bytes: ArraySlice<UInt8>
    private(set) var position: Int
    let context: String

    init(_ bytes: ArraySlice<UInt8>, context: String) {
        self.bytes = bytes
        self.position = bytes.startIndex
        self.context = context
    }

    var remaining: Int { bytes.endIndex - position }
    var atEnd: Bool { position == bytes.endIndex }

    mutating func take(_ n: Int) throws(SyncError) -> ArraySlice<UInt8> {
        guard n >= 0, remaining >= n else {
            throw .malformed("\(context) ends early (needs \(n) more bytes, has \(remaining))")
        }
        defer { position += n }
        return bytes[position..<position + n]
    }

    mutating func u8() throws(SyncError) -> UInt8 { try take(1).first! }
    mutating func u32() throws(SyncError) -> UInt32 { try take(4).readLE32(0) }
    mutating func u64() throws(SyncError) -> UInt64 { try take(8).readLE64(0) }
    /// A non-negative integer stored as u64, at most `limit` (by default the largest seq).
    mutating func count(_ what: String, limit: Int = EventHeader.maxSeq) throws(SyncError) -> Int {
        let v = try u64()
        guard v <= UInt64(limit) else { throw .malformed("\(context): \(what) \(v) is outside 0…\(limit)") }
        return Int(v)
    }
}
