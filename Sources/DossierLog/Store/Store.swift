import DossierEvents

#if canImport(Glibc)
    import Glibc
#endif

/// A Dossier store folder.
///
/// ```
/// <store>/STORE              marker: "dossier store 1"
/// <store>/identity/          name, key.pub, key (0600)
/// <store>/log/<author>/      segment files 00000001.seg … 0000000N.open
/// <store>/index/<author>.idx (author, seq) → position; rebuildable
/// <store>/LOCK               held (flock) by the process writing
/// ```
public struct Store: Sendable {
    /// The store folder.
    public let path: String

    static let marker = "dossier store 1"

    var markerPath: String { path + "/STORE" }
    var identityFolder: String { path + "/identity" }
    var logFolder: String { path + "/log" }
    var indexFolder: String { path + "/index" }
    var lockPath: String { path + "/LOCK" }
    /// Where layers above the log keep their files (projection, caches).
    public var dataFolder: String { path }

    /// True when `path` holds a store.
    public static func exists(at path: String) -> Bool { FS.exists(path + "/STORE") }

    /// Opens an existing store, or explains how to create one.
    public static func open(at path: String) throws(LogError) -> Store {
        guard FS.isDirectory(path) else {
            throw LogError(code: .noStore, message: "no store at \(path): run `dossier init` (or pass --store DIR)")
        }
        let store = Store(path: path)
        guard FS.exists(store.markerPath) else {
            throw LogError(
                code: .noStore,
                message: "\(path) exists but is not a Dossier store (no STORE file); pick another --store folder")
        }
        let marker = try FS.readString(store.markerPath).trimmingWhitespace()
        guard marker == Store.marker else {
            throw LogError(
                code: .noStore, message: "\(path) holds an unsupported store format '\(marker)'; upgrade dossier")
        }
        return store
    }

    /// Creates a store with a fresh identity. Refuses when one is already there.
    @discardableResult
    public static func create(at path: String, name: String, identity: Identity? = nil) throws(LogError) -> Store {
        if FS.exists(path + "/STORE") {
            throw LogError(
                code: .invalid, message: "a store already exists at \(path); use it, or pass another --store")
        }
        if FS.exists(path), !FS.isDirectory(path) {
            throw LogError(code: .invalid, message: "\(path) is a file, not a folder; pass another --store")
        }
        try FS.mkdirs(path)
        let store = Store(path: path)
        try FS.mkdirs(store.logFolder)
        try FS.mkdirs(store.indexFolder)
        try (identity ?? Identity.generate(name: name)).save(in: store.identityFolder)
        try FS.writeAtomically(Array((marker + "\n").utf8), to: store.markerPath)
        return store
    }

    /// Opens the store at `path`, creating it (with an identity named `name`) when absent.
    public static func openOrCreate(at path: String, name: String) throws(LogError) -> (Store, created: Bool) {
        if exists(at: path) { return (try open(at: path), false) }
        return (try create(at: path, name: name), true)
    }

    /// The replica's identity.
    public func identity() throws(LogError) -> Identity { try Identity.load(from: identityFolder) }

    /// Takes the write lock; release it by dropping the returned value.
    func lock(wait: Double = 0, onWait: (@Sendable (String) -> Void)? = nil) throws(LogError) -> FileLock {
        try FileLock(path: lockPath, wait: wait, onWait: onWait)
    }
}
