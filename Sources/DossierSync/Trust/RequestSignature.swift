import Crypto
import DossierEvents
import DossierLog
import Foundation

/// The signature on an HTTP sync request (`Schemas/sync-protocol.md`): the client's Ed25519 key signs the
/// method, path, date, a nonce and the body's SHA-256.
///
/// Carried in one header: `Authorization: Dossier key=…,date=…,nonce=…,sha256=…,sig=…` (key,
/// nonce, hash and signature in unpadded base64url, date in wall milliseconds).
public struct RequestSignature: Sendable, Equatable {
    /// The signer's key (64 hex digits).
    public var key: String
    /// When the request was signed, in wall milliseconds.
    public var date: Int
    /// 16 random bytes making each request unique.
    public var nonce: [UInt8]
    /// SHA-256 of the body the signer sent.
    public var bodySHA256: [UInt8]
    /// Ed25519 signature over `signedBytes`.
    public var signature: [UInt8]

    /// The header that carries the signature.
    public static let headerName = "Authorization"
    /// The latest date a request may carry: the clock's range (2^53 − 1 packed, about the year 2255).
    public static let maxDate = HybridLogicalClock.maxValue / HybridLogicalClock.counterRange
    /// The scheme word of the header value.
    public static let scheme = "Dossier"

    /// The bytes signed for a request.
    public static func signedBytes(method: String, path: String, date: Int, nonce: [UInt8], bodySHA256: [UInt8])
        -> [UInt8]
    {
        Array(
            "dossier.request.v1\n\(method.uppercased())\n\(path)\n\(date)\n\(Base64URL.encode(nonce))\n\(Hex.encode(bodySHA256))"
                .utf8)
    }

    /// Signs a request with `identity`.
    public static func sign(
        method: String, path: String, body: [UInt8], identity: Identity, date: Int,
        nonce: [UInt8]
    ) throws(SyncError) -> RequestSignature {
        let hash = Array(SHA256.hash(data: body))
        let message = signedBytes(method: method, path: path, date: date, nonce: nonce, bodySHA256: hash)
        let signature: [UInt8]
        do { signature = try identity.sign(message) } catch {
            throw SyncError(code: .invalid, message: "cannot sign the request: \(error.message)")
        }
        return RequestSignature(key: identity.key, date: date, nonce: nonce, bodySHA256: hash, signature: signature)
    }

    /// The header value.
    public var headerValue: String {
        let keyB64 = Base64URL.encode(Hex.decode(key) ?? [])
        return
            "\(Self.scheme) key=\(keyB64),date=\(date),nonce=\(Base64URL.encode(nonce)),sha256=\(Base64URL.encode(bodySHA256)),sig=\(Base64URL.encode(signature))"
    }

