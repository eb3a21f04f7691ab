import Foundation

/// A stored event: its header, its id and its canonical payload bytes.
///
/// `payload` is `nil` when the payload was erased by redaction; the header (and so the id,
/// chain and signatures) survives.
public struct Event: Sendable, Equatable {
    /// The header the id is computed from.
    public var header: EventHeader
    /// SHA-256 of the canonical header bytes, lowercase hex.
    public var id: String
    /// Canonical payload bytes, or `nil` after redaction.
    public var payload: [UInt8]?

    /// An event whose id is computed from `header`.
    public init(header: EventHeader, payload: [UInt8]?) {
        self.header = header
        self.id = header.id
        self.payload = payload
    }

    /// An event with a known id (from storage that already verified it).
    public init(header: EventHeader, id: String, payload: [UInt8]?) {
        self.header = header
        self.id = id
        self.payload = payload
    }

    /// Checks that the payload hashes to the header's `payloadHash` and has its size.
    public func verifyPayload() throws(EventError) {
        guard let payload else { return }
        guard payload.count == header.payloadSize else {
            throw EventError(
                code: .payloadMismatch,
                message:
                    "event \(id): payload is \(payload.count) bytes, header says \(header.payloadSize)")
        }
        guard Hex.sha256(payload) == header.payloadHash else {
            throw EventError(
                code: .payloadMismatch,
                message:
                    "event \(id): payload does not hash to the header's payloadHash")
        }
    }

    /// Decodes the payload as `P`, upcasting older versions through `registry`.
    public func decode<P: EventPayload>(
        _ type: P.Type, registry: EventTypeRegistry = .standard
    ) throws(EventError) -> P {
        guard let payload else {
            throw EventError(code: .redacted, message: "event \(id): payload was redacted")
        }
        return try registry.decode(
            type, typeName: header.type, version: header.typeVersion, bytes: payload, eventId: id)
    }
}

/// An event before it is placed in a log: type, version and canonical payload bytes.
/// The log fills in author, seq, prev and clock.
public struct EventDraft: Sendable, Equatable {
    /// Event type name.
    public var type: String
    /// Payload schema version.
    public var typeVersion: Int
    /// Canonical payload bytes.
    public var payload: [UInt8]

    /// A draft from a typed payload, encoded canonically.
    public init<P: EventPayload>(_ payload: P) throws(EventError) {
        self.type = P.eventType
        self.typeVersion = P.typeVersion
        do {
            self.payload = try CanonicalJSON.encode(payload)
        } catch {
            throw EventError(code: .unencodable, message: "cannot encode \(P.eventType) canonically: \(error)")
        }
    }

    /// A draft from already-canonical bytes.
    public init(type: String, typeVersion: Int, payload: [UInt8]) {
        self.type = type
        self.typeVersion = typeVersion
        self.payload = payload
    }

    /// The header this draft gets at a position in an author's log.
    public func header(author: String, seq: Int, prev: String?, hlc: Int) -> EventHeader {
        EventHeader(
            type: type, typeVersion: typeVersion, author: author, seq: seq, prev: prev, hlc: hlc,
            payloadHash: Hex.sha256(payload), payloadSize: payload.count)
    }
}
