import DossierEvents
import DossierLog

/// A run of one author's log that a replica should send: everything after `after`.
public struct Want: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The author whose log is wanted.
    public var author: String
    /// The last seq the receiver already holds (0: none).
    public var after: Int

    /// A want.
    public init(author: String, after: Int) {
        self.author = author
        self.after = after
    }

    public var description: String { "\(AuthorID(author).short)… after \(after)" }
}

/// Version-vector negotiation (`Schemas/sync-protocol.md`): what one side must send the other. Pure functions.
public enum Negotiation {
    /// What a replica holding `local` must send to one holding `remote`, authors sorted.
    ///
    /// `localId(author, seq)` gives the id this replica holds at (author, seq). When the remote's
    /// head is an event this replica holds under another id (a fork), the run restarts one event
    /// earlier, so the receiver gets the conflicting event and records the fork as evidence.
    public static func missing(
        in remote: VersionVector, from local: VersionVector,
        localId: (String, Int) -> String?
    ) -> [Want] {
        var wants: [Want] = []
        for author in local.heads.keys.sorted() {
            let mine = local.heads[author]!
            guard mine.seq > 0 else { continue }
            guard let theirs = remote.heads[author], theirs.seq > 0 else {
                wants.append(Want(author: author, after: 0))
                continue
            }
            if theirs.seq > mine.seq {
                // They are ahead; if our head is not on their chain, they will send us the fork.
                continue
            }
            if theirs.seq == mine.seq {
                if theirs.id != mine.id { wants.append(Want(author: author, after: mine.seq - 1)) }
                continue
            }
            let held = localId(author, theirs.seq)
            wants.append(Want(author: author, after: held == theirs.id ? theirs.seq : theirs.seq - 1))
        }
        return wants
    }

    /// True when neither side has anything for the other.
    public static func inSync(_ a: VersionVector, _ b: VersionVector) -> Bool {
        a.delta(from: b).heads.isEmpty
    }
}
