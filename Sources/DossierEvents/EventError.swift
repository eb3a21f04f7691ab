/// Errors of the events layer: malformed envelopes, payloads that don't match their hash,
/// unknown or too-new event types.
public struct EventError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let raw: String
        public var description: String { raw }
        /// The header bytes are not a canonical, well-formed envelope.
        public static let malformedHeader = Code(raw: "malformedHeader")
        /// The payload does not hash to the header's `payloadHash` or has the wrong size.
        public static let payloadMismatch = Code(raw: "payloadMismatch")
        /// The payload bytes could not be decoded as the expected type.
        public static let malformedPayload = Code(raw: "malformedPayload")
        /// The payload could not be encoded canonically (e.g. it holds a float).
        public static let unencodable = Code(raw: "unencodable")
        /// No upcaster brings this version to the current one.
        public static let unsupportedVersion = Code(raw: "unsupportedVersion")
        /// The payload was erased by redaction.
        public static let redacted = Code(raw: "redacted")
    }

    /// The failure kind.
    public var code: Code
    /// What failed and what to do.
    public var message: String

    public var description: String { message }

    /// A header that is not canonical envelope JSON.
    public static func malformedHeader(_ detail: String) -> EventError {
        EventError(code: .malformedHeader, message: "malformed event header: \(detail)")
    }
}
