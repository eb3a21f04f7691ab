/// The shape every Dossier error has: a code naming the kind of failure, a message that says
/// what failed and what to do, and the underlying error when there is one.
///
/// Front ends translate it at their edge: the command line to an exit status (2 for a usage
/// error, 1 otherwise), the server to an HTTP status.
public protocol DossierError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure; each module's extensible set of codes.
    associatedtype Code: Hashable, Sendable, CustomStringConvertible
    /// The kind of failure.
    var code: Code { get }
    /// What failed (paths, offsets, ids) and what to do.
    var message: String { get }
    /// The underlying error, if any.
    var cause: (any Error & Sendable)? { get }
    /// True when the caller asked for something malformed (bad id, bad option value), not when an operation failed.
    var isUsage: Bool { get }
}

extension DossierError {
    /// No underlying error.
    public var cause: (any Error & Sendable)? { nil }
    /// Not a usage error.
    public var isUsage: Bool { false }
}

extension EventError: DossierError {}
