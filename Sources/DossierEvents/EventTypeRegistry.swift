import Foundation

/// Decodes payloads by type and version, upcasting old versions to the current one.
///
/// A shipped schema is never edited: a change is a new `typeVersion` plus an upcaster
/// registered here that turns version n into n+1.
public struct EventTypeRegistry: Sendable {
    /// Turns the payload of one version into the next.
    public typealias Upcaster = @Sendable (CanonicalValue) throws -> CanonicalValue

    private var upcasters: [String: [Int: Upcaster]] = [:]

    /// An empty registry.
    public init() {}

    /// The registry with every upcaster the project ships (none yet: all types are at v1).
    public static let standard = EventTypeRegistry()

    /// Registers the upcaster from `version` to `version + 1` of `type`.
    public mutating func register(type: String, from version: Int, _ upcaster: @escaping Upcaster) {
        upcasters[type, default: [:]][version] = upcaster
    }

    /// Decodes `bytes` written as `typeName` v`version` into the current `P`.
    public func decode<P: EventPayload>(
        _ type: P.Type, typeName: String, version: Int, bytes: [UInt8], eventId: String
    ) throws(EventError) -> P {
        guard typeName == P.eventType else {
            throw EventError(
                code: .malformedPayload,
                message:
                    "event \(eventId) is a \(typeName), not a \(P.eventType)")
        }
        do {
            if version == P.typeVersion {
                if let fast = P.self as? any FastDecodable.Type, let value = fast.fastDecode(bytes) as? P {
                    return value
                }
                return try JSONBytes.decoder.decode(P.self, from: Data(bytes))
            }
            guard version < P.typeVersion else {
                throw EventError(
                    code: .unsupportedVersion,
                    message:
                        "event \(eventId): \(typeName) v\(version) is newer than this build understands (v\(P.typeVersion)); upgrade dossier"
                )
            }
            var value = try JSONBytes.decoder.decode(CanonicalValue.self, from: Data(bytes))
            for v in version..<P.typeVersion {
                guard let step = upcasters[typeName]?[v] else {
                    throw EventError(
                        code: .unsupportedVersion,
                        message:
                            "event \(eventId): no upcaster from \(typeName) v\(v) to v\(v + 1)")
                }
                value = try step(value)
            }
            return try JSONBytes.decoder.decode(P.self, from: Data(value.serialized()))
        } catch let error as EventError {
            throw error
        } catch {
            throw EventError(
                code: .malformedPayload,
                message:
                    "event \(eventId): \(typeName) v\(version) payload does not decode: \(error)")
        }
    }
}
