import Crypto
import Foundation

/// Lowercase hex and SHA-256 helpers shared by every layer.
public enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// Lowercase hex of `bytes`.
    public static func encode<C: Collection<UInt8>>(_ bytes: C) -> String {
        // Written straight into the string's storage (this runs once per event read).
        String(unsafeUninitializedCapacity: bytes.count * 2) { out in
            var i = 0
            for b in bytes {
                out[i] = digits[Int(b >> 4)]
                out[i + 1] = digits[Int(b & 0x0F)]
                i += 2
            }
            return i
        }
    }

    /// Bytes of a hex string, or `nil` when it is not even-length hex.
    public static func decode(_ string: String) -> [UInt8]? {
        let chars = Array(string.utf8)
        guard chars.count % 2 == 0 else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(chars.count / 2)
        var i = 0
        while i < chars.count {
            guard let hi = nibble(chars[i]), let lo = nibble(chars[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// True for exactly 64 lowercase hex digits (a SHA-256 digest or an Ed25519 key).
    public static func isDigest(_ s: String) -> Bool {
        func digits(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count == 64 else { return false }
            for byte in bytes where !((byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66)) { return false }
            return true
        }
        // Native strings are contiguous UTF-8: check the buffer (the generic path is several times slower).
        if let result = s.utf8.withContiguousStorageIfAvailable(digits) { return result }
        return Array(s.utf8).withUnsafeBufferPointer(digits)
    }

    /// SHA-256 of `bytes` as lowercase hex.
    public static func sha256<D: DataProtocol>(_ bytes: D) -> String {
        SHA256.hash(data: bytes).withUnsafeBytes { encode($0) }
    }

    /// SHA-256 of an array as lowercase hex: hashes the array's buffer directly (the generic
    /// `DataProtocol` path walks regions; this is the log reader's per-event hash).
    public static func sha256(_ bytes: [UInt8]) -> String {
        var hasher = SHA256()
        bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return hasher.finalize().withUnsafeBytes { encode($0) }
    }
}

/// Shared JSON decoding helpers.
public enum JSONBytes {
    /// A decoder for payloads and headers (keys as written, no date strategies).
    public static var decoder: JSONDecoder { JSONDecoder() }

    /// `bytes` as `Data`.
    public static func data(_ bytes: [UInt8]) -> Data { Data(bytes) }
}
