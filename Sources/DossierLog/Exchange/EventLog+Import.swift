import DossierEvents
import Foundation

extension EventLog {
    /// Verifies a chunk from a peer completely — frames, canonical headers and their ranges, ids,
    /// payload hashes, clocks, chain continuity with what is held, commit signatures — and only
    /// then appends its new events (one write, one fsync). Events already held are skipped. A
    /// different event at a held position is a fork only when a valid commit signature of its
    /// author covers it; the evidence is then kept (at most ``maxForkEvidencePerAuthor`` files per
    /// author) and nothing after it is taken. Anything else is refused with nothing written.
    public func importChunk(_ chunk: LogChunk, nowMillis: Int) throws(LogError) -> ImportOutcome {
        try requireWriter(to: "import")
        let held = authorLog(chunk.author)
        let heldSeq = held?.lastSeq ?? 0
        let plan = try planImport(chunk, headSeq: heldSeq, headId: held?.lastId, nowMillis: nowMillis)
        var outcome = plan.outcome
        for (fork, framed) in plan.evidence where try keepEvidence(fork, framed: framed) == false {
            outcome.evidenceDropped += 1
        }
        if let newHead = plan.newHead {
            let log = try writableLog(chunk.author)
            try log.appendVerified(
                plan.buffer, eventFrameOffsets: plan.eventOffsets,
                lastSeq: newHead.seq, lastId: newHead.id, maxHLC: plan.maxHLC)
            outcome.appended = newHead.seq - heldSeq
        }
        observeClock(plan.maxHLC)
        return outcome
    }

    /// Verifies `chunk` as ``importChunk(_:nowMillis:)`` would if this replica held `author`'s log up
    /// to `head` (nil: as held now), storing nothing. Returns the head after it.
    ///
    /// Used to verify a whole transfer before storing any of it: `head` carries the position an
    /// earlier chunk of the same transfer would have reached. Events between the held head and
    /// `head` are not readable here, so a chunk that overlaps them is refused.
    public func checkChunk(_ chunk: LogChunk, after head: VersionVector.Head?, nowMillis: Int) throws(LogError)
        -> VersionVector.Head?
    {
        let held = authorLog(chunk.author)
        let heldSeq = held?.lastSeq ?? 0
        let start = head ?? held.flatMap { log in log.lastId.map { VersionVector.Head(seq: log.lastSeq, id: $0) } }
        let plan = try planImport(
            chunk, headSeq: start?.seq ?? 0, headId: start?.id, nowMillis: nowMillis, heldThrough: heldSeq)
        if let newHead = plan.newHead { return VersionVector.Head(seq: newHead.seq, id: newHead.id) }
        return start
    }

    /// Fork evidence files kept per author at most; later forks are reported but not written.
    public static let maxForkEvidencePerAuthor = 16

    /// Every fork kept as evidence in this store.
    public func forks() throws -> [ForkEvidence] {
        let folder = store.path + "/forks"
        guard FS.isDirectory(folder) else { return [] }
        var out: [ForkEvidence] = []
        for name in try FS.list(folder) where name.hasSuffix(".json") {
            let bytes = try RawFile.open(folder + "/" + name, flags: O_RDONLY).readAll()
            if let evidence = try? JSONDecoder().decode(ForkRecord.self, from: Data(bytes)) {
                out.append(evidence.fork)
            }
        }
        return out.sorted { ($0.author, $0.seq, $0.otherId) < ($1.author, $1.seq, $1.otherId) }
    }

    private struct ForkRecord: Codable {
        var fork: ForkEvidence
        /// The other event's framed record, hex.
        var record: String
    }

    /// Writes the evidence file of `fork`; false when the author already has the most files kept.
    private func keepEvidence(_ fork: ForkEvidence, framed: [UInt8]) throws(LogError) -> Bool {
        let folder = store.path + "/forks"
        try FS.mkdirs(folder, mode: 0o700)
        let path = "\(folder)/\(fork.author)-\(fork.seq)-\(EventID(fork.otherId).short).json"
        if FS.exists(path) { return true }
        let kept = (try FS.list(folder)).filter { $0.hasPrefix(fork.author + "-") }.count
        guard kept < EventLog.maxForkEvidencePerAuthor else { return false }
        let record = ForkRecord(fork: fork, record: Hex.encode(framed))
        guard let data = try? JSONEncoder().encode(record) else { return false }
        try FS.writeAtomically(Array(data), to: path, mode: 0o600)
        return true
    }

    private func heldId(_ author: String, _ seq: Int) throws(LogError) -> String {
        do { return try event(author: author, seq: seq).id } catch let error as LogError { throw error } catch {
            throw LogError(code: .io, message: "cannot read held event \(seq) of \(AuthorID(author).short)…: \(error)")
        }
    }
}

/// A chunk verified against a head: what to append and what it proved.
struct ImportPlan {
    /// Framed records to append (events and the commits that sign them).
    var buffer: [UInt8] = []
    /// Offsets of the event frames in `buffer`.
    var eventOffsets: [Int] = []
    /// The head after appending `buffer`; nil when nothing is new.
    var newHead: (seq: Int, id: String)?
    /// Largest clock among the new events.
    var maxHLC = 0
    /// Duplicates and proven forks.
    var outcome = ImportOutcome()
    /// Proven forks with the other event's framed record, to keep as evidence.
    var evidence: [(ForkEvidence, [UInt8])] = []
}

