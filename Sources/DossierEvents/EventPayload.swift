/// A typed event payload: what an event says, committed to by the header's `payloadHash`.
///
/// Payloads are encoded with ``CanonicalJSON`` (sorted keys, NFC strings, integers only),
/// so the same payload gives the same bytes on every machine. A shipped payload schema is
/// never edited: a change is a new `typeVersion` plus an upcaster in ``EventTypeRegistry``.
public protocol EventPayload: Codable, Sendable, Equatable {
    /// The event type name written in the header, e.g. `ArticleIngested`.
    static var eventType: String { get }
    /// The current version of this payload's schema.
    static var typeVersion: Int { get }
}
