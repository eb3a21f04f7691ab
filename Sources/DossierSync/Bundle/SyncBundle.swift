import DossierEvents
import DossierLog
import Foundation

/// Offline bundles: a sync stream in a file (`Schemas/bundle-format.md`).
public enum SyncBundle {
    /// What creating a bundle wrote.
    public struct Created: Sendable, Codable, Equatable {
        /// The file written.
        public var path: String
        /// Chunks in it.
        public var chunks: Int
        /// Events in it.
        public var events: Int
        /// File size.
        public var bytes: Int
        /// The runs it holds.
        public var wants: [Want]
    }

    /// What applying a bundle did.
    public struct Applied: Sendable, Codable, Equatable {
        /// The bundle's sender key.
        public var sender: String
        /// The sender's vector when the bundle was cut.
        public var senderVector: VersionVector
        /// Chunks applied.
        public var chunks: Int
        /// Events stored.
        public var appended: Int
        /// Events already held.
        public var duplicates: Int
        /// Forks detected.
        public var forks: [ForkEvidence]
        /// Authors whose events were skipped because this replica does not trust them.
        public var untrusted: [String]
    }

    /// Writes a bundle of everything `replica` holds beyond `base` (all of it when `base` is nil)
    /// to `path`, atomically (written to `path.tmp`, then renamed).
    /// The bundle is signed by `signer`, the sending replica.
    public static func create(
        at path: String, replica: any SyncReplica, signer: Identity, base: VersionVector?,
        nowMillis: Int, maxChunkBytes: Int = 32 << 20
    ) throws(SyncError) -> Created {
        let local = replica.syncVector()
        let wants = Negotiation.missing(in: base ?? VersionVector(), from: local) {
            replica.syncEventId(author: $0, seq: $1)
        }
        let manifest = Manifest(kind: .bundle, sender: signer.key, createdAt: nowMillis, heads: local, base: base)
        let tmp = path + ".tmp"
        guard FileManager.default.createFile(atPath: tmp, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = FileHandle(forWritingAtPath: tmp)
        else {
            throw SyncError(code: .io, message: "cannot create \(tmp); check the folder exists and is writable")
        }
        var written = 0, chunks = 0, events = 0
        var chunkBytes = 0
        func write(_ bytes: [UInt8]) throws(SyncError) {
            do { try handle.write(contentsOf: Data(bytes)) } catch {
                throw SyncError(code: .io, message: "cannot write \(tmp): \(error)")
            }
            written += bytes.count
        }
        var writer = StreamWriter()
        do {
            try write(writer.start(manifest))
            for want in wants {
                for chunk in try replica.syncExport(
                    author: want.author, after: want.after, maxChunkBytes: maxChunkBytes)
                {
                    try write(writer.chunk(chunk))
                    chunks += 1
                    events += chunk.lastSeq - chunk.firstSeq + 1
                    chunkBytes += chunk.bytes.count
                }
            }
            try write(writer.end(signer: signer))
            try handle.synchronize()
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: tmp)
            if let error = error as? SyncError { throw error }
            throw SyncError(code: .io, message: "cannot write \(tmp): \(error)")
        }
        guard rename(tmp, path) == 0 else {
            try? FileManager.default.removeItem(atPath: tmp)
            throw SyncError(code: .io, message: "cannot rename \(tmp) to \(path): \(String(cString: strerror(errno)))")
        }
        return Created(path: path, chunks: chunks, events: events, bytes: written, wants: wants)
    }