extension EventLog {
    /// Verifies `chunk` against a log held through (`headSeq`, `headId`); stores nothing.
    /// `heldThrough` is the last seq readable in this store (events past it are only assumed held).
    func planImport(
        _ chunk: LogChunk, headSeq: Int, headId: String?, nowMillis: Int,
        heldThrough: Int? = nil
    ) throws(LogError) -> ImportPlan {
        guard Hex.isDigest(chunk.author) else { throw reject(chunk, "author is not a 64-hex public key") }
        let raw = try inflate(chunk)
        let scan = SegmentScan.scan(raw, from: 0)
        guard case .clean = scan.ending else {
            throw reject(chunk, "a record is damaged or incomplete (\(describe(scan.ending)))")
        }

        let readable = heldThrough ?? headSeq
        let redacted = redactedIds()
        var plan = ImportPlan()
        var pendingNew: [Int] = []  // seqs of new events not yet covered by a commit
        var committedEnd = 0
        var committedHLC = 0
        var pendingHLC = 0
        var expected: Int?
        var prevId: String?
        var runStart: Int?  // seq of the first event after the previous commit in this chunk
        // A different event at a held position, waiting for a commit signature that proves it.
        var claimedFork: (evidence: ForkEvidence, framed: [UInt8], record: Int)?
        var forked = false
        let ends = scan.records.indices.map {
            $0 + 1 < scan.records.count ? scan.records[$0 + 1].offset : scan.validEnd
        }

        for (index, (offset, record)) in scan.records.enumerated() {
            let framed = raw[offset..<ends[index]]
            switch record {
            case .event(let headerBytes, _), .redacted(let headerBytes, _):
                let header: EventHeader
                do { header = try EventHeader.parse(headerBytes) } catch {
                    throw reject(chunk, "record \(index + 1): \(error.message)")
                }
                let id = Hex.sha256(headerBytes)
                guard header.author == chunk.author else {
                    throw reject(chunk, "record \(index + 1) is by another author")
                }
                if let expected, header.seq != expected {
                    throw reject(chunk, "record \(index + 1) has seq \(header.seq), expected \(expected)")
                }
                if let prevId, header.prev != prevId {
                    throw reject(
                        chunk,
                        "record \(index + 1) (seq \(header.seq)): chain broken, prev does not name the previous event")
                }
                if case .event(_, let payload) = record,
                    payload.count != header.payloadSize || Hex.sha256(payload) != header.payloadHash
                {
                    throw reject(
                        chunk,
                        "record \(index + 1) (seq \(header.seq)): payload does not match its payloadHash (tampered)")
                }
                expected = header.seq + 1
                prevId = id
                if runStart == nil { runStart = header.seq }
                if forked { continue }
                if header.seq <= headSeq {
                    guard header.seq <= readable else {
                        throw reject(
                            chunk,
                            "record \(index + 1) (seq \(header.seq)) overlaps events an earlier chunk of the same transfer brings"
                        )
                    }
                    let mine = try heldId(chunk.author, header.seq)
                    if mine == id { plan.outcome.duplicates += 1; continue }
                    try checkClock(header, record: index + 1, chunk: chunk, nowMillis: nowMillis)
                    claimedFork = (
                        ForkEvidence(
                            author: chunk.author, seq: header.seq, heldId: mine, otherId: id, detectedAt: nowMillis),
                        Array(framed), index + 1
                    )
                    forked = true
                } else if header.seq == headSeq + 1 || !pendingNew.isEmpty || plan.newHead != nil {
                    if header.seq == headSeq + 1, header.prev != headId {
                        throw reject(
                            chunk,
                            "record \(index + 1) (seq \(header.seq)) does not continue this replica's copy of the log: its prev is not the event held at seq \(headSeq). A fork is recorded only from the conflicting event itself, signed; ask the sender for the run from seq \(headSeq)"
                        )
                    }
                    try checkClock(header, record: index + 1, chunk: chunk, nowMillis: nowMillis)
                    pendingNew.append(header.seq)
                    pendingHLC = max(pendingHLC, header.hlc)
                    plan.eventOffsets.append(plan.buffer.count)
                    if case .event = record, redacted.contains(id) {
                        // Redacted here before it arrived: store the header only.
                        Record.redacted(header: headerBytes, note: Array("redacted on arrival".utf8)).frame(
                            into: &plan.buffer)
                    } else {
                        plan.buffer.append(contentsOf: framed)
                    }
                } else {
                    throw reject(
                        chunk,
                        "starts at seq \(header.seq) but this replica holds \(AuthorID(chunk.author).short)… only through seq \(headSeq); send from seq \(headSeq + 1)"
                    )
                }
            case .commit(let commit):
                // A commit may start before the run it closes (the tail of a batch), never inside it.
                guard let last = prevId, let start = runStart, commit.lastSeq == (expected ?? 0) - 1,
                    commit.lastIdHex == last,
                    commit.firstSeq <= start
                else {
                    throw reject(chunk, "record \(index + 1): commit does not close the events before it")
                }
                runStart = nil
                guard commit.verify(author: chunk.author) else {
                    throw reject(
                        chunk,
                        "record \(index + 1): commit signature is not valid for author \(AuthorID(chunk.author).short)… (forged or damaged)"
                    )
                }
                // The chain from a claimed fork up to this commit is intact, so its signature covers the fork.
                if let claim = claimedFork {
                    plan.outcome.forks.append(claim.evidence)
                    plan.evidence.append((claim.evidence, claim.framed))
                    claimedFork = nil
                }
                if forked || pendingNew.isEmpty { continue }
                plan.buffer.append(contentsOf: framed)
                committedEnd = plan.buffer.count
                committedHLC = max(committedHLC, pendingHLC)
                plan.newHead = (commit.lastSeq, last)
                pendingNew.removeAll()
            }
        }
        if let claim = claimedFork {
            throw reject(
                chunk,
                "record \(claim.record) claims a different event at held seq \(claim.evidence.seq), but no valid commit signature of its author covers it; nothing recorded"
            )
        }
        if !pendingNew.isEmpty {
            guard forked else {
                throw reject(chunk, "events from seq \(pendingNew[0]) are not covered by a signed commit")
            }
            plan.buffer.removeSubrange(committedEnd...)
        }
        plan.eventOffsets = plan.eventOffsets.filter { $0 < committedEnd }
        plan.maxHLC = committedHLC
        return plan
    }

