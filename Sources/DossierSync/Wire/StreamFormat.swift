import Crypto
import DossierEvents
import DossierLog

/// The sync stream: the bytes of a bundle file, of a pull response and of a push body.
/// See `Schemas/bundle-format.md`.
///
/// ```
/// stream = "DOSSBNDL" | u8 version (2) | frame…
/// frame  = u8 type | u32 length | body (length bytes) | u32 CRC-32 over type, length and body
/// type 1 manifest (first, exactly once) · 2 chunk · 3 end (last, exactly once)
/// chunk  = u8 chunk kind | author (64 ASCII hex digits) | u64 first seq | u64 last seq | chunk bytes
/// end    = u64 chunk count | u64 chunk bytes | u8 signed (0/1) | [64-byte Ed25519 signature of the
///          manifest's sender over "dossier.stream.v2\n" + SHA-256 of every byte before the end frame]
/// ```
public enum StreamFormat {
    /// The magic that opens every stream.
    public static let magic: [UInt8] = Array("DOSSBNDL".utf8)
    /// The stream format version written.
    public static let version: UInt8 = 2
    /// The domain prefix of a stream signature.
    static let signatureDomain = Array("dossier.stream.v2\n".utf8)
    /// Bytes before the first frame.
    public static let preambleSize = 9
    /// Framing bytes around each frame's body.
    public static let frameOverhead = 9

    enum FrameType: UInt8 { case manifest = 1, chunk = 2, end = 3 }

    /// The preamble (magic and version).
    public static func preamble() -> [UInt8] { magic + [version] }

    /// The manifest frame.
    public static func frame(_ manifest: Manifest) -> [UInt8] { frame(.manifest, manifest.encode()) }

    /// A chunk frame.
    public static func frame(_ chunk: LogChunk) -> [UInt8] {
        var w = ByteWriter()
        w.bytes.reserveCapacity(chunk.bytes.count + 90)
        w.u8(chunk.kind.rawValue)
        w.raw(
            Array(chunk.author.utf8.prefix(64)) + [UInt8](repeating: 0x20, count: max(0, 64 - chunk.author.utf8.count)))
        w.u64(UInt64(chunk.firstSeq))
        w.u64(UInt64(chunk.lastSeq))
        w.raw(chunk.bytes)
        return frame(.chunk, w.bytes)
    }

    /// The end frame (signed when `end.signature` is set).
    public static func frame(_ end: StreamEnd) -> [UInt8] {
        var w = ByteWriter()
        w.u64(UInt64(end.chunks))
        w.u64(UInt64(end.chunkBytes))
        if let signature = end.signature, signature.count == 64 {
            w.u8(1)
            w.raw(signature)
        } else {
            w.u8(0)
        }
        return frame(.end, w.bytes)
    }

    /// The bytes a stream's sender signs: the domain and the SHA-256 of everything before the end frame.
    static func signedMessage(streamDigest: [UInt8]) -> [UInt8] { signatureDomain + streamDigest }

    static func frame(_ type: FrameType, _ body: [UInt8]) -> [UInt8] {
        var w = ByteWriter()
        w.bytes.reserveCapacity(body.count + frameOverhead)
        w.u8(type.rawValue)
        w.u32(UInt32(body.count))
        w.raw(body)
        let crc = Zlib.crc32(w.bytes[...])
        w.u32(crc)
        return w.bytes
    }

    /// A whole stream in memory: preamble, manifest, chunks, end — signed by `signer` when given
    /// (it must be the manifest's sender).
    public static func encode(manifest: Manifest, chunks: [LogChunk], signer: Identity? = nil) throws(SyncError)
        -> [UInt8]
    {
        var writer = StreamWriter()
        var out = writer.start(manifest)
        for chunk in chunks { out += writer.chunk(chunk) }
        out += try writer.end(signer: signer)
        return out
    }

    /// An unsigned stream in memory (HTTP push bodies, whose request signature covers them; tests).
    public static func encode(manifest: Manifest, chunks: [LogChunk]) -> [UInt8] {
        var writer = StreamWriter()
        var out = writer.start(manifest)
        for chunk in chunks { out += writer.chunk(chunk) }
        out += writer.unsignedEnd()
        return out
    }

    static func decodeChunk(_ body: ArraySlice<UInt8>, index: Int) throws(SyncError) -> LogChunk {
        var r = ByteReader(body, context: "chunk \(index)")
        let rawKind = try r.u8()
        guard let kind = LogChunk.Kind(rawValue: rawKind) else {
            throw .malformed("chunk \(index) has unknown kind \(rawKind)")
        }
        let nameBytes = try r.take(64)
        let name = String(decoding: nameBytes, as: UTF8.self)
        guard Hex.isDigest(name) else {
            let shown = String(name.prefix(while: { $0 != " " && $0 != "\0" }).prefix(64))
            throw SyncError(
                code: .malformed,
                message:
                    "chunk \(index) names author '\(shown)', which is not a 64-hex-digit key; refusing a path-like or invalid name, nothing stored"
            )
        }
        let first = try r.count("first seq"), last = try r.count("last seq")
        guard first >= 1, last >= first else { throw .malformed("chunk \(index) has seq range \(first)…\(last)") }
        let bytes = Array(try r.take(r.remaining))
        return LogChunk(author: name, kind: kind, firstSeq: first, lastSeq: last, bytes: bytes)
    }
}

/// Writes a stream piece by piece, hashing what it writes so that the end frame can be signed.
public struct StreamWriter: Sendable {
    private var hasher = SHA256()
    private var chunks = 0
    private var chunkBytes = 0

    /// A writer at the start of a stream.
    public init() {}

    /// The preamble and the manifest frame.
    public mutating func start(_ manifest: Manifest) -> [UInt8] {
        let bytes = StreamFormat.preamble() + StreamFormat.frame(manifest)
        hasher.update(data: bytes)
        return bytes
    }

    /// A chunk frame.
    public mutating func chunk(_ chunk: LogChunk) -> [UInt8] {
        let bytes = StreamFormat.frame(chunk)
        hasher.update(data: bytes)
        chunks += 1
        chunkBytes += chunk.bytes.count
        return bytes
    }

    /// The end frame, signed by `signer` (the manifest's sender) when given.
    public mutating func end(signer: Identity?) throws(SyncError) -> [UInt8] {
        guard let signer else { return unsignedEnd() }
        let digest = Array(hasher.finalize())
        let signature: [UInt8]
        do { signature = try signer.sign(StreamFormat.signedMessage(streamDigest: digest)) } catch {
            throw SyncError(code: .invalid, message: "cannot sign the stream: \(error.message)")
        }
        return StreamFormat.frame(StreamEnd(chunks: chunks, chunkBytes: chunkBytes, signature: signature))
    }

    /// The end frame without a signature.
    public func unsignedEnd() -> [UInt8] { StreamFormat.frame(StreamEnd(chunks: chunks, chunkBytes: chunkBytes)) }
}
