import DossierEvents
import DossierLog
import Foundation

/// What this replica last learned each peer holds, `<store>/sync/known/<key>.vector` (binary
/// version vector). `bundle create --for PEER` cuts a bundle of what the peer lacks from it.
///
/// A known vector only ever says that a peer holds events this replica holds too: a claimed head
/// is recorded only when this replica holds the same event (same id at that seq). A claim beyond
/// what is held here, or naming another event, is ignored, so a wrong or hostile hint can only make
/// a later bundle larger — never leave out events the peer lacks.
public enum KnownVectors {
    static func folder(_ store: Store) -> String { store.path + "/sync/known" }

    /// The last vector known for `key`, or nil.
    public static func load(_ key: String, store: Store) -> VersionVector? {
        guard Hex.isDigest(key), let data = FileManager.default.contents(atPath: folder(store) + "/" + key + ".vector")
        else { return nil }
        return try? VectorCoding.decode(Array(data))
    }

    /// The heads of `claimed` that this replica can vouch for: those where `localId` gives the same id.
    public static func verified(_ claimed: VersionVector, localId: (String, Int) -> String?) -> VersionVector {
        var out = VersionVector()
        for (author, head) in claimed.heads where head.seq > 0 && localId(author, head.seq) == head.id {
            out.heads[author] = head
        }
        return out
    }

    /// Records that `key` holds at least the heads of `claimed` this replica holds too (see
    /// ``verified(_:localId:)``), merged with what was known: the larger head wins.
    ///
    /// Call it only with a vector that `key` itself vouched for: an answer of an authenticated
    /// exchange with it, or the manifest of a bundle it signed.
    public static func record(
        _ claimed: VersionVector, for key: String, store: Store,
        localId: (String, Int) -> String?
    ) throws(SyncError) {
        guard Hex.isDigest(key) else { throw SyncError(code: .invalid, message: "not a replica key: \(key)") }
        var merged = load(key, store: store) ?? VersionVector()
        for (author, head) in verified(claimed, localId: localId).heads
        where head.seq > (merged.heads[author]?.seq ?? 0) {
            merged.heads[author] = head
        }
        do {
            try StoreFiles.makePrivateFolders(folder(store))
            try StoreFiles.writePrivate(VectorCoding.encode(merged), to: folder(store) + "/" + key + ".vector")
        } catch {
            throw SyncError(
                code: .io,
                message: "cannot record the vector of peer \(AuthorID(key).short)… in \(folder(store)): \(error)")
        }
    }
}
