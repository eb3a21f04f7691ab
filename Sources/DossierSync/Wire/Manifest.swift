import DossierEvents
import DossierLog

/// The first frame of every sync stream: who sent it, when, and what the sender holds.
public struct Manifest: Sendable, Equatable {
    /// What the stream is.
    public enum Kind: UInt8, Sendable {
        /// An offline bundle file; `heads` is the sender's whole vector, `base` what it was cut for.
        case bundle = 1
        /// The answer to a pull; `heads` is the server's vector as a delta from the requester's.
        case pullResponse = 2
        /// A push body; `heads` is the pusher's whole vector.
        case push = 3
    }

    /// What the stream is.
    public var kind: Kind
    /// The sending replica's key (64 hex digits).
    public var sender: String
    /// When the stream was cut, in wall milliseconds.
    public var createdAt: Int
    /// The sender's version vector (a delta for `pullResponse`).
    public var heads: VersionVector
    /// For bundles cut `--for` a peer or `--since` a vector: the vector the receiver was assumed to hold.
    public var base: VersionVector?

    /// A manifest.
    public init(kind: Kind, sender: String, createdAt: Int, heads: VersionVector, base: VersionVector? = nil) {
        self.kind = kind
        self.sender = sender
        self.createdAt = createdAt
        self.heads = heads
        self.base = base
    }

    func encode() -> [UInt8] {
        var w = ByteWriter()
        w.u8(kind.rawValue)
        w.key(sender)
        w.int(createdAt)
        VectorCoding.encode(heads, into: &w)
        if let base {
            w.u8(1)
            VectorCoding.encode(base, into: &w)
        } else {
            w.u8(0)
        }
        return w.bytes
    }

    static func decode(_ bytes: ArraySlice<UInt8>, maxAuthors: Int) throws(SyncError) -> Manifest {
        var r = ByteReader(bytes, context: "manifest")
        guard let kind = Kind(rawValue: try r.u8()) else { throw .malformed("manifest of unknown kind") }
        let sender = Hex.encode(try r.take(32))
        let createdAt = try r.count("createdAt", limit: RequestSignature.maxDate)
        let heads = try VectorCoding.decode(from: &r, maxAuthors: maxAuthors)
        var base: VersionVector?
        switch try r.u8() {
        case 0: break
        case 1: base = try VectorCoding.decode(from: &r, maxAuthors: maxAuthors)
        default: throw .malformed("manifest base flag is neither 0 nor 1")
        }
        guard r.atEnd else { throw .malformed("manifest has \(r.remaining) trailing bytes") }
        return Manifest(kind: kind, sender: sender, createdAt: createdAt, heads: heads, base: base)
    }
}

/// The last frame of a stream: how many chunks and chunk bytes came before it.
public struct StreamEnd: Sendable, Equatable {
    /// Chunks in the stream.
    public var chunks: Int
    /// Sum of the chunks' byte counts.
    public var chunkBytes: Int
    /// The sender's signature over the stream, when it is signed (bundles always are).
    public var signature: [UInt8]?

    /// A trailer.
    public init(chunks: Int, chunkBytes: Int, signature: [UInt8]? = nil) {
        self.chunks = chunks
        self.chunkBytes = chunkBytes
        self.signature = signature
    }
}
