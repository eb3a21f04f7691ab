/// The one little-endian codec of the binary formats (segments, commit records, sync streams):
/// integers appended to a byte array and read back at an offset.
extension Array where Element == UInt8 {
    /// Appends `v` as 4 little-endian bytes.
    public mutating func appendLE(_ v: UInt32) {
        append(UInt8(truncatingIfNeeded: v)); append(UInt8(truncatingIfNeeded: v >> 8))
        append(UInt8(truncatingIfNeeded: v >> 16)); append(UInt8(truncatingIfNeeded: v >> 24))
    }

    /// Appends `v` as 8 little-endian bytes.
    public mutating func appendLE(_ v: UInt64) {
        appendLE(UInt32(truncatingIfNeeded: v)); appendLE(UInt32(truncatingIfNeeded: v >> 32))
    }
}

extension Collection where Element == UInt8, Index == Int {
    /// Reads a little-endian UInt32 at `offset` from the start; the caller checks bounds.
    @inlinable
    public func readLE32(_ offset: Int) -> UInt32 {
        let b = startIndex + offset
        return UInt32(self[b]) | UInt32(self[b + 1]) << 8 | UInt32(self[b + 2]) << 16 | UInt32(self[b + 3]) << 24
    }

    /// Reads a little-endian UInt64 at `offset` from the start; the caller checks bounds.
    @inlinable
    public func readLE64(_ offset: Int) -> UInt64 {
        UInt64(readLE32(offset)) | UInt64(readLE32(offset + 4)) << 32
    }
}
