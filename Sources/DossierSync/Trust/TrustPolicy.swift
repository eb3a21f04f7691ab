import DossierLog

/// Which authors' events a replica stores: its own and those of the keys in its peer list.
///
/// One rule for HTTP and bundles (`Schemas/sync-protocol.md`, "Trust"): a listed peer may relay
/// the events of any author this replica also lists; events of an author nobody here lists are
/// skipped — never stored, never projected — and reported by key, so the user can decide to
/// `dossier peers add` that author.
public struct TrustPolicy: Sendable, Equatable {
    /// The accepted authors (64-hex keys).
    public private(set) var authors: Set<String>
    private var acceptsEveryone = false

    /// A policy accepting exactly `authors`.
    public init(authors: Set<String>) { self.authors = authors }

    /// The policy of a replica whose key is `own` and whose peer list is `peers`.
    public init(own: String, peers: PeerList) { self.authors = peers.keys.union([own]) }

    /// Accepts every author: for in-memory test replicas whose authors are not keys.
    static let unrestricted: TrustPolicy = {
        var policy = TrustPolicy(authors: [])
        policy.acceptsEveryone = true
        return policy
    }()

    /// True when events of `author` may be stored.
    public func accepts(_ author: String) -> Bool { acceptsEveryone || authors.contains(author) }
}
