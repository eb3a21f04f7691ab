import DossierEvents
import Foundation

/// What went wrong in the projection, with a message that says what to do.
public struct ProjectionError: Error, Sendable, CustomStringConvertible {
    /// A kind of failure; extensible.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let raw: String
        public var description: String { raw }
        /// SQLite failed (file, disk, lock); the cause is GRDB's `DatabaseError`.
        public static let database = Code(raw: "database")
        /// The projection file is missing or was built by another schema.
        public static let stale = Code(raw: "stale")
        /// A user-supplied SQL statement failed or tried to write.
        public static let sql = Code(raw: "sql")
        /// Bad usage: malformed `--as-of`, unknown export format.
        public static let usage = Code(raw: "usage")
        /// An entity or article named by the user does not exist or is ambiguous.
        public static let notFound = Code(raw: "notFound")
        /// Two ids hashed to the same 63-bit key (never expected; the projection refuses to guess).
        public static let keyCollision = Code(raw: "keyCollision")
        /// Reading the log failed.
        public static let log = Code(raw: "log")
    }

    /// The kind of failure.
    public var code: Code
    /// What failed and what to do, in words.
    public var message: String
    /// The underlying error, e.g. GRDB's `DatabaseError`.
    public var cause: (any Error & Sendable)?

    /// Makes an error.
    public init(code: Code, message: String, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String { message }

    /// SQLite failed while doing `what`.
    static func database(_ what: String, path: String, _ cause: any Error) -> ProjectionError {
        ProjectionError(
            code: .database,
            message: "projection \(path): \(what) failed: \(cause). Run `dossier rebuild` to rebuild it from the log.",
            cause: cause)
    }

    /// `--as-of` could not be parsed.
    static func badAsOf(_ text: String) -> ProjectionError {
        ProjectionError(
            code: .usage,
            message:
                "--as-of '\(text)' is neither an ISO time (2026-03-01, 2026-03-01T12:00:00Z) nor an event id (64 hex digits, or a unique prefix of at least 8)"
        )
    }

    /// Two different ids share a key.
    static func collision(_ kind: String, _ a: String, _ b: String) -> ProjectionError {
        ProjectionError(
            code: .keyCollision,
            message:
                "\(kind) ids \(a) and \(b) share a 63-bit projection key; the projection cannot hold both. Report this with both ids."
        )
    }
}

extension ProjectionError: DossierError {
    /// A malformed `--as-of`, format or id is a usage error.
    public var isUsage: Bool { code == .usage }
}
