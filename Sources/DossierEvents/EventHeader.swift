import Crypto
import Foundation

/// The signed-over part of an event: who wrote it, where it sits in their log, and a hash
/// of its payload.
///
/// The event id is the SHA-256 of ``canonicalBytes()``. Because the header commits to the
/// payload only through `payloadHash`, a payload can be erased (redaction) while ids, the
/// hash chain and signatures still verify.
public struct EventHeader: Sendable, Equatable, Hashable, Codable {
    /// The envelope format version (`v`), currently 1.
    public static let currentFormat = 1
    /// The largest seq an author's log may reach (2^53 − 1: exact in every JSON reader).
    public static let maxSeq = (1 << 53) - 1
    /// The largest payload an event may carry (the log's largest record).
    public static let maxPayloadSize = 256 << 20
    /// The largest payload schema version accepted.
    public static let maxTypeVersion = 1 << 16

    /// Envelope format version.
    public var formatVersion: Int
    /// Event type name, e.g. `ArticleIngested`.
    public var type: String
    /// Version of the payload schema for `type`.
    public var typeVersion: Int
    /// The author's Ed25519 public key, 64 lowercase hex digits.
    public var author: String
    /// Position in the author's log: 1, 2, 3 … without gaps.
    public var seq: Int
    /// Id of the author's previous event; `nil` for seq 1.
    public var prev: String?
    /// Hybrid logical clock: wall milliseconds × 1000 + counter (see ``HybridLogicalClock``).
    public var hlc: Int
    /// SHA-256 of the canonical payload bytes, lowercase hex.
    public var payloadHash: String
    /// Size of the canonical payload bytes.
    public var payloadSize: Int

    enum CodingKeys: String, CodingKey {
        case formatVersion = "v", type, typeVersion, author, seq, prev, hlc, payloadHash, payloadSize
    }

    public init(
        formatVersion: Int = EventHeader.currentFormat, type: String, typeVersion: Int, author: String,
        seq: Int, prev: String?, hlc: Int, payloadHash: String, payloadSize: Int
    ) {
        self.formatVersion = formatVersion
        self.type = type
        self.typeVersion = typeVersion
        self.author = author
        self.seq = seq
        self.prev = prev
        self.hlc = hlc
        self.payloadHash = payloadHash
        self.payloadSize = payloadSize
    }

    /// The canonical bytes: sorted keys, no whitespace, `prev` omitted for seq 1.
    public func canonicalBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(320)
        func key(_ k: String) { CanonicalValue.writeString(k, into: &out); out.append(UInt8(ascii: ":")) }
        func comma() { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "{"))
        key("author"); CanonicalValue.writeString(author, into: &out); comma()
        key("hlc"); CanonicalValue.writeInt(Int64(hlc), into: &out); comma()
        key("payloadHash"); CanonicalValue.writeString(payloadHash, into: &out); comma()
        key("payloadSize"); CanonicalValue.writeInt(Int64(payloadSize), into: &out); comma()
        if let prev { key("prev"); CanonicalValue.writeString(prev, into: &out); comma() }
        key("seq"); CanonicalValue.writeInt(Int64(seq), into: &out); comma()
        key("type"); CanonicalValue.writeString(type, into: &out); comma()
        key("typeVersion"); CanonicalValue.writeInt(Int64(typeVersion), into: &out); comma()
        key("v"); CanonicalValue.writeInt(Int64(formatVersion), into: &out)
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// The event id: SHA-256 of the canonical header bytes, lowercase hex.
    public var id: String { Hex.sha256(canonicalBytes()) }

    /// Parses canonical header bytes, refusing anything that is not exactly canonical.
    public static func parse(_ bytes: [UInt8]) throws(EventError) -> EventHeader {
        if let fast = parseCanonical(bytes) {
            try fast.validate()
            return fast
        }
        let header: EventHeader
        do {
            header = try JSONBytes.decoder.decode(EventHeader.self, from: JSONBytes.data(bytes))
        } catch {
            throw .malformedHeader("header is not valid envelope JSON (\(error))")
        }
        guard header.canonicalBytes() == bytes else {
            throw .malformedHeader("header bytes are not in canonical form")
        }
        try header.validate()
        return header
    }

    /// Checks field shapes and ranges: hex lengths, seq in `1...maxSeq`, sizes and versions in
    /// range, a non-negative clock, `prev` present exactly when seq > 1. (How far ahead a clock
    /// may be is checked where events are received: ``HybridLogicalClock/isAcceptable(_:nowMillis:)``.)
    public func validate() throws(EventError) {
        guard formatVersion == EventHeader.currentFormat else {
            throw .malformedHeader("unsupported envelope version \(formatVersion)")
        }
        guard Hex.isDigest(author) else { throw .malformedHeader("author is not 64 lowercase hex digits") }
        guard Hex.isDigest(payloadHash) else { throw .malformedHeader("payloadHash is not 64 lowercase hex digits") }
        guard seq >= 1, seq <= EventHeader.maxSeq else {
            throw .malformedHeader("seq \(seq) is outside 1…\(EventHeader.maxSeq)")
        }
        guard payloadSize >= 0, payloadSize <= EventHeader.maxPayloadSize else {
            throw .malformedHeader("payloadSize \(payloadSize) is outside 0…\(EventHeader.maxPayloadSize)")
        }
        guard hlc >= 0 else { throw .malformedHeader("clock \(hlc) is negative") }
        guard typeVersion >= 1, typeVersion <= EventHeader.maxTypeVersion else {
            throw .malformedHeader("typeVersion \(typeVersion) is outside 1…\(EventHeader.maxTypeVersion)")
        }
        guard !type.isEmpty,
            type.utf8.allSatisfy({
                ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A)
            })
        else {
            throw .malformedHeader("type '\(type)' is not an ASCII identifier")
        }
        switch (seq, prev) {
        case (1, nil): break
        case (1, _?): throw .malformedHeader("seq 1 must not have prev")
        case (_, nil): throw .malformedHeader("seq \(seq) has no prev")
        case (_, let p?): guard Hex.isDigest(p) else { throw .malformedHeader("prev is not 64 lowercase hex digits") }
        }
    }
}
