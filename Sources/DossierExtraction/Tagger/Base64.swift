/// Standard Base64 decoding that skips line breaks (the committed weights are wrapped).
enum Base64 {
    /// Value of each ASCII byte, 0xff when not in the alphabet.
    static let table: [UInt8] = {
        var t = [UInt8](repeating: 0xff, count: 256)
        for (i, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            t[Int(c)] = UInt8(i)
        }
        return t
    }()

    /// Decoded bytes; nil on a character outside the alphabet.
    static func decode(_ text: String) -> [UInt8]? {
        text.utf8.withContiguousStorageIfAvailable(decode) ?? Array(text.utf8).withUnsafeBufferPointer(decode)
    }

    /// Decodes UTF-8 text into an array sized once (the committed weights are megabytes).
    private static func decode(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var valid = true
        let table = table
        let out = [UInt8](unsafeUninitializedCapacity: text.count * 3 / 4) { out, count in
            var buffer: UInt32 = 0
            var bits = 0
            count = 0
            for c in text {
                if c == 10 || c == 13 || c == 32 { continue }
                if c == UInt8(ascii: "=") { break }
                let v = table[Int(c)]
                guard v != 0xff else { valid = false; return }
                buffer = (buffer << 6) | UInt32(v)
                bits += 6
                if bits >= 8 {
                    bits -= 8
                    out[count] = UInt8(truncatingIfNeeded: buffer >> UInt32(bits))
                    count += 1
                }
            }
        }
        return valid ? out : nil
    }

    /// Encodes bytes, wrapped at `width` characters per line.
    static func encode(_ bytes: [UInt8], width: Int = 100) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        var column = 0
        func put(_ c: UInt8) {
            out.append(c); column += 1
            if column == width { out.append(10); column = 0 }
        }
        var i = 0
        while i < bytes.count {
            let n = min(3, bytes.count - i)
            var chunk = UInt32(bytes[i]) << 16
            if n > 1 { chunk |= UInt32(bytes[i + 1]) << 8 }
            if n > 2 { chunk |= UInt32(bytes[i + 2]) }
            for k in 0..<4 { put(k <= n ? alphabet[Int((chunk >> UInt32(18 - 6 * k)) & 0x3f)] : UInt8(ascii: "=")) }
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
