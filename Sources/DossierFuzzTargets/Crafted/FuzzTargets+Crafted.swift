import DossierEvents
import DossierLog
import DossierSync
import Foundation

/// Structure-aware targets: each builds a valid, signed structure with a test key, applies the
/// fuzz input as field edits (``FieldEdits``), recomputes CRCs and signatures, and feeds the
/// result to the code that receives it from peers. Invariants: no crash; whatever is stored
/// audits clean; the replica can still write; a fork file exists only for a signed fork; known
/// vectors only name events held here; a request is admitted only when signed by a listed key.
extension FuzzTargets {
    /// The wall clock the crafted targets run at (2027-01-15).
    static let craftedNow = 1_800_000_000_000

    /// A fresh writable log in the scratch store.
    static func freshLog() -> EventLog? {
        let (store, _) = store()
        for folder in ["log", "index", "forks", "sync"] {
            try? FileManager.default.removeItem(atPath: store.path + "/" + folder)
        }
        // Durability is not under test here: no fsync, no background sealing (thousands of runs per second).
        var options = LogOptions()
        options.fsync = false
        options.sealInBackground = false
        return try? EventLog(store: store, mode: .write, options: options)
    }

    /// After receiving: the store audits clean, a local write succeeds without trapping, and
    /// fork evidence stays bounded.
    static func checkAfterReceiving(_ log: EventLog) {
        // A proven fork is reported by audit on purpose; anything else is a stored defect.
        let problems = log.audit(nowMillis: craftedNow).issues.filter { !$0.file.hasSuffix("/forks") }
        if !problems.isEmpty { fatalError("received bytes left a store that does not audit: \(problems)") }
        _ = try? log.append(
            [EventDraft(type: "Note", typeVersion: 1, payload: Array("{}".utf8))], nowMillis: craftedNow)
        if log.clock.last > HybridLogicalClock.maxValue { fatalError("the clock left its range: \(log.clock.last)") }
        let forks = (try? log.forks()) ?? []
        if forks.count > EventLog.maxForkEvidencePerAuthor {
            fatalError("\(forks.count) fork files kept for one author")
        }
    }

    /// A chunk of the crafted author's events with edited seqs, clocks, sizes, versions, prev
    /// links, commit ranges, segment header and footer fields; imported after (optionally) a
    /// valid run of the same author, so forks and duplicates are reached.
    public static func craftedChunk(_ bytes: [UInt8]) {
        let edits = FieldEdits(bytes, fields: 30)
        guard let log = freshLog() else { return }
        defer { log.close() }
        let base = CraftedLog(count: 3)
        if edits.flags & 1 != 0 {
            let chunk = LogChunk(
                author: CraftedLog.author.key, kind: .records, firstSeq: 1, lastSeq: 3,
                bytes: CraftedLog.deflate(base.records()))
            guard (try? log.importChunk(chunk, nowMillis: craftedNow)) != nil else {
                fatalError("a valid chunk was refused")
            }
        }
        let continues = edits.flags & 2 != 0
        var run =
            continues
            ? CraftedLog(count: 3, from: 4, prev: base.events[2].id)
            : CraftedLog(count: 3, variant: edits.flags & 4 != 0 ? "other" : "")
        var keepPrev = Set<Int>()
        for k in 0..<3 {
            if let e = edits.value(k) { run.events[k].seq = e.signed }
            if let e = edits.value(3 + k) { run.events[k].hlc = e.signed }
            if let e = edits.value(6 + k) { run.events[k].payloadSize = e.signed }
            if let e = edits.value(9 + k) { run.events[k].typeVersion = e.signed }
            if let e = edits.value(12 + k) {
                run.events[k].prev = Hex.sha256(CraftedLog.le64(e.value)); keepPrev.insert(k)
            }
        }
        run.chain(prev: continues ? base.events[2].id : nil, keepPrev: keepPrev)
        let raw = run.records(first: edits.value(15)?.value, last: edits.value(16)?.value, sign: edits.flags & 8 == 0)
        let first = edits.value(27).map(\.signed) ?? run.events[0].seq
        let last = edits.value(28).map(\.signed) ?? run.events[2].seq
        let bytes: [UInt8]
        let kind: LogChunk.Kind
        if edits.flags & 16 != 0 {
            kind = .sealedSegment
            bytes = CraftedLog.sealedSegment(
                raw, firstSeq: UInt64(truncatingIfNeeded: run.events[0].seq),
                lastSeq: UInt64(truncatingIfNeeded: run.events[2].seq),
                count: 3, lastId: run.events[2].id
            ) { edits.value(17 + $0)?.value }
        } else {
            kind = .records
            bytes = CraftedLog.deflate(raw)
        }
        _ = try? log.importChunk(
            LogChunk(author: CraftedLog.author.key, kind: kind, firstSeq: first, lastSeq: last, bytes: bytes),
            nowMillis: craftedNow)
        checkAfterReceiving(log)
    }

