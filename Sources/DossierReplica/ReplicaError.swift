import DossierEvents

/// A use case of ``Replica`` failed in a way the user can act on.
public struct ReplicaError: DossierError {
    /// What kind of failure; extensible.
    public struct Code: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The request itself is malformed (a bad id, the same entity twice): a usage error.
        public static let usage = Code(rawValue: "usage")
        /// Nothing in the store answers to the name or id given.
        public static let notFound = Code(rawValue: "notFound")
        /// The name given matches several things.
        public static let ambiguous = Code(rawValue: "ambiguous")
        /// The store cannot be written where it is.
        public static let readOnlyStore = Code(rawValue: "readOnlyStore")
        /// An input could not be read or decoded into articles.
        public static let badInput = Code(rawValue: "badInput")
        /// The store's storage failed (a file missing after it was written, permissions, space).
        public static let io = Code(rawValue: "io")
    }

    /// What kind of failure.
    public var code: Code
    /// What failed and what to do.
    public var message: String
    /// The underlying error, if any.
    public var cause: (any Error & Sendable)?

    /// A failure with its code, message and optional cause.
    public init(_ code: Code, _ message: String, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String { message }

    /// A malformed request is a usage error.
    public var isUsage: Bool { code == .usage }

    static func usage(_ message: String) -> ReplicaError { ReplicaError(.usage, message) }
    static func notFound(_ message: String) -> ReplicaError { ReplicaError(.notFound, message) }
}
