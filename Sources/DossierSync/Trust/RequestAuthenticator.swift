import DossierLog

/// Remembers signatures seen within the clock-skew window so a captured request cannot be replayed.
///
/// In memory; `SyncService` journals every admitted signature to the store (`ReplayJournal`) and
/// seeds the guard from it at start, so a restart does not reopen the window.
public struct ReplayGuard: Sendable {
    private var seen: [[UInt8]: Int] = [:]
    /// Signatures remembered now.
    public var count: Int { seen.count }
    /// Most entries kept; past it the oldest expire early (the date window still bounds replays).
    public let capacity: Int

    /// A guard keeping at most `capacity` signatures.
    public init(capacity: Int = 100_000) { self.capacity = capacity }

    /// Records `signature` until `expiresAt`; false when it was already seen and has not expired.
    public mutating func admit(_ signature: [UInt8], expiresAt: Int, nowMillis: Int) -> Bool {
        if let until = seen[signature], until >= nowMillis { return false }
        if seen.count >= capacity {
            seen = seen.filter { $0.value >= nowMillis }
            if seen.count >= capacity, let oldest = seen.min(by: { $0.value < $1.value }) { seen[oldest.key] = nil }
        }
        seen[signature] = expiresAt
        return true
    }
}

/// The server's decision on a request, before its body is read: pure, with time passed in.
///
/// Order: parse the signature (401), date in the skew window (401), signature over
/// method/path/date/nonce/body hash (401), key in the peer list (401, with the same message as a
/// bad signature, so that a refusal does not tell whether a key is listed), not replayed (401),
/// declared size (413). Only then is the body read, and its SHA-256 compared with the signed one.
public struct RequestAuthenticator: Sendable {
    /// Keys allowed to connect.
    public var peers: Set<String>
    /// Accepted difference between the request's date and the server's clock, in milliseconds.
    public var skewMillis: Int
    /// Largest request body accepted.
    public var maxBodyBytes: Int
    /// Signatures seen within the skew window.
    public var replays = ReplayGuard()

    /// An authenticator for `peers`, ±5 minutes of skew and 256 MiB bodies by default.
    public init(peers: Set<String>, skewMillis: Int = 5 * 60_000, maxBodyBytes: Int = 256 << 20) {
        self.peers = peers
        self.skewMillis = min(max(skewMillis, 0), 24 * 3_600_000)
        self.maxBodyBytes = maxBodyBytes
    }

    /// The one refusal for a signature that does not verify or a key that is not listed.
    public static func notAccepted(method: String, path: String) -> SyncError {
        SyncError(
            code: .badSignature,
            message:
                "the request (\(method) \(path)) is not signed by a key this replica accepts; check that its owner listed your key (`dossier peers add NAME KEY` with the key `dossier whoami` prints on your machine)"
        )
    }

    /// Admits or refuses a request from its headers alone; returns the verified signature.
    public mutating func admit(
        authorization: String?, method: String, path: String, contentLength: Int?,
        nowMillis: Int
    ) throws(SyncError) -> RequestSignature {
        let signature = try RequestSignature.parse(authorization)
        // Both sides are in 0…maxDate (parse and the server's clock), so the difference cannot overflow.
        let now = min(max(nowMillis, 0), RequestSignature.maxDate)
        let skew = signature.date - now
        guard abs(skew) <= skewMillis else {
            throw SyncError(
                code: .clockSkew,
                message:
                    "the request is dated \(signature.date), \(abs(skew) / 1000) s from this server's clock (window ±\(skewMillis / 1000) s); check both clocks"
            )
        }
        do { try signature.verify(method: method, path: path) } catch {
            throw Self.notAccepted(method: method, path: path)
        }
        guard peers.contains(signature.key) else { throw Self.notAccepted(method: method, path: path) }
        guard replays.admit(signature.signature, expiresAt: signature.date + skewMillis, nowMillis: now) else {
            throw SyncError(
                code: .replayed,
                message: "this signed request was already received (replay); each request must be signed anew")
        }
        if let contentLength, contentLength > maxBodyBytes {
            throw .tooLarge("the request body", size: contentLength, limit: maxBodyBytes)
        }
        return signature
    }
}
