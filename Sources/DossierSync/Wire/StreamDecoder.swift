import Crypto
import DossierEvents
import DossierLog

/// What a sync stream carries, item by item.
public enum StreamItem: Sendable, Equatable {
    case manifest(Manifest)
    case chunk(LogChunk)
    case end(StreamEnd)
}

/// Size bounds applied to incoming streams.
public struct StreamLimits: Sendable, Equatable {
    /// Largest frame body accepted (a chunk plus its header).
    public var maxFrameBytes: Int
    /// Largest total stream accepted.
    public var maxStreamBytes: Int
    /// Most authors a vector may name.
    public var maxAuthors: Int

    /// Limits: 40 MiB frames (32 MiB chunks), 16 GiB streams, 100 000 authors by default.
    public init(maxFrameBytes: Int = 40 << 20, maxStreamBytes: Int = 16 << 30, maxAuthors: Int = 100_000) {
        self.maxFrameBytes = maxFrameBytes
        self.maxStreamBytes = maxStreamBytes
        self.maxAuthors = maxAuthors
    }
}

/// Incremental decoder of a sync stream: feed bytes as they arrive, take items as they complete.
///
/// A pure state machine: no I/O. It checks the magic, every frame's CRC and length bound, that
/// the manifest comes first and the end frame last, and that the end frame's counts match.
public struct StreamDecoder: Sendable {
    enum State: Sendable { case preamble, manifest, body, ended }

    private var buffer: [UInt8] = []
    private var readOffset = 0
    private var state = State.preamble
    private var chunks = 0
    private var chunkBytes = 0
    private var totalBytes = 0
    private var hasher = SHA256()
    private var sender: String?
    /// True once a signed end frame verified against the manifest's sender.
    public private(set) var isSigned = false
    /// The stream's limits.
    public let limits: StreamLimits

    /// A decoder enforcing `limits`.
    public init(limits: StreamLimits = StreamLimits()) { self.limits = limits }

    /// True once the end frame was read.
    public var isComplete: Bool { state == .ended }

    /// Adds received bytes.
    public mutating func feed<C: Collection<UInt8>>(_ bytes: C) throws(SyncError) {
        totalBytes += bytes.count
        guard totalBytes <= limits.maxStreamBytes else {
            throw .tooLarge("the stream", size: totalBytes, limit: limits.maxStreamBytes)
        }
        if readOffset > 0 && readOffset >= buffer.count / 2 {
            buffer.removeFirst(readOffset)
            readOffset = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete item, or nil when more bytes are needed.
    public mutating func next() throws(SyncError) -> StreamItem? {
        let available = buffer.count - readOffset
        if state == .preamble {
            guard available >= StreamFormat.preambleSize else { return nil }
            let magic = Array(buffer[readOffset..<readOffset + 8])
            guard magic == StreamFormat.magic else {
                throw .malformed("not a dossier bundle or sync stream (bad magic)")
            }
            let version = buffer[readOffset + 8]
            guard version == StreamFormat.version else {
                throw SyncError(
                    code: .malformed,
                    message:
                        "stream format version \(version) is not supported (this dossier reads version \(StreamFormat.version)); upgrade dossier"
                )
            }
            hasher.update(data: buffer[readOffset..<readOffset + StreamFormat.preambleSize])
            readOffset += StreamFormat.preambleSize
            state = .manifest
            return try next()
        }
        guard available >= 5 else {
            if state == .ended && available > 0 { throw .malformed("bytes after the end frame") }
            return nil
        }
        if state == .ended { throw .malformed("bytes after the end frame") }
        let typeByte = buffer[readOffset]
        let length = Int(
            UInt32(buffer[readOffset + 1]) | UInt32(buffer[readOffset + 2]) << 8 | UInt32(buffer[readOffset + 3]) << 16
                | UInt32(buffer[readOffset + 4]) << 24)
        guard length <= limits.maxFrameBytes else {
            throw .tooLarge("a frame", size: length, limit: limits.maxFrameBytes)
        }
        guard let type = StreamFormat.FrameType(rawValue: typeByte) else {
            throw .malformed("frame of unknown type \(typeByte)")
        }
        guard available >= length + StreamFormat.frameOverhead else { return nil }
        let start = readOffset
        let bodyRange = (start + 5)..<(start + 5 + length)
        let stored = buffer[bodyRange.upperBound..<bodyRange.upperBound + 4].reversed().reduce(UInt32(0)) {
            $0 << 8 | UInt32($1)
        }
        guard Zlib.crc32(buffer[start..<bodyRange.upperBound]) == stored else {
            throw .malformed("frame \(chunks + 1) (\(type)) fails its CRC")
        }
        if type != .end { hasher.update(data: buffer[start..<bodyRange.upperBound + 4]) }
        readOffset = bodyRange.upperBound + 4
        let body = buffer[bodyRange]
        switch (state, type) {
        case (.manifest, .manifest):
            state = .body
            let manifest = try Manifest.decode(body, maxAuthors: limits.maxAuthors)
            sender = manifest.sender
            return .manifest(manifest)
        case (.body, .chunk):
            chunks += 1
            let chunk = try StreamFormat.decodeChunk(body, index: chunks)
            chunkBytes += chunk.bytes.count
            return .chunk(chunk)
        case (.body, .end):
            var r = ByteReader(body, context: "end frame")
            var end = StreamEnd(chunks: try r.count("chunks"), chunkBytes: try r.count("chunk bytes"))
            switch try r.u8() {
            case 0: break
            case 1: end.signature = Array(try r.take(64))
            default: throw .malformed("end frame signature flag is neither 0 nor 1")
            }
            guard r.atEnd, end.chunks == chunks, end.chunkBytes == chunkBytes else {
                throw .malformed(
                    "end frame says \(end.chunks) chunks / \(end.chunkBytes) bytes, the stream had \(chunks) / \(chunkBytes)"
                )
            }
            if let signature = end.signature {
                let message = StreamFormat.signedMessage(streamDigest: Array(hasher.finalize()))
                guard let sender, let raw = Hex.decode(sender),
                    let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw),
                    key.isValidSignature(signature, for: message)
                else {
                    throw SyncError(
                        code: .badSignature,
                        message:
                            "the stream's signature does not verify for its sender \(AuthorID(sender ?? "?").short)…: it was altered or not written by that replica; nothing stored"
                    )
                }
                isSigned = true
            }
            state = .ended
            return .end(end)
        case (.manifest, _):
            throw .malformed("the stream does not start with a manifest")
        default:
            throw .malformed("a second manifest inside the stream")
        }
    }

    /// Call when the input ends: fails if the stream was cut short.
    public func finish() throws(SyncError) {
        guard state == .ended else {
            throw SyncError(
                code: .malformed,
                message:
                    "the stream ends early (no end frame after \(chunks) chunks); the transfer was interrupted or the file truncated — what arrived whole was kept, sync again to resume"
            )
        }
        guard buffer.count == readOffset else { throw .malformed("bytes after the end frame") }
    }

    /// Decodes a whole stream in memory.
    public static func decodeAll(_ bytes: [UInt8], limits: StreamLimits = StreamLimits()) throws(SyncError) -> (
        Manifest, [LogChunk]
    ) {
        var decoder = StreamDecoder(limits: limits)
        try decoder.feed(bytes)
        var manifest: Manifest?
        var chunks: [LogChunk] = []
        while let item = try decoder.next() {
            switch item {
            case .manifest(let m): manifest = m
            case .chunk(let c): chunks.append(c)
            case .end: break
            }
        }
        try decoder.finish()
        guard let manifest else { throw .malformed("no manifest") }
        return (manifest, chunks)
    }
}
