import DossierEvents

#if canImport(Glibc)
    import Glibc
#endif

extension EventLog {
    /// The last committed (seq, id) of every author held.
    public func versionVector() -> VersionVector {
        var heads: [String: VersionVector.Head] = [:]
        for author in authors { if let h = head(of: author) { heads[author] = .init(seq: h.seq, id: h.id) } }
        return VersionVector(heads: heads)
    }

    /// What a peer whose head for `author` is `seq` lacks, as chunks: whole sealed segments
    /// travel verbatim; a partly held sealed segment and the open tail are re-cut into
    /// compressed record runs ending at signed commits, each at most `maxChunkBytes` raw.
    public func exportChunks(author: String, after seq: Int, maxChunkBytes: Int = 32 << 20) throws -> [LogChunk] {
        guard let log = logForExport(author), log.lastSeq > seq else { return [] }
        var chunks: [LogChunk] = []
        var pending: [UInt8] = []
        var pendingFirst = 0
        var pendingLast = 0
        var uncommittedStart = 0  // size of `pending` at the last commit
        func flush() {
            guard uncommittedStart > 0 else { return }
            let compressed = Zlib.compress(pending[0..<uncommittedStart], level: 4)
            chunks.append(
                LogChunk(
                    author: author, kind: .records, firstSeq: pendingFirst, lastSeq: pendingLast, bytes: compressed))
            pending.removeSubrange(0..<uncommittedStart)
            uncommittedStart = 0
            pendingFirst = 0
        }
        var eventSeq = 0
        for segment in log.segments where segment.lastSeq > seq && segment.lastSeq >= segment.firstSeq {
            let sealedPath = log.folder + "/" + SegmentName.sealed(segment.number)
            if segment.firstSeq > seq, pending.isEmpty, FS.exists(sealedPath) {
                chunks.append(
                    LogChunk(
                        author: author, kind: .sealedSegment, firstSeq: segment.firstSeq, lastSeq: segment.lastSeq,
                        bytes: try RawFile.open(sealedPath, flags: O_RDONLY).readAll()))
                continue
            }
            eventSeq = segment.firstSeq - 1
            try SegmentReader.forEachRecord(folder: log.folder, segment: segment) { record, framed in
                switch record {
                case .event, .redacted:
                    eventSeq += 1
                    guard eventSeq > seq, eventSeq <= segment.lastSeq else { return }
                    if pendingFirst == 0 { pendingFirst = eventSeq }
                    pending.append(contentsOf: framed)
                case .commit(let commit):
                    guard commit.lastSeq > seq, commit.lastSeq <= segment.lastSeq, pendingFirst > 0 else { return }
                    pending.append(contentsOf: framed)
                    uncommittedStart = pending.count
                    pendingLast = commit.lastSeq
                    if pending.count >= maxChunkBytes { flush() }
                }
            }
        }
        flush()
        return chunks
    }

    private func logForExport(_ author: String) -> AuthorLog? { authorLog(author) }
}

extension SegmentReader {
    /// Calls `body` with every committed record of `segment` and its framed bytes.
    static func forEachRecord(folder: String, segment: SegmentState, _ body: (Record, ArraySlice<UInt8>) throws -> Void)
        throws
    {
        func run(_ raw: [UInt8], from start: Int, path: String) throws {
            let scan = SegmentScan.scan(raw, from: start)
            let ends = scan.records.indices.map {
                $0 + 1 < scan.records.count ? scan.records[$0 + 1].offset : scan.validEnd
            }
            for (i, (offset, record)) in scan.records.enumerated() { try body(record, raw[offset..<ends[i]]) }
        }
        let sealedPath = folder + "/" + SegmentName.sealed(segment.number)
        if FS.exists(sealedPath) {
            let file = try RawFile.open(sealedPath, flags: O_RDONLY)
            let (footer, _) = try SealedFooter.read(file, name: sealedPath)
            for (i, block) in footer.blocks.enumerated() {
                try run(try readBlock(file, block, index: i, path: sealedPath), from: 0, path: sealedPath)
            }
        } else {
            let path = folder + "/" + SegmentName.open(segment.number)
            try run(try RawFile.open(path, flags: O_RDONLY).readAll(), from: SegmentHeader.size, path: path)
        }
    }
}
