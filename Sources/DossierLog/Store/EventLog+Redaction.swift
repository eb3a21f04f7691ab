import DossierEvents

#if canImport(Glibc)
    import Glibc
#endif

/// One event whose payload is to be erased.
public struct RedactionTarget: Sendable, Hashable {
    public var author: String
    public var seq: Int
    public var id: String
    public init(author: String, seq: Int, id: String) { self.author = author; self.seq = seq; self.id = id }
}

extension EventLog {
    /// Erases the payloads of `targets` from this replica's segment files, keeping every
    /// header (so ids, the hash chain and commit signatures still verify). Each affected
    /// segment is rewritten atomically (temp file, fsync, rename, fsync folder); sealed
    /// segments are recompressed. The ids are remembered so that a copy arriving later
    /// from a peer is erased on arrival. `note` (e.g. the redaction event's id) is stored in
    /// place of each payload. Returns how many payloads were erased now.
    @discardableResult
    public func redact(_ targets: [RedactionTarget], note: String) throws(LogError) -> Int {
        try requireWriter(to: "redact")
        try rememberRedactions(Set(targets.map(\.id)))
        var erased = 0
        for (author, group) in Dictionary(grouping: targets, by: \.author) {
            guard let log = authorLog(author) else { continue }
            log.waitForSealing()
            let wanted = Dictionary(group.map { ($0.seq, $0.id) }, uniquingKeysWith: { a, _ in a })
            for segment in log.segments
            where group.contains(where: { $0.seq >= segment.firstSeq && $0.seq <= segment.lastSeq }) {
                erased += try rewrite(log, segment, erasing: wanted, note: Array(note.utf8))
            }
        }
        return erased
    }

    /// Ids of every event whose payload this replica has erased (or will erase on arrival).
    public func redactedIds() -> Set<String> {
        guard let text = try? FS.readString(store.path + "/redactions") else { return [] }
        return Set(text.split(separator: "\n").map(String.init).filter(Hex.isDigest))
    }

    private func rememberRedactions(_ ids: Set<String>) throws(LogError) {
        let known = redactedIds()
        let new = ids.subtracting(known).sorted()
        guard !new.isEmpty else { return }
        let path = store.path + "/redactions"
        let file = try RawFile.open(path, flags: O_WRONLY | O_CREAT | O_APPEND)
        try file.write(Array((new.joined(separator: "\n") + "\n").utf8), at: try file.size())
        try file.sync()
    }

    /// Rewrites one segment with the wanted payloads erased; returns how many it erased.
    private func rewrite(_ log: AuthorLog, _ segment: SegmentState, erasing wanted: [Int: String], note: [UInt8])
        throws(LogError) -> Int
    {
        let sealedPath = log.folder + "/" + SegmentName.sealed(segment.number)
        let openPath = log.folder + "/" + SegmentName.open(segment.number)
        let raw: [UInt8]
        let start: Int
        if segment.sealed {
            let file = try RawFile.open(sealedPath, flags: O_RDONLY)
            let (footer, _) = try SealedFooter.read(file, name: sealedPath)
            var bytes: [UInt8] = []
            for (i, block) in footer.blocks.enumerated() {
                bytes += try SegmentReader.readBlock(file, block, index: i, path: sealedPath)
            }
            raw = bytes
            start = 0
        } else {
            raw = try RawFile.open(openPath, flags: O_RDONLY).readAll()
            start = SegmentHeader.size
        }
        let scan = SegmentScan.scan(raw, from: start)
        guard case .clean = scan.ending else {
            throw LogError.corrupt(
                segment.sealed ? sealedPath : openPath,
                "cannot redact: the segment holds a damaged record; run `dossier audit`")
        }
        var out: [UInt8] = segment.sealed ? [] : Array(raw[0..<start])
        var erased = 0
        var seq = segment.firstSeq - 1
        let ends = scan.records.indices.map {
            $0 + 1 < scan.records.count ? scan.records[$0 + 1].offset : scan.validEnd
        }
        for (i, (offset, record)) in scan.records.enumerated() {
            if case .event(let header, _) = record {
                seq += 1
                if let id = wanted[seq], Hex.sha256(header) == id {
                    Record.redacted(header: header, note: note).frame(into: &out)
                    erased += 1
                    continue
                }
            } else if case .redacted = record {
                seq += 1
            }
            out.append(contentsOf: raw[offset..<ends[i]])
        }
        guard erased > 0 else { return 0 }
        let rescan = SegmentScan.scan(out, from: segment.sealed ? 0 : SegmentHeader.size)
        if segment.sealed {
            guard case .commit(let lastCommit)? = rescan.records.last?.record else { return 0 }
            let built = Sealer.build(
                author: log.author, number: segment.number, firstSeq: segment.firstSeq, raw: out,
                scan: rescan, lastCommit: lastCommit, options: options)
            try FS.writeAtomically(built.bytes, to: sealedPath)
            var state = segment
            state.bytes = built.bytes.count
            state.rawBytes = out.count
            log.replaceState(state)
        } else {
            try FS.writeAtomically(out, to: openPath)
            // The writer's handle still points at the replaced file: reopen it.
            if let active = log.active, active.number == segment.number {
                log.active = (try RawFile.open(openPath, flags: O_RDWR), segment.number, out.count)
            }
            var state = segment
            state.bytes = out.count
            state.rawBytes = out.count - SegmentHeader.size
            log.replaceState(state)
        }
        if let index = log.index {
            var current = segment
            current.sealed = segment.sealed
            try index.write(try SegmentReader.locations(folder: log.folder, segment: current))
        }
        return erased
    }
}