    /// Reads a bundle file through a decoder, calling `body` for every item; returns whether the
    /// bundle's signature verified against its manifest's sender.
    @discardableResult
    static func read(_ path: String, limits: StreamLimits, _ body: (StreamItem) throws(SyncError) -> Void)
        throws(SyncError) -> Bool
    {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SyncError(code: .io, message: "cannot open bundle \(path); check the path")
        }
        defer { try? handle.close() }
        var decoder = StreamDecoder(limits: limits)
        while true {
            let piece: Data
            do { piece = try handle.read(upToCount: 1 << 20) ?? Data() } catch {
                throw SyncError(code: .io, message: "cannot read \(path): \(error)")
            }
            if piece.isEmpty { break }
            try decoder.feed(piece)
            while let item = try decoder.next() { try body(item) }
        }
        try decoder.finish()
        return decoder.isSigned
    }

    /// Checks a bundle's whole structure (magic, frame CRCs, names, bounds, end frame) and its
    /// sender's signature over every byte, without storing anything.
    public static func verify(_ path: String, limits: StreamLimits = StreamLimits()) throws(SyncError) -> Manifest {
        var manifest: Manifest?
        let signed: Bool
        do throws(SyncError) {
            signed = try read(path, limits: limits) { item throws(SyncError) in
                if case .manifest(let m) = item { manifest = m }
            }
        } catch {
            throw SyncError(code: error.code, message: "\(path): \(error.message)")
        }
        guard let manifest else { throw .malformed("\(path) has no manifest") }
        guard manifest.kind == .bundle else { throw .malformed("\(path) is a \(manifest.kind) stream, not a bundle") }
        guard signed else {
            throw SyncError(
                code: .unsigned,
                message:
                    "\(path) is not signed by its sender; only bundles written by `dossier bundle create` are applied — nothing stored"
            )
        }
        return manifest
    }

    /// Applies a bundle all or nothing: verifies the file and its sender's signature, refuses a
    /// sender this replica does not trust, verifies every chunk (against what is held and the chunks
    /// before it) without storing, and only then stores them in order. Chunks of authors `trust`
    /// does not accept are skipped and named in the result.
    public static func apply(
        _ path: String, to replica: any SyncReplica, trust: TrustPolicy, nowMillis: Int,
        limits: StreamLimits = StreamLimits(),
        progress: ((Int, Int) -> Void)? = nil
    ) throws(SyncError) -> Applied {
        let manifest = try verify(path, limits: limits)
        guard trust.accepts(manifest.sender) else {
            throw SyncError(
                code: .unknownPeer,
                message:
                    "\(path) comes from replica \(manifest.sender), which is not in this replica's peer list; if you trust it, run `dossier peers add NAME \(manifest.sender)` and apply it again. Nothing stored"
            )
        }
        var check = TransferCheck(replica: replica, trust: trust, nowMillis: nowMillis)
        var index = 0
        try read(path, limits: limits) { item throws(SyncError) in
            guard case .chunk(let chunk) = item else { return }
            index += 1
            do throws(SyncError) { _ = try check.check(chunk) } catch {
                throw SyncError(
                    code: error.code,
                    message:
                        "\(path), chunk \(index) (\(AuthorID(chunk.author).short)… \(chunk.firstSeq)…\(chunk.lastSeq)): \(error.message)"
                )
            }
        }
        var reply = PushReply()
        index = 0
        let total = manifest.heads.eventCount
        let signed = try read(path, limits: limits) { item throws(SyncError) in
            guard case .chunk(let chunk) = item, trust.accepts(chunk.author) else { return }
            index += 1
            do throws(SyncError) {
                reply.add(try ChunkImporter.importChunk(chunk, into: replica, trust: trust, nowMillis: nowMillis))
            } catch {
                throw SyncError(
                    code: error.code,
                    message:
                        "\(path), chunk \(index) (\(AuthorID(chunk.author).short)… \(chunk.firstSeq)…\(chunk.lastSeq)) changed after it was verified: \(error.message)"
                )
            }
            progress?(chunk.lastSeq, total)
        }
        guard signed else {
            throw SyncError(
                code: .unsigned, message: "\(path) changed while it was applied; check it and apply it again")
        }
        return Applied(
            sender: manifest.sender, senderVector: manifest.heads, chunks: reply.chunks,
            appended: reply.appended, duplicates: reply.duplicates, forks: reply.forks,
            untrusted: check.untrusted.keys.sorted())
    }
}
