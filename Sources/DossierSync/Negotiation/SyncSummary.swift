import DossierEvents
import DossierLog

/// What moved during a sync (or a bundle apply), for people and scripts.
public struct SyncSummary: Sendable, Codable, Equatable {
    /// Events received and stored.
    public var pulledEvents = 0
    /// Events received that were already held.
    public var pulledDuplicates = 0
    /// Chunks received.
    public var pulledChunks = 0
    /// Bytes of chunks received.
    public var pulledBytes = 0
    /// Events sent that the remote stored.
    public var pushedEvents = 0
    /// Events sent that the remote already held.
    public var pushedDuplicates = 0
    /// Chunks sent.
    public var pushedChunks = 0
    /// Bytes of chunks sent.
    public var pushedBytes = 0
    /// Forks detected on either side during this exchange.
    public var forks: [ForkEvidence] = []
    /// True when every step finished (false: interrupted; syncing again resumes).
    public var complete = false

    /// An empty summary.
    public init() {}

    /// Adds what importing one received chunk did.
    public mutating func addPulled(_ outcome: ImportOutcome, chunkBytes: Int) {
        pulledChunks += 1
        pulledBytes += chunkBytes
        pulledEvents += outcome.appended
        pulledDuplicates += outcome.duplicates
        for fork in outcome.forks where !forks.contains(fork) { forks.append(fork) }
    }
}

/// What a server answers to a push.
public struct PushReply: Sendable, Codable, Equatable {
    /// Events the server stored.
    public var appended: Int
    /// Events the server already held.
    public var duplicates: Int
    /// Chunks the server processed.
    public var chunks: Int
    /// Forks the server detected.
    public var forks: [ForkEvidence]
    /// Authors whose events were skipped because this replica does not trust them (sorted).
    public var untrusted: [String]

    /// A reply.
    public init(
        appended: Int = 0, duplicates: Int = 0, chunks: Int = 0, forks: [ForkEvidence] = [], untrusted: [String] = []
    ) {
        self.appended = appended
        self.duplicates = duplicates
        self.chunks = chunks
        self.forks = forks
        self.untrusted = untrusted
    }

    enum CodingKeys: String, CodingKey { case appended, duplicates, chunks, forks, untrusted }

    /// Decodes a reply, range-checking its counts (it comes from another machine).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func count(_ key: CodingKeys) throws -> Int {
            let value = try c.decode(Int.self, forKey: key)
            guard value >= 0, value <= EventHeader.maxSeq else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: c, debugDescription: "\(key.rawValue) \(value) is out of range")
            }
            return value
        }
        appended = try count(.appended)
        duplicates = try count(.duplicates)
        chunks = try count(.chunks)
        forks = try c.decode([ForkEvidence].self, forKey: .forks)
        untrusted = try c.decodeIfPresent([String].self, forKey: .untrusted) ?? []
    }
}
