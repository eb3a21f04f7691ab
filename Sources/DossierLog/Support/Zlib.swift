import CZlib

/// zlib's CRC-32 and deflate/inflate, used for record framing and sealed blocks.
public enum Zlib {
    /// CRC-32 (zlib's polynomial) of `bytes`, continuing from `seed`.
    public static func crc32(_ bytes: UnsafeRawBufferPointer, seed: UInt32 = 0) -> UInt32 {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return seed }
        return UInt32(CZlib.crc32_z(UInt(seed), base.assumingMemoryBound(to: UInt8.self), bytes.count))
    }

    /// CRC-32 of an array slice: the one CRC of every framing (segments, sync streams).
    public static func crc32(_ bytes: ArraySlice<UInt8>, seed: UInt32 = 0) -> UInt32 {
        bytes.withUnsafeBytes { crc32($0, seed: seed) }
    }

    /// Compresses `bytes` in zlib format at `level` (0–9).
    static func compress(_ bytes: ArraySlice<UInt8>, level: Int32) -> [UInt8] {
        var bound = CZlib.compressBound(UInt(bytes.count))
        var out = [UInt8](repeating: 0, count: Int(bound))
        let status = bytes.withUnsafeBytes { src in
            out.withUnsafeMutableBytes { dst in
                CZlib.compress2(
                    dst.baseAddress!.assumingMemoryBound(to: UInt8.self), &bound,
                    src.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt(bytes.count), level)
            }
        }
        precondition(status == Z_OK, "compress2 cannot fail with a compressBound buffer")
        out.removeSubrange(Int(bound)...)
        return out
    }

    /// Inflates zlib data that must expand to exactly `rawSize` bytes; `nil` if it does not.
    static func decompress(_ bytes: ArraySlice<UInt8>, rawSize: Int) -> [UInt8]? {
        guard rawSize >= 0, rawSize <= 1 << 30 else { return nil }
        var out = [UInt8](repeating: 0, count: rawSize)
        var outLen = UInt(rawSize)
        let status = bytes.withUnsafeBytes { src in
            out.withUnsafeMutableBytes { dst in
                CZlib.uncompress(
                    dst.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? UnsafeMutablePointer(bitPattern: 1),
                    &outLen, src.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt(bytes.count))
            }
        }
        guard status == Z_OK, outLen == UInt(rawSize) else { return nil }
        return out
    }

    /// Inflates as much of possibly damaged zlib data as decodes, at most `limit` bytes.
    /// Used by audit to find the exact record a damaged block breaks at.
    static func decompressPrefix(_ bytes: ArraySlice<UInt8>, limit: Int) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return [] }
        defer { inflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: max(limit, 1))
        var produced = 0
        bytes.withUnsafeBytes { src in
            out.withUnsafeMutableBytes { dst in
                stream.next_in = UnsafeMutablePointer(mutating: src.baseAddress?.assumingMemoryBound(to: UInt8.self))
                stream.avail_in = UInt32(src.count)
                stream.next_out = dst.baseAddress?.assumingMemoryBound(to: UInt8.self)
                stream.avail_out = UInt32(dst.count)
                while stream.avail_out > 0 {
                    let status = inflate(&stream, Z_SYNC_FLUSH)
                    if status != Z_OK { break }
                }
                produced = dst.count - Int(stream.avail_out)
            }
        }
        return Array(out.prefix(produced))
    }

    /// Inflates a whole zlib stream whose output must not exceed `limit` bytes; `nil` when
    /// the data is damaged, truncated, or would inflate past the limit (a zip bomb).
    static func inflateBounded(_ bytes: ArraySlice<UInt8>, limit: Int) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var finished = false
        var failed = false
        bytes.withUnsafeBytes { src in
            stream.next_in = UnsafeMutablePointer(mutating: src.baseAddress?.assumingMemoryBound(to: UInt8.self))
            stream.avail_in = UInt32(src.count)
            while !finished && !failed {
                let produced: Int = chunk.withUnsafeMutableBytes { dst in
                    stream.next_out = dst.baseAddress?.assumingMemoryBound(to: UInt8.self)
                    stream.avail_out = UInt32(dst.count)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    if status == Z_STREAM_END { finished = true } else if status != Z_OK { failed = true }
                    return dst.count - Int(stream.avail_out)
                }
                if out.count + produced > limit { failed = true; break }
                out.append(contentsOf: chunk[0..<produced])
                if !finished && produced == 0 && stream.avail_in == 0 { failed = true }
            }
        }
        return finished && !failed ? out : nil
    }
}
