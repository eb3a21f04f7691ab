import DossierEvents
import DossierLog
import Foundation

/// A trusted replica: a name for people and the Ed25519 key that identifies it.
public struct Peer: Sendable, Codable, Equatable {
    /// Human name, unique in the list (letters, digits, `.`, `_`, `-`).
    public var name: String
    /// The peer's public key, 64 lowercase hex digits.
    public var key: String
    /// When it was added, in wall milliseconds.
    public var added: Int

    /// A peer.
    public init(name: String, key: String, added: Int) {
        self.name = name
        self.key = key
        self.added = added
    }
}

/// The replica's peer list, `<store>/peers.json`: the only keys it accepts connections from.
public struct PeerList: Sendable, Equatable {
    /// The peers, sorted by name.
    public private(set) var peers: [Peer]

    /// The list's file in `store`.
    public static func path(in store: Store) -> String { store.path + "/peers.json" }

    /// An in-memory list.
    public init(peers: [Peer] = []) { self.peers = peers.sorted { $0.name < $1.name } }

    /// Loads the list of `store` (empty when the file does not exist).
    public static func load(from store: Store) throws(SyncError) -> PeerList {
        let path = path(in: store)
        guard FileManager.default.fileExists(atPath: path) else { return PeerList() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SyncError(code: .peers, message: "cannot read \(path); check its permissions")
        }
        do {
            let list = PeerList(peers: try JSONDecoder().decode([Peer].self, from: data))
            for peer in list.peers { try validate(name: peer.name, key: peer.key) }
            return list
        } catch let error as SyncError {
            throw SyncError(
                code: .peers, message: "\(path): \(error.message); fix or remove the entry with `dossier peers remove`")
        } catch {
            throw SyncError(
                code: .peers,
                message: "\(path) is not a valid peer list (\(error)); fix it or delete it and add peers again")
        }
    }

    /// Writes the list into `store` atomically.
    public func save(to store: Store) throws(SyncError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let path = Self.path(in: store)
        do {
            try StoreFiles.writePrivate(Array(try encoder.encode(peers)), to: path)
        } catch {
            throw SyncError(code: .io, message: "cannot write \(path): \(error)")
        }
    }

    /// Checks a peer's name and key.
    public static func validate(name: String, key: String) throws(SyncError) {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        guard !name.isEmpty, name.count <= 64, name.allSatisfy(allowed.contains), name != ".", name != ".." else {
            throw SyncError(
                code: .peers, message: "peer name '\(name)' is invalid: use 1–64 letters, digits, '.', '_' or '-'")
        }
        guard Hex.isDigest(key) else {
            throw SyncError(
                code: .peers,
                message: "'\(key)' is not a replica key: give the 64 hex digits `dossier whoami` prints on that machine"
            )
        }
    }

    /// Adds a peer; refuses a name or key already listed.
    public mutating func add(name: String, key: String, nowMillis: Int) throws(SyncError) {
        let key = key.lowercased()
        try Self.validate(name: name, key: key)
        if let existing = peers.first(where: { $0.name == name }) {
            throw SyncError(
                code: .peers,
                message:
                    "a peer named '\(name)' already exists (key \(AuthorID(existing.key).short)…); remove it first or pick another name"
            )
        }
        if let existing = peers.first(where: { $0.key == key }) {
            throw SyncError(
                code: .peers, message: "key \(AuthorID(key).short)… is already listed as '\(existing.name)'")
        }
        peers.append(Peer(name: name, key: key, added: nowMillis))
        peers.sort { $0.name < $1.name }
    }

    /// Removes the peer named `nameOrKey` (or with that key); returns it.
    @discardableResult
    public mutating func remove(_ nameOrKey: String) throws(SyncError) -> Peer {
        guard let index = peers.firstIndex(where: { $0.name == nameOrKey || $0.key == nameOrKey.lowercased() }) else {
            throw SyncError(code: .peers, message: "no peer named '\(nameOrKey)'; see `dossier peers list`")
        }
        return peers.remove(at: index)
    }

    /// The peer named `nameOrKey`, or with that key.
    public func find(_ nameOrKey: String) -> Peer? {
        peers.first { $0.name == nameOrKey || $0.key == nameOrKey.lowercased() }
    }

    /// The keys, for the authenticator.
    public var keys: Set<String> { Set(peers.map(\.key)) }
}
