/// How far a replica holds each author's log: `{author: (last seq, last id)}`.
public struct VersionVector: Codable, Sendable, Equatable {
    /// The last committed event held for one author.
    public struct Head: Codable, Sendable, Equatable {
        public var seq: Int
        public var id: String
        public init(seq: Int, id: String) { self.seq = seq; self.id = id }
    }

    /// Head per author (public key hex).
    public var heads: [String: Head]

    public init(heads: [String: Head] = [:]) { self.heads = heads }

    /// The seq held for `author` (0 when none).
    public func seq(of author: String) -> Int { heads[author]?.seq ?? 0 }
}

/// A unit of log transfer: part of one author's log, always ending at a signed commit.
public struct LogChunk: Sendable, Equatable {
    /// What `bytes` hold.
    public enum Kind: UInt8, Sendable {
        /// A sealed segment file, verbatim (already compressed).
        case sealedSegment = 1
        /// zlib-compressed framed records (events and the commits that sign them).
        case records = 2
    }

    public var author: String
    public var kind: Kind
    /// First and last event seq the chunk carries.
    public var firstSeq: Int
    public var lastSeq: Int
    public var bytes: [UInt8]

    public init(author: String, kind: Kind, firstSeq: Int, lastSeq: Int, bytes: [UInt8]) {
        self.author = author
        self.kind = kind
        self.firstSeq = firstSeq
        self.lastSeq = lastSeq
        self.bytes = bytes
    }
}

/// What importing a chunk did.
public struct ImportOutcome: Sendable, Equatable {
    /// New events appended to the author's log.
    public var appended: Int = 0
    /// Events that were already held (same id at the same seq).
    public var duplicates: Int = 0
    /// Different events found at held positions, each proven by its author's commit signature;
    /// kept as evidence, never merged.
    public var forks: [ForkEvidence] = []
    /// Proven forks not written as evidence because their author already has the most files kept.
    public var evidenceDropped = 0
    public init() {}
}

/// Two different events claiming the same (author, seq).
public struct ForkEvidence: Sendable, Codable, Equatable {
    public var author: String
    public var seq: Int
    /// The id of the event this replica holds at that position.
    public var heldId: String
    /// The id of the other event (or, when only a successor was seen, the predecessor it names).
    public var otherId: String
    /// When this replica detected it (milliseconds since 1970).
    public var detectedAt: Int
    public init(author: String, seq: Int, heldId: String, otherId: String, detectedAt: Int) {
        self.author = author
        self.seq = seq
        self.heldId = heldId
        self.otherId = otherId
        self.detectedAt = detectedAt
    }
}
