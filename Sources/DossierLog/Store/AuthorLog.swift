import DossierEvents
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// One author's log in this store: its segments, head and (for writers) the open segment.
final class AuthorLog: Sendable {
    let author: String
    let folder: String
    let options: LogOptions

    /// What changes as the log is loaded, appended to and sealed. The writer, readers sharing
    /// the log and background seals all go through this one lock.
    private struct State: Sendable {
        var segments: [SegmentState] = []
        var lastSeq = 0
        var lastId: String?
        var maxHLC = 0
        var damage: LogError?
        var index: LogIndex?
        var active: (file: RawFile, number: Int, size: Int)?
        var sealFailure: LogError?
    }
    private let state = Mutex(State())

    /// Last committed seq.
    var lastSeq: Int {
        get { state.withLock { $0.lastSeq } }
        set { state.withLock { $0.lastSeq = newValue } }
    }
    /// Last committed id.
    var lastId: String? {
        get { state.withLock { $0.lastId } }
        set { state.withLock { $0.lastId = newValue } }
    }
    /// Last committed seq and id, read together.
    var head: (seq: Int, id: String?) { state.withLock { ($0.lastSeq, $0.lastId) } }
    /// Largest clock value seen in this log.
    var maxHLC: Int {
        get { state.withLock { $0.maxHLC } }
        set { state.withLock { $0.maxHLC = newValue } }
    }
    /// Damage found while loading for reading: events past it are not served.
    private(set) var damage: LogError? {
        get { state.withLock { $0.damage } }
        set { state.withLock { $0.damage = newValue } }
    }
    var index: LogIndex? {
        get { state.withLock { $0.index } }
        set { state.withLock { $0.index = newValue } }
    }

    /// The open segment appended to by this process.
    var active: (file: RawFile, number: Int, size: Int)? {
        get { state.withLock { $0.active } }
        set { state.withLock { $0.active = newValue } }
    }
    /// Background seals in flight.
    let sealGroup = DispatchGroup()

    var segments: [SegmentState] { state.withLock { $0.segments } }

    func appendState(_ segment: SegmentState) { state.withLock { $0.segments.append(segment) } }

    func replaceState(_ segment: SegmentState) {
        state.withLock {
            if let i = $0.segments.firstIndex(where: { $0.number == segment.number }) { $0.segments[i] = segment }
        }
    }

    /// Publishes a written batch at once: the open segment's new size, the head and the clock,
    /// and the open segment's state.
    func publishBatch(active: (file: RawFile, number: Int, size: Int), lastSeq: Int, lastId: String, maxHLC: Int) {
        state.withLock {
            $0.active = active
            $0.lastSeq = lastSeq
            $0.lastId = lastId
            $0.maxHLC = maxHLC
            guard var last = $0.segments.last, !last.sealed else { return }
            last.lastSeq = lastSeq
            last.bytes = active.size
            last.rawBytes = active.size - SegmentHeader.size
            $0.segments[$0.segments.count - 1] = last
        }
    }

    func recordSealFailure(_ error: LogError) { state.withLock { $0.sealFailure = error } }

    /// Waits for background seals (one that failed leaves its segment open, sealed next time; see `sealFailure`).
    func waitForSealing() {
        sealGroup.wait()
    }

    /// A background seal that failed, if any (the open file stays and is sealed next time).
    var sealFailure: LogError? { state.withLock { $0.sealFailure } }

    init(author: String, folder: String, options: LogOptions) {
        self.author = author
        self.folder = folder
        self.options = options
    }

    // MARK: Loading