    /// A bundle of the crafted author's events with an edited manifest (creation time, heads —
    /// including a head for an author the bundle does not carry), edited end-frame counts, signed
    /// or not; applied, then its vector recorded as the sender's known vector.
    public static func craftedBundle(_ bytes: [UInt8]) {
        let edits = FieldEdits(bytes, fields: 8)
        guard let log = freshLog() else { return }
        defer { log.close() }
        let run = CraftedLog(count: 3)
        let author = CraftedLog.author.key
        let erin = String(repeating: "e", count: 64)
        var heads: [(String, UInt64, String)] = [(author, edits.value(1)?.value ?? 3, run.events[2].id)]
        if let claim = edits.value(2) { heads.append((erin, claim.value, Hex.sha256(CraftedLog.le64(claim.value)))) }
        heads.sort { $0.0 < $1.0 }
        var manifest: [UInt8] =
            [UInt8(edits.value(6).map { UInt8(truncatingIfNeeded: $0.value) } ?? 1)] + (Hex.decode(author) ?? [])
        manifest += CraftedLog.le64(edits.value(0)?.value ?? UInt64(craftedNow)) + CraftedLog.le32(UInt32(heads.count))
        for (key, seq, id) in heads {
            manifest += (Hex.decode(key) ?? []) + CraftedLog.le64(seq) + (Hex.decode(id) ?? [])
        }
        manifest.append(0)
        let records = CraftedLog.deflate(run.records())
        var chunk: [UInt8] = [2] + Array(author.utf8)
        chunk += CraftedLog.le64(edits.value(3)?.value ?? 1) + CraftedLog.le64(edits.value(4)?.value ?? 3) + records
        var stream = Array("DOSSBNDL".utf8) + [StreamFormat.version]
        stream += frame(1, manifest) + frame(2, chunk)
        var end = CraftedLog.le64(edits.value(5)?.value ?? 1) + CraftedLog.le64(UInt64(records.count))
        if edits.flags & 1 == 0 {
            let digest = Hex.decode(Hex.sha256(stream)) ?? []
            end += [1] + ((try? CraftedLog.author.sign(Array("dossier.stream.v2\n".utf8) + digest)) ?? [])
        } else {
            end += [0]
        }
        stream += frame(3, end)
        // Beside the store (on tmpfs where there is one): written once per input.
        let path = FuzzTargets.scratchFolder + "dossier-fuzz-bundle-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard FileManager.default.createFile(atPath: path, contents: Data(stream)) else { return }
        let trust = TrustPolicy(authors: edits.flags & 2 != 0 ? [author, erin] : [author])
        if let applied = try? SyncBundle.apply(path, to: log, trust: trust, nowMillis: craftedNow) {
            try? KnownVectors.record(applied.senderVector, for: applied.sender, store: log.store) {
                log.syncEventId(author: $0, seq: $1)
            }
            for (key, head) in KnownVectors.load(applied.sender, store: log.store)?.heads ?? [:]
            where log.syncEventId(author: key, seq: head.seq) != head.id {
                fatalError(
                    "a known vector names \(AuthorID(key).short)… at seq \(head.seq), which this replica does not hold")
            }
        }
        checkAfterReceiving(log)
    }

    /// An HTTP sync request's Authorization header with edited date, key, nonce and signature,
    /// judged at an edited server clock: the authenticator must never trap, and admit only a
    /// request signed by a listed key.
    public static func craftedRequest(_ bytes: [UInt8]) {
        let edits = FieldEdits(bytes, fields: 6)
        let listed = CraftedLog.author
        let stranger = try! Identity(name: "stranger", rawPrivateKey: [UInt8](repeating: 5, count: 32))
        let signer = edits.flags & 1 != 0 ? stranger : listed
        let now = edits.value(0)?.signed ?? craftedNow
        let date = edits.value(1)?.signed ?? now
        let nonce = [UInt8](repeating: UInt8(truncatingIfNeeded: edits.value(2)?.value ?? 1), count: 16)
        var authenticator = RequestAuthenticator(
            peers: [listed.key], skewMillis: edits.value(3)?.signed ?? 300_000, maxBodyBytes: 1 << 20)
        var header: String
        if let signature = try? RequestSignature.sign(
            method: "POST", path: "/v1/push", body: [], identity: signer, date: date, nonce: nonce)
        {
            header = signature.headerValue
        } else {
            header = "Dossier key=,date=\(date)"
        }
        if edits.flags & 4 != 0, let raw = edits.value(5) {
            header += ",sig=\(Base64URL.encode(CraftedLog.le64(raw.value)))"
        }
        let length = edits.value(4).map(\.signed)
        if let admitted = try? authenticator.admit(
            authorization: header, method: "POST", path: "/v1/push", contentLength: length, nowMillis: now)
        {
            guard admitted.key == listed.key, signer.key == listed.key else {
                fatalError("admitted a request not signed by a listed key")
            }
        }
    }

    static func frame(_ type: UInt8, _ body: [UInt8]) -> [UInt8] {
        let head = [type] + CraftedLog.le32(UInt32(body.count)) + body
        return head + CraftedLog.le32(CraftedLog.crc(head))
    }
}
