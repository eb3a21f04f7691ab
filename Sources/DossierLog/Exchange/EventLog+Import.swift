import DossierEvents
import Foundation

extension EventLog {
    /// Verifies a chunk from a peer completely — frames, canonical headers, ids, payload
    /// hashes, chain continuity with what is held, commit signatures — and only then
    /// appends its new events (one write, one fsync). Events already held are skipped; a
    /// different event at a held position is a fork: kept as evidence, reported, and
    /// nothing after it is taken.
    public func importChunk(_ chunk: LogChunk, nowMillis: Int) throws(LogError) -> ImportOutcome {
        guard mode == .write else { throw LogError(code: .invalid, message: "open the log for writing to import") }
        guard Hex.isDigest(chunk.author) else { throw reject(chunk, "author is not a 64-hex public key") }
        let raw = try inflate(chunk)
        let scan = SegmentScan.scan(raw, from: 0)
        guard case .clean = scan.ending else { throw reject(chunk, "a record is damaged or incomplete (\(describe(scan.ending)))") }

        let held = authorLog(chunk.author)
        let redacted = redactedIds()
        let headSeq = held?.lastSeq ?? 0
        let headId = held?.lastId
        var outcome = ImportOutcome()
        var buffer: [UInt8] = []
        var eventOffsets: [Int] = []
        var pendingNew: [(offset: Int, end: Int, seq: Int)] = []   // new events not yet covered by a commit
        var committedBufferEnd = 0
        var committedSeq = headSeq
        var committedId = headId
        var expected: Int?
        var prevId: String?
        var maxHLC = 0
        var forked = false
        let ends = scan.records.indices.map { $0 + 1 < scan.records.count ? scan.records[$0 + 1].offset : scan.validEnd }

        for (index, (offset, record)) in scan.records.enumerated() {
            let framed = raw[offset..<ends[index]]
            switch record {
            case .event(let headerBytes, _), .redacted(let headerBytes, _):
                let header: EventHeader
                do { header = try EventHeader.parse(headerBytes) } catch { throw reject(chunk, "record \(index + 1): \(error.message)") }
                let id = Hex.sha256(headerBytes)
                guard header.author == chunk.author else { throw reject(chunk, "record \(index + 1) is by another author") }
                if let expected, header.seq != expected { throw reject(chunk, "record \(index + 1) has seq \(header.seq), expected \(expected)") }
                if let prevId, header.prev != prevId { throw reject(chunk, "record \(index + 1) (seq \(header.seq)): chain broken, prev does not name the previous event") }
                if case .event(_, let payload) = record, payload.count != header.payloadSize || Hex.sha256(payload) != header.payloadHash {
                    throw reject(chunk, "record \(index + 1) (seq \(header.seq)): payload does not match its payloadHash (tampered)")
                }
                expected = header.seq + 1
                prevId = id
                maxHLC = max(maxHLC, header.hlc)
                if forked { continue }
                if header.seq <= headSeq {
                    let mine = try heldId(chunk.author, header.seq)
                    if mine == id { outcome.duplicates += 1 } else {
                        outcome.forks.append(ForkEvidence(author: chunk.author, seq: header.seq, heldId: mine, otherId: id, detectedAt: nowMillis))
                        try keepEvidence(outcome.forks.last!, framed: framed)
                        forked = true
                    }
                } else if header.seq == headSeq + 1 || !pendingNew.isEmpty || committedSeq > headSeq {
                    if header.seq == headSeq + 1, header.prev != headId {
                        let evidence = ForkEvidence(author: chunk.author, seq: headSeq, heldId: headId ?? "", otherId: header.prev ?? "", detectedAt: nowMillis)
                        outcome.forks.append(evidence)
                        try keepEvidence(evidence, framed: framed)
                        forked = true
                        continue
                    }
                    pendingNew.append((buffer.count, buffer.count + framed.count, header.seq))
                    eventOffsets.append(buffer.count)
                    if case .event = record, redacted.contains(id) {
                        // Redacted here before it arrived: store the header only.
                        Record.redacted(header: headerBytes, note: Array("redacted on arrival".utf8)).frame(into: &buffer)
                    } else {
                        buffer.append(contentsOf: framed)
                    }
                } else {
                    throw reject(chunk, "starts at seq \(header.seq) but this replica holds \(chunk.author.prefix(12))… only through seq \(headSeq); send from seq \(headSeq + 1)")
                }
            case .commit(let commit):
                guard let last = prevId, commit.lastSeq == (expected ?? 0) - 1, commit.lastIdHex == last, commit.firstSeq <= commit.lastSeq else {
                    throw reject(chunk, "record \(index + 1): commit does not close the events before it")
                }
                guard commit.verify(author: chunk.author) else {
                    throw reject(chunk, "record \(index + 1): commit signature is not valid for author \(chunk.author.prefix(12))… (forged or damaged)")
                }
                if forked || pendingNew.isEmpty { continue }
                buffer.append(contentsOf: framed)
                committedBufferEnd = buffer.count
                committedSeq = commit.lastSeq
                committedId = last
                pendingNew.removeAll()
            }
        }
        if !pendingNew.isEmpty {
            if forked { buffer.removeSubrange(committedBufferEnd...) } else {
                throw reject(chunk, "events from seq \(pendingNew[0].seq) are not covered by a signed commit")
            }
        }
        eventOffsets = eventOffsets.filter { $0 < committedBufferEnd }
        if committedSeq > headSeq, let committedId {
            let log = try writableLog(chunk.author)
            try log.appendVerified(Array(buffer[0..<committedBufferEnd]), eventFrameOffsets: eventOffsets,
                                   lastSeq: committedSeq, lastId: committedId, maxHLC: maxHLC)
            outcome.appended = committedSeq - headSeq
        }
        observeClock(maxHLC)
        return outcome
    }