    /// Refuses an event dated further ahead of this machine's clock than the clock accepts.
    private func checkClock(_ header: EventHeader, record: Int, chunk: LogChunk, nowMillis: Int) throws(LogError) {
        guard HybridLogicalClock.isAcceptable(header.hlc, nowMillis: nowMillis) else {
            let ahead = HybridLogicalClock.aheadMillis(header.hlc, nowMillis: nowMillis)
            let hours = ahead == Int.max ? "an absurd time" : "\(ahead / 3_600_000) h"
            throw reject(
                chunk,
                "record \(record) (seq \(header.seq)) is dated \(hours) ahead of this machine's clock (clock value \(header.hlc); at most \(HybridLogicalClock.maxAheadMillis / 3_600_000) h ahead is accepted). If this machine's clock is right, the author's clock is wrong: ask them to fix it"
            )
        }
    }

    private func inflate(_ chunk: LogChunk) throws(LogError) -> [UInt8] {
        guard chunk.bytes.count <= options.maxChunkBytes else {
            throw reject(chunk, "is \(chunk.bytes.count) bytes; the limit is \(options.maxChunkBytes)")
        }
        switch chunk.kind {
        case .records:
            guard let raw = Zlib.inflateBounded(chunk.bytes[...], limit: options.maxInflatedChunkBytes) else {
                throw reject(chunk, "does not inflate, or inflates past \(options.maxInflatedChunkBytes) bytes")
            }
            return raw
        case .sealedSegment:
            let name = "sealed segment of \(AuthorID(chunk.author).short)…"
            let header: SegmentHeader
            let footer: SealedFooter
            let footerStart: Int
            do {
                header = try SegmentHeader.decode(chunk.bytes[...], file: name)
                (footer, footerStart) = try SealedFooter.read(chunk.bytes, name: name)
            } catch { throw reject(chunk, error.message) }
            guard header.sealed, header.author == chunk.author else {
                throw reject(chunk, "segment header does not match the chunk")
            }
            guard footer.blocks.reduce(0, { $0 + $1.rawSize }) <= options.maxInflatedChunkBytes else {
                throw reject(chunk, "claims more than \(options.maxInflatedChunkBytes) bytes once inflated")
            }
            var raw: [UInt8] = []
            for (i, block) in footer.blocks.enumerated() {
                let start = block.offset
                guard start >= SegmentHeader.size, block.compressedSize <= footerStart - start - 12 else {
                    throw reject(chunk, "block \(i) lies outside the segment")
                }
                let b = chunk.bytes[start..<(start + 12 + block.compressedSize)]
                guard Int(b.readLE32(0)) == block.compressedSize, Int(b.readLE32(4)) == block.rawSize,
                    b.readLE32(8) == Zlib.crc32(b.dropFirst(12)),
                    let inflated = Zlib.decompress(b.dropFirst(12), rawSize: block.rawSize)
                else {
                    throw reject(chunk, "block \(i) is damaged")
                }
                raw.append(contentsOf: inflated)
            }
            return raw
        }
    }

    private func reject(_ chunk: LogChunk, _ why: String) -> LogError {
        LogError(
            code: .rejected,
            message:
                "rejected chunk of \(AuthorID(chunk.author).short)… seq \(chunk.firstSeq)–\(chunk.lastSeq): \(why); nothing from it was stored"
        )
    }

    private func describe(_ ending: SegmentScan.Ending) -> String {
        switch ending {
        case .clean: return "clean"
        case .torn(_, let r), .damaged(_, let r): return r
        }
    }
}