    /// Parses a header value; `nil` input or any malformation is an `unsigned` error.
    public static func parse(_ header: String?) throws(SyncError) -> RequestSignature {
        guard let header, !header.isEmpty else {
            throw SyncError(
                code: .unsigned,
                message:
                    "unsigned request: sync requests must carry `Authorization: Dossier key=…,date=…,nonce=…,sha256=…,sig=…` (use `dossier sync`)"
            )
        }
        guard header.hasPrefix(scheme + " ") else {
            throw SyncError(
                code: .unsigned, message: "the Authorization header does not use the Dossier scheme; use `dossier sync`"
            )
        }
        var fields: [String: String] = [:]
        for part in header.dropFirst(scheme.count + 1).split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            fields[pair[0].trimmingCharacters(in: .whitespaces)] = String(pair[1]).trimmingCharacters(in: .whitespaces)
        }
        func field(_ name: String, bytes: Int) throws(SyncError) -> [UInt8] {
            guard let value = fields[name], let decoded = Base64URL.decode(value), decoded.count == bytes else {
                throw SyncError(
                    code: .unsigned,
                    message:
                        "malformed Dossier signature: field `\(name)` is missing or not \(bytes) bytes of base64url")
            }
            return decoded
        }
        let key = try field("key", bytes: 32)
        guard let dateText = fields["date"], dateText.utf8.count <= 16,
            dateText.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            let date = Int(dateText), date <= RequestSignature.maxDate
        else {
            throw SyncError(
                code: .unsigned,
                message:
                    "malformed Dossier signature: field `date` is missing or not wall milliseconds (0…\(RequestSignature.maxDate))"
            )
        }
        return RequestSignature(
            key: Hex.encode(key), date: date, nonce: try field("nonce", bytes: 16),
            bodySHA256: try field("sha256", bytes: 32), signature: try field("sig", bytes: 64))
    }

    /// Checks the signature over method, path and the declared body hash (the body itself is checked later).
    public func verify(method: String, path: String) throws(SyncError) {
        let message = Self.signedBytes(method: method, path: path, date: date, nonce: nonce, bodySHA256: bodySHA256)
        guard let raw = Hex.decode(key), let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: raw),
            publicKey.isValidSignature(signature, for: message)
        else {
            throw SyncError(
                code: .badSignature,
                message:
                    "the request signature does not verify for key \(AuthorID(key).short)… (\(method) \(path)); the request was altered or signed with another key"
            )
        }
    }

    /// Checks that `body` is the one that was signed.
    public func verifyBody(_ body: [UInt8]) throws(SyncError) {
        guard Array(SHA256.hash(data: body)) == bodySHA256 else {
            throw SyncError(
                code: .tampered,
                message:
                    "the request body does not match the SHA-256 its signature covers; it was altered in transit — nothing stored"
            )
        }
    }
}

/// The signature a server puts on its answer, so the client knows which replica answered.
///
/// Header `Dossier-Server: key=…,sig=…` signing `"dossier.response.v1\n" + method + path + request nonce`.
public struct ResponseSignature: Sendable, Equatable {
    /// The server's key (64 hex digits).
    public var key: String
    /// Ed25519 signature.
    public var signature: [UInt8]
    /// The header that carries it.
    public static let headerName = "Dossier-Server"

    static func signedBytes(method: String, path: String, requestNonce: [UInt8]) -> [UInt8] {
        Array("dossier.response.v1\n\(method.uppercased())\n\(path)\n\(Base64URL.encode(requestNonce))".utf8)
    }

    /// Signs the answer to a request that carried `requestNonce`.
    public static func sign(method: String, path: String, requestNonce: [UInt8], identity: Identity) throws(SyncError)
        -> ResponseSignature
    {
        do {
            return ResponseSignature(
                key: identity.key,
                signature: try identity.sign(signedBytes(method: method, path: path, requestNonce: requestNonce)))
        } catch {
            throw SyncError(code: .invalid, message: "cannot sign the response: \(error.message)")
        }
    }

    /// The header value.
    public var headerValue: String {
        "key=\(Base64URL.encode(Hex.decode(key) ?? [])),sig=\(Base64URL.encode(signature))"
    }

    /// Parses and verifies a server's answer header; returns the server's key.
    public static func verify(_ header: String?, method: String, path: String, requestNonce: [UInt8]) throws(SyncError)
        -> String
    {
        var fields: [String: String] = [:]
        for part in (header ?? "").split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1)
            if pair.count == 2 { fields[String(pair[0])] = String(pair[1]) }
        }
        guard let key = fields["key"].flatMap(Base64URL.decode), key.count == 32,
            let sig = fields["sig"].flatMap(Base64URL.decode), sig.count == 64,
            let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: key),
            publicKey.isValidSignature(sig, for: signedBytes(method: method, path: path, requestNonce: requestNonce))
        else {
            throw SyncError(
                code: .badSignature,
                message:
                    "the server's answer is not signed by a Dossier replica (missing or invalid Dossier-Server header); check the URL"
            )
        }
        return Hex.encode(key)
    }
}

/// Unpadded base64url.
public enum Base64URL {
    /// Encodes bytes.
    public static func encode(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(
            of: "/", with: "_"
        )
        .replacingOccurrences(of: "=", with: "")
    }

    /// Decodes, or nil.
    public static func decode(_ text: String) -> [UInt8]? {
        var s = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while s.count % 4 != 0 { s += "=" }
        return Data(base64Encoded: s).map { Array($0) }
    }
}
