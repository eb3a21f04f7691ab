import Crypto
import DossierEvents

/// The signed record that closes every batch: the author's Ed25519 signature over the
/// range of sequence numbers it covers and the id of its last event.
///
/// Because every event's header names its predecessor (`prev`), signing the last id signs
/// the whole chain up to it. Content layout (112 bytes):
/// `u64 LE firstSeq | u64 LE lastSeq | 32 bytes lastId | 64 bytes signature`.
struct CommitRecord: Sendable, Equatable {
    static let size = 8 + 8 + 32 + 64
    static let domain = Array("dossier.commit.v1".utf8)

    var firstSeq: Int
    var lastSeq: Int
    var lastId: [UInt8]
    var signature: [UInt8]

    /// The bytes the author signs.
    static func message(author: [UInt8], firstSeq: Int, lastSeq: Int, lastId: [UInt8]) -> [UInt8] {
        var m = domain
        m.append(contentsOf: author)
        m.appendLE(UInt64(firstSeq))
        m.appendLE(UInt64(lastSeq))
        m.append(contentsOf: lastId)
        return m
    }

    /// A commit signed with `key`.
    static func sign(key: Curve25519.Signing.PrivateKey, firstSeq: Int, lastSeq: Int, lastId: String) throws(LogError)
        -> CommitRecord
    {
        let idBytes = Hex.decode(lastId) ?? []
        let message = message(
            author: Array(key.publicKey.rawRepresentation), firstSeq: firstSeq, lastSeq: lastSeq, lastId: idBytes)
        do {
            let signature = try key.signature(for: message)
            return CommitRecord(firstSeq: firstSeq, lastSeq: lastSeq, lastId: idBytes, signature: Array(signature))
        } catch {
            throw LogError(code: .identity, message: "cannot sign commit: \(error)", cause: error)
        }
    }

    /// True when the signature is `author`'s over this commit's fields.
    func verify(author: String) -> Bool {
        guard let authorBytes = Hex.decode(author),
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: authorBytes)
        else { return false }
        let message = CommitRecord.message(author: authorBytes, firstSeq: firstSeq, lastSeq: lastSeq, lastId: lastId)
        return key.isValidSignature(signature, for: message)
    }

    /// The last id as lowercase hex.
    var lastIdHex: String { Hex.encode(lastId) }

    func encode(into out: inout [UInt8]) {
        out.appendLE(UInt64(firstSeq))
        out.appendLE(UInt64(lastSeq))
        out.append(contentsOf: lastId.count == 32 ? lastId : [UInt8](repeating: 0, count: 32))
        out.append(contentsOf: signature.count == 64 ? signature : [UInt8](repeating: 0, count: 64))
    }

    /// Decodes a commit's content; nil when a seq lies outside `1...EventHeader.maxSeq` or the range is reversed.
    static func decode(_ b: UnsafeRawBufferPointer) -> CommitRecord? {
        let first = b.readLE64(0), last = b.readLE64(8)
        guard first >= 1, first <= last, last <= UInt64(EventHeader.maxSeq) else { return nil }
        return CommitRecord(
            firstSeq: Int(first), lastSeq: Int(last), lastId: Array(b[16..<48]), signature: Array(b[48..<112]))
    }
}