    /// Reads the segment files. With `recover`, repairs a torn tail (truncating it) and
    /// re-commits or drops trailing uncommitted events; returns what it did, in words.
    func load(recover: Bool, signer: Identity?) throws(LogError) -> [String] {
        var notes: [String] = []
        var numbers: [Int: (open: Bool, sealed: Bool)] = [:]
        for name in try FS.list(folder) {
            if name.hasSuffix(".tmp") {
                if recover {
                    try FS.remove(folder + "/" + name); notes.append("removed unfinished file \(folder)/\(name)")
                }
                continue
            }
            guard let (n, sealed) = SegmentName.parse(name) else { continue }
            if FS.isSymlink(folder + "/" + name) {
                throw LogError.corrupt(folder + "/" + name, "is a symbolic link; segment files must be regular files")
            }
            var entry = numbers[n] ?? (false, false)
            if sealed { entry.sealed = true } else { entry.open = true }
            numbers[n] = entry
        }
        let ordered = numbers.keys.sorted()
        var states: [SegmentState] = []
        var pendingSeal: [Int] = []
        for (position, n) in ordered.enumerated() {
            do {
                let isLast = position == ordered.count - 1
                let entry = numbers[n]!
                if entry.sealed {
                    if entry.open && recover {
                        try FS.remove(folder + "/" + SegmentName.open(n))
                        notes.append(
                            "removed \(SegmentName.open(n)) of \(AuthorID(author).short)…: its sealed copy is complete")
                    }
                    let path = folder + "/" + SegmentName.sealed(n)
                    let file = try RawFile.open(path, flags: O_RDONLY)
                    let (footer, footerStart) = try SealedFooter.read(file, name: path)
                    guard footer.firstSeq == lastSeq + 1 else {
                        throw LogError.corrupt(
                            path, "starts at seq \(footer.firstSeq) but the previous segment ends at \(lastSeq)")
                    }
                    let raw = footer.blocks.reduce(0) { $0 + $1.rawSize }
                    states.append(
                        SegmentState(
                            number: n, sealed: true, firstSeq: footer.firstSeq, lastSeq: footer.lastSeq,
                            bytes: try file.size(), rawBytes: raw))
                    _ = footerStart
                    lastSeq = footer.lastSeq
                    lastId = footer.lastId
                    if isLast, let hlc = try lastHLC(sealed: path) { maxHLC = max(maxHLC, hlc) }
                } else {
                    let (state, segNotes) = try loadOpen(number: n, isLast: isLast, recover: recover, signer: signer)
                    notes += segNotes
                    guard let state else { continue }
                    states.append(state)
                    if !isLast && recover { pendingSeal.append(n) }
                    if damage != nil { break }
                }
            } catch {
                // Writers refuse a damaged store; readers serve what precedes the damage and
                // then report it.
                let failure = error as? LogError ?? LogError(code: .corrupt, message: "\(folder): \(error)")
                if recover { throw failure }
                damage = failure
                break
            }
        }
        state.withLock { $0.segments = states }
        for n in pendingSeal {
            try sealNow(number: n);
            notes.append("sealed segment \(n) of \(AuthorID(author).short)… left unsealed by an interrupted run")
        }
        return notes
    }

