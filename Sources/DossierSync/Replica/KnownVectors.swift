import DossierEvents
import DossierLog
import Foundation

/// What this replica last learned each peer holds, `<store>/sync/known/<key>.vector` (binary
/// version vector). `bundle create --for PEER` cuts a bundle of what the peer lacks from it.
public enum KnownVectors {
    static func folder(_ store: Store) -> String { store.path + "/sync/known" }

    /// The last vector known for `key`, or nil.
    public static func load(_ key: String, store: Store) -> VersionVector? {
        guard Hex.isDigest(key), let data = FileManager.default.contents(atPath: folder(store) + "/" + key + ".vector") else { return nil }
        return try? VectorCoding.decode(Array(data))
    }

    /// Records that `key` holds at least `vector` (merged with what was known: the larger head wins).
    public static func record(_ vector: VersionVector, for key: String, store: Store) throws(SyncError) {
        guard Hex.isDigest(key) else { throw SyncError(code: .invalid, message: "not a replica key: \(key)") }
        var merged = load(key, store: store) ?? VersionVector()
        for (author, head) in vector.heads where head.seq > (merged.heads[author]?.seq ?? 0) { merged.heads[author] = head }
        do {
            try FileManager.default.createDirectory(atPath: folder(store), withIntermediateDirectories: true)
            try Data(VectorCoding.encode(merged)).write(to: URL(fileURLWithPath: folder(store) + "/" + key + ".vector"), options: .atomic)
        } catch {
            throw SyncError(code: .io, message: "cannot record the vector of peer \(key.prefix(12))… in \(folder(store)): \(error)")
        }
    }
}