    /// Every fork kept as evidence in this store.
    public func forks() throws -> [ForkEvidence] {
        let folder = store.path + "/forks"
        guard FS.isDirectory(folder) else { return [] }
        var out: [ForkEvidence] = []
        for name in try FS.list(folder) where name.hasSuffix(".json") {
            let bytes = try RawFile.open(folder + "/" + name, flags: O_RDONLY).readAll()
            if let evidence = try? JSONDecoder().decode(ForkRecord.self, from: Data(bytes)) { out.append(evidence.fork) }
        }
        return out.sorted { ($0.author, $0.seq, $0.otherId) < ($1.author, $1.seq, $1.otherId) }
    }

    private struct ForkRecord: Codable {
        var fork: ForkEvidence
        /// The other event's framed record, hex.
        var record: String
    }

    private func keepEvidence(_ fork: ForkEvidence, framed: ArraySlice<UInt8>) throws(LogError) {
        let folder = store.path + "/forks"
        try FS.mkdirs(folder)
        let record = ForkRecord(fork: fork, record: Hex.encode(framed))
        guard let data = try? JSONEncoder().encode(record) else { return }
        try FS.writeAtomically(Array(data), to: "\(folder)/\(fork.author)-\(fork.seq)-\(fork.otherId.prefix(16)).json")
    }

    private func heldId(_ author: String, _ seq: Int) throws(LogError) -> String {
        do { return try event(author: author, seq: seq).id } catch let error as LogError { throw error } catch {
            throw LogError(code: .corrupt, message: "cannot read held event \(seq) of \(author.prefix(12))…: \(error)")
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
            let name = "sealed segment of \(chunk.author.prefix(12))…"
            let header = try SegmentHeader.decode(chunk.bytes[...], file: name)
            guard header.sealed, header.author == chunk.author else { throw reject(chunk, "segment header does not match the chunk") }
            let (footer, footerStart) = try SealedFooter.read(chunk.bytes, name: name)
            guard footer.blocks.reduce(0, { $0 + $1.rawSize }) <= options.maxInflatedChunkBytes else {
                throw reject(chunk, "claims more than \(options.maxInflatedChunkBytes) bytes once inflated")
            }
            var raw: [UInt8] = []
            for (i, block) in footer.blocks.enumerated() {
                let start = block.offset
                guard start >= SegmentHeader.size, start + 12 + block.compressedSize <= footerStart else { throw reject(chunk, "block \(i) lies outside the segment") }
                let b = chunk.bytes[start..<(start + 12 + block.compressedSize)]
                guard Int(b.readLE32(0)) == block.compressedSize, Int(b.readLE32(4)) == block.rawSize,
                      b.readLE32(8) == Zlib.crc32(b.dropFirst(12)),
                      let inflated = Zlib.decompress(b.dropFirst(12), rawSize: block.rawSize) else {
                    throw reject(chunk, "block \(i) is damaged")
                }
                raw.append(contentsOf: inflated)
            }
            return raw
        }
    }

    private func reject(_ chunk: LogChunk, _ why: String) -> LogError {
        LogError(code: .corrupt, message: "rejected chunk of \(chunk.author.prefix(12))… seq \(chunk.firstSeq)–\(chunk.lastSeq): \(why); nothing from it was stored")
    }

    private func describe(_ ending: SegmentScan.Ending) -> String {
        switch ending {
        case .clean: return "clean"
        case .torn(_, let r), .damaged(_, let r): return r
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
