import DossierEvents

/// Errors of the log layer. Each message says what failed, where (store, segment file,
/// record, offset) and what to do about it.
public struct LogError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let raw: String
        public var description: String { raw }
        /// A file could not be read, written or synced.
        public static let io = Code(raw: "io")
        /// The store folder is missing or not a Dossier store.
        public static let noStore = Code(raw: "noStore")
        /// Another process holds the store's write lock.
        public static let locked = Code(raw: "locked")
        /// The identity files are missing, malformed or too permissive.
        public static let identity = Code(raw: "identity")
        /// Bytes on disk do not match what was written (CRC, footer, id, chain, signature).
        public static let corrupt = Code(raw: "corrupt")
        /// An event was offered that does not continue the author's log.
        public static let chain = Code(raw: "chain")
        /// Events received from a peer failed verification; nothing of them was stored.
        public static let rejected = Code(raw: "rejected")
        /// Invalid input from a caller.
        public static let invalid = Code(raw: "invalid")
    }

    /// The failure kind.
    public var code: Code
    /// What failed and what to do.
    public var message: String
    /// The underlying error, when there is one.
    public var cause: (any Error & Sendable)?

    public init(code: Code, message: String, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String { message }

    static func io(_ what: String, path: String, errno: Int32) -> LogError {
        LogError(code: .io, message: "\(what) \(path): \(String(cString: strerror(errno)))")
    }

    static func corrupt(_ file: String, _ detail: String) -> LogError {
        LogError(
            code: .corrupt,
            message:
                "\(file): \(detail). Run `dossier audit` for a full report; nothing after this point is served.")
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension LogError: DossierError {
    /// Invalid input from a caller is a usage error.
    public var isUsage: Bool { code == .invalid }
}
