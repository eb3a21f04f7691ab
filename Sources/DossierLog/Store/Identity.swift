import Crypto
import DossierEvents

#if canImport(Glibc)
    import Glibc
#endif

/// A replica's identity: a human name and an Ed25519 key pair. The public key (64 hex
/// digits) is the author id everywhere.
public struct Identity: Sendable {
    /// The human-readable name given at `init`.
    public var name: String
    /// The signing key. Kept in `identity/key`, mode 0600.
    let privateKey: Curve25519.Signing.PrivateKey

    /// The author id: the public key as lowercase hex.
    public var key: String { Hex.encode(privateKey.publicKey.rawRepresentation) }

    /// A fresh identity (the key comes from the system's secure random source).
    public static func generate(name: String) -> Identity {
        Identity(name: name, privateKey: Curve25519.Signing.PrivateKey())
    }

    /// An identity from a raw 32-byte private key (tests and tools pin keys this way).
    public init(name: String, rawPrivateKey: [UInt8]) throws(LogError) {
        do {
            self.init(name: name, privateKey: try Curve25519.Signing.PrivateKey(rawRepresentation: rawPrivateKey))
        } catch {
            throw LogError(code: .identity, message: "not an Ed25519 private key: \(error)")
        }
    }

    init(name: String, privateKey: Curve25519.Signing.PrivateKey) {
        self.name = name
        self.privateKey = privateKey
    }

    /// Signs `message` with the private key.
    public func sign(_ message: [UInt8]) throws(LogError) -> [UInt8] {
        do { return Array(try privateKey.signature(for: message)) } catch {
            throw LogError(code: .identity, message: "cannot sign: \(error)")
        }
    }

    /// Writes the identity into `folder` (created 0700): `name`, `key.pub`, `key` (0600).
    func save(in folder: String) throws(LogError) {
        try FS.mkdirs(folder, mode: 0o700)
        chmod(folder, 0o700)
        try FS.writeAtomically(Array((name + "\n").utf8), to: folder + "/name")
        try FS.writeAtomically(Array((key + "\n").utf8), to: folder + "/key.pub")
        try FS.writeAtomically(
            Array((Hex.encode(privateKey.rawRepresentation) + "\n").utf8), to: folder + "/key", mode: 0o600)
    }

    /// Loads the identity from `folder`, refusing a private key readable by others.
    static func load(from folder: String) throws(LogError) -> Identity {
        let keyPath = folder + "/key"
        guard FS.exists(keyPath) else {
            throw LogError(
                code: .identity, message: "no identity in \(folder): run `dossier init --name YOUR-NAME` first")
        }
        if let mode = FS.fileMode(keyPath), mode & 0o077 != 0 {
            throw LogError(
                code: .identity,
                message:
                    "private key \(keyPath) is readable by others (mode \(String(mode, radix: 8))); run `chmod 600 \(keyPath)` and try again"
            )
        }
        let hex = try FS.readString(keyPath).trimmingWhitespace()
        guard let raw = Hex.decode(hex), raw.count == 32 else {
            throw LogError(
                code: .identity, message: "private key \(keyPath) is not 64 hex digits; restore it from a backup")
        }
        let name = (try? FS.readString(folder + "/name").trimmingWhitespace()) ?? ""
        return try Identity(name: name, rawPrivateKey: raw)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