    private func loadOpen(number n: Int, isLast: Bool, recover: Bool, signer: Identity?) throws(LogError) -> (
        SegmentState?, [String]
    ) {
        var notes: [String] = []
        let path = folder + "/" + SegmentName.open(n)
        let file = try RawFile.open(path, flags: recover ? O_RDWR : O_RDONLY)
        var bytes = try file.readAll()
        if bytes.count < SegmentHeader.size, isLast, recover {
            // Crash while creating the segment: nothing in it was ever acknowledged.
            try FS.remove(path)
            notes.append("removed \(path): created but never written (\(bytes.count) bytes)")
            return (nil, notes)
        }
        let header = try SegmentHeader.decode(bytes[...], file: path)
        guard header.firstSeq == lastSeq + 1, header.author == author, header.number == n else {
            throw LogError.corrupt(
                path,
                "segment header says author \(AuthorID(header.author).short)… segment \(header.number) from seq \(header.firstSeq); expected segment \(n) from seq \(lastSeq + 1)"
            )
        }
        var scan = SegmentScan.scan(bytes, from: SegmentHeader.size)
        switch scan.ending {
        case .clean: break
        case .damaged(_, let reason):
            let error = LogError.corrupt(path, reason)
            if recover {
                throw LogError(
                    code: .corrupt,
                    message: error.message
                        + " The store is not opened for writing so that nothing is lost; restore this segment from a peer or backup."
                )
            }
            damage = error
        case .torn(let offset, let reason):
            if recover && isLast {
                try file.truncate(to: offset)
                if options.fsync { try file.sync() }
                notes.append(
                    "recovered \(path): truncated a torn tail of \(bytes.count - offset) bytes at offset \(offset) (\(reason))"
                )
                bytes.removeSubrange(offset...)
            } else if !isLast {
                damage = LogError.corrupt(path, reason)
            }
        }
        // Committed prefix: events up to the last valid commit.
        var seq = lastSeq
        var prev = lastId
        var committedSeq = lastSeq
        var committedId = lastId
        var committedEnd = SegmentHeader.size
        var uncommitted: [(id: String, hlc: Int)] = []
        for (offset, record) in scan.records {
            switch record {
            case .event(let h, _), .redacted(let h, _):
                guard let eh = try? EventHeader.parse(h), eh.seq == seq + 1, eh.prev == prev, eh.author == author else {
                    let e = LogError.corrupt(
                        path, "record at offset \(offset) does not continue the chain after seq \(seq)")
                    if recover { throw e }
                    damage = e
                    break
                }
                seq = eh.seq
                prev = Hex.sha256(h)
                uncommitted.append((prev!, eh.hlc))
            case .commit(let c):
                guard c.lastSeq == seq, c.lastIdHex == prev else {
                    let e = LogError.corrupt(
                        path, "commit at offset \(offset) covers seq \(c.lastSeq), events end at \(seq)")
                    if recover { throw e }
                    damage = e
                    break
                }
                committedSeq = seq
                committedId = prev
                committedEnd = offset + Record.overhead + CommitRecord.size
                for u in uncommitted { maxHLC = max(maxHLC, u.hlc) }
                uncommitted.removeAll()
            }
            if damage != nil { break }
        }
        if !uncommitted.isEmpty, recover, isLast {
            if let signer, signer.key == author {
                // Our own whole events whose commit was torn off: sign them now.
                let commit = try CommitRecord.sign(
                    key: signer.privateKey, firstSeq: committedSeq + 1, lastSeq: seq, lastId: prev!)
                let framed = Record.commit(commit).framed
                try file.write(framed, at: bytes.count)
                if options.fsync { try file.sync() }
                bytes.append(contentsOf: framed)
                for u in uncommitted { maxHLC = max(maxHLC, u.hlc) }
                notes.append(
                    "recovered \(path): \(uncommitted.count) whole events (seq \(committedSeq + 1)–\(seq)) had lost their commit; signed a new one"
                )
                committedSeq = seq
                committedId = prev
            } else {
                try file.truncate(to: committedEnd)
                if options.fsync { try file.sync() }
                notes.append(
                    "recovered \(path): dropped \(uncommitted.count) unsigned events after seq \(committedSeq)")
                bytes.removeSubrange(committedEnd...)
            }
            scan = SegmentScan.scan(bytes, from: SegmentHeader.size)
        }
        lastSeq = committedSeq
        lastId = committedId
        let state = SegmentState(
            number: n, sealed: false, firstSeq: header.firstSeq, lastSeq: committedSeq,
            bytes: bytes.count, rawBytes: bytes.count - SegmentHeader.size)
        if recover && isLast { active = (file, n, bytes.count) }
        return (state, notes)
    }

    private func lastHLC(sealed path: String) throws(LogError) -> Int? {
        let file = try RawFile.open(path, flags: O_RDONLY)
        let (footer, _) = try SealedFooter.read(file, name: path)
        guard let index = footer.blocks.lastIndex(where: { $0.events > 0 }) else { return nil }
        let raw = try SegmentReader.readBlock(file, footer.blocks[index], index: index, path: path)
        var best: Int?
        for (_, record) in SegmentScan.scan(raw, from: 0).records {
            if case .event(let h, _) = record, let eh = try? EventHeader.parse(h) { best = max(best ?? 0, eh.hlc) }
            if case .redacted(let h, _) = record, let eh = try? EventHeader.parse(h) { best = max(best ?? 0, eh.hlc) }
        }
        return best
    }
}
