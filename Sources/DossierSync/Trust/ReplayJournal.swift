import DossierEvents
import DossierLog
import Synchronization

/// The signatures a server admitted within the clock-skew window, kept in
/// `<store>/sync/replay.log` (mode 0600) so that a restarted server still refuses a replay.
///
/// One line per admitted request: `<expiry in wall ms> <signature as hex>`. Expired lines are
/// dropped when the journal is loaded (at server start) and whenever it grows past
/// `compactAfterBytes`.
public final class ReplayJournal: Sendable {
    /// The journal file.
    public let path: String
    /// Size past which the journal is rewritten without its expired lines.
    public let compactAfterBytes: Int
    /// Bytes in the file; the lock serializes writers.
    private let size = Mutex(0)

    /// The journal of `store`.
    public init(store: Store, compactAfterBytes: Int = 1 << 20) {
        self.path = store.path + "/sync/replay.log"
        self.compactAfterBytes = compactAfterBytes
    }

    /// The entries not expired at `nowMillis`; rewrites the file with only those.
    public func load(nowMillis: Int) throws(SyncError) -> [(signature: [UInt8], expiresAt: Int)] {
        try size.withLock { (size: inout Int) throws(SyncError) -> [(signature: [UInt8], expiresAt: Int)] in
            let live = try readLive(nowMillis: nowMillis)
            size = try rewrite(live)
            return live
        }
    }

    /// Records an admitted signature valid until `expiresAt`.
    public func record(_ signature: [UInt8], expiresAt: Int, nowMillis: Int) throws(SyncError) {
        try size.withLock { (size: inout Int) throws(SyncError) in
            let line = Array("\(expiresAt) \(Hex.encode(signature))\n".utf8)
            do throws(LogError) {
                try StoreFiles.makePrivateFolders(String(path.dropLast("/replay.log".count)))
                try StoreFiles.appendPrivate(line, to: path)
            } catch {
                throw SyncError(code: .io, message: "cannot record the request in \(path): \(error.message)")
            }
            size += line.count
            if size > compactAfterBytes { size = try rewrite(try readLive(nowMillis: nowMillis)) }
        }
    }

    private func readLive(nowMillis: Int) throws(SyncError) -> [(signature: [UInt8], expiresAt: Int)] {
        let bytes: [UInt8]?
        do { bytes = try StoreFiles.read(path) } catch {
            throw SyncError(code: .io, message: "cannot read \(path): \(error.message)")
        }
        guard let bytes else { return [] }
        var live: [(signature: [UInt8], expiresAt: Int)] = []
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: " "))
            // A torn or damaged line is skipped: it can only make the guard forget one request.
            guard fields.count == 2, fields[0].count <= 16,
                let expiry = Int(String(decoding: fields[0], as: UTF8.self)),
                let signature = Hex.decode(String(decoding: fields[1], as: UTF8.self)), signature.count == 64,
                expiry >= nowMillis
            else { continue }
            live.append((signature, expiry))
        }
        return live
    }

    private func rewrite(_ live: [(signature: [UInt8], expiresAt: Int)]) throws(SyncError) -> Int {
        var out: [UInt8] = []
        for entry in live { out += Array("\(entry.expiresAt) \(Hex.encode(entry.signature))\n".utf8) }
        do throws(LogError) {
            try StoreFiles.makePrivateFolders(String(path.dropLast("/replay.log".count)))
            try StoreFiles.writePrivate(out, to: path)
        } catch {
            throw SyncError(code: .io, message: "cannot rewrite \(path): \(error.message)")
        }
        return out.count
    }
}
