import DossierEvents
import DossierLog
import DossierSync

extension FuzzTargets {
    /// Bytes as a bundle file or an HTTP sync body: the stream decoder, fed whole and then
    /// in small pieces, must reject or accept them the same way and never crash.
    public static func stream(_ bytes: [UInt8]) {
        let whole = (try? StreamDecoder.decodeAll(bytes)).map { $0.1.count }
        var decoder = StreamDecoder()
        var pieces = 0
        var failed = false
        var start = 0
        var size = 1
        while start < bytes.count && !failed {
            let end = min(bytes.count, start + size)
            do {
                try decoder.feed(bytes[start..<end])
                while let item = try decoder.next() { if case .chunk = item { pieces += 1 } }
            } catch { failed = true }
            start = end
            size = size * 3 + 1
        }
        if let whole, !failed, decoder.isComplete, whole != pieces {
            fatalError("the stream decoded to \(whole) chunks whole but \(pieces) when fed in pieces")
        }
    }

    /// Bytes as an encoded version vector.
    public static func vector(_ bytes: [UInt8]) {
        guard let vector = try? VectorCoding.decode(bytes) else { return }
        for (author, head) in vector.heads where !Hex.isDigestLike(author) || head.seq < 0 {
            fatalError("decoded an impossible vector entry \(author) \(head.seq)")
        }
    }
}

extension Hex {
    static func isDigestLike(_ s: String) -> Bool { s.utf8.count == 64 }
}
