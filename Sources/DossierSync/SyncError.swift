import DossierEvents

/// Errors of the sync layer. Each message says what was refused or failed, and what to do.
public struct SyncError: DossierError, Equatable {
    /// What kind of failure this is; the server maps it to an HTTP status, the CLI to an exit code.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let raw: String
        public var description: String { raw }
        /// The request carried no signature, or a malformed one (HTTP 401).
        public static let unsigned = Code(raw: "unsigned")
        /// The signature does not verify (HTTP 401).
        public static let badSignature = Code(raw: "badSignature")
        /// The request's date is outside the accepted clock-skew window (HTTP 401).
        public static let clockSkew = Code(raw: "clockSkew")
        /// The same signed request was seen before (HTTP 401).
        public static let replayed = Code(raw: "replayed")
        /// The key is not in this replica's peer list (HTTP 403).
        public static let unknownPeer = Code(raw: "unknownPeer")
        /// A body, frame or chunk exceeds its size bound (HTTP 413).
        public static let tooLarge = Code(raw: "tooLarge")
        /// Bytes that do not follow the bundle/stream format (HTTP 400).
        public static let malformed = Code(raw: "malformed")
        /// The body does not match the SHA-256 its signature covers (HTTP 400).
        public static let tampered = Code(raw: "tampered")
        /// The log refused a chunk (verification failed); nothing of it was stored (HTTP 422).
        public static let rejected = Code(raw: "rejected")
        /// The peer list file is unreadable or a peer name/key is invalid.
        public static let peers = Code(raw: "peers")
        /// The network or the remote side failed.
        public static let transport = Code(raw: "transport")
        /// The store is busy (another process holds its write lock) (HTTP 503).
        public static let busy = Code(raw: "busy")
        /// A file could not be read or written.
        public static let io = Code(raw: "io")
        /// A peer took too long to send its request (HTTP 408).
        public static let timeout = Code(raw: "timeout")
        /// Invalid use by a caller (state machine misuse, bad arguments).
        public static let invalid = Code(raw: "invalid")
    }

    /// The failure kind.
    public var code: Code
    /// What failed and what to do.
    public var message: String

    /// An error of kind `code` explained by `message`.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    /// Bytes that do not follow the stream format.
    public static func malformed(_ what: String) -> SyncError {
        SyncError(
            code: .malformed,
            message:
                "malformed sync data: \(what); the file or transfer is damaged or not from dossier — get a fresh copy")
    }

    /// Something over its size bound.
    public static func tooLarge(_ what: String, size: Int, limit: Int) -> SyncError {
        SyncError(
            code: .tooLarge,
            message: "\(what) is \(size) bytes, over the limit of \(limit) bytes; refused without storing anything")
    }
}

extension SyncError {
    /// A caller's misuse (bad arguments) rather than a refused or failed exchange.
    public var isUsage: Bool { code == .invalid }
}
