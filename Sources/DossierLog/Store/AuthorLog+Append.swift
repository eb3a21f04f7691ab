import DossierEvents
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension AuthorLog {
    /// Appends `drafts` as one batch: framed events plus a signed commit, one write, one
    /// fsync. Returns the events once they are durable (acknowledged).
    func append(_ drafts: [EventDraft], signer: Identity, clock: inout HybridLogicalClock, nowMillis: Int)
        throws(LogError) -> [Event]
    {
        guard !drafts.isEmpty else { return [] }
        guard signer.key == author else {
            throw LogError(code: .invalid, message: "only the author can append to its own log")
        }
        if active == nil { try startSegment() }
        guard let current = active else { return [] }

        var buffer: [UInt8] = []
        buffer.reserveCapacity(drafts.reduce(0) { $0 + $1.payload.count + 400 } + 130)
        var events: [Event] = []
        events.reserveCapacity(drafts.count)
        var locations: [(seq: Int, location: EventLocation)] = []
        var seq = lastSeq
        var prev = lastId
        clock.observe(maxHLC)
        for draft in drafts {
            seq += 1
            let header = draft.header(author: author, seq: seq, prev: prev, hlc: clock.tick(nowMillis: nowMillis))
            let headerBytes = header.canonicalBytes()
            let id = Hex.sha256(headerBytes)
            locations.append(
                (
                    seq,
                    EventLocation(
                        segment: current.number, block: EventLocation.openSegment, offset: current.size + buffer.count)
                ))
            Record.event(header: headerBytes, payload: draft.payload).frame(into: &buffer)
            events.append(Event(header: header, id: id, payload: draft.payload))
            prev = id
        }
        let commit = try CommitRecord.sign(key: signer.privateKey, firstSeq: lastSeq + 1, lastSeq: seq, lastId: prev!)
        Record.commit(commit).frame(into: &buffer)
        try writeBatch(
            buffer, segment: current, eventOffsets: locations.map(\.location.offset), lastSeq: seq, lastId: prev!,
            maxHLC: clock.last)
        return events
    }

    /// Appends records of this (foreign) author that were verified by the caller: whole
    /// events continuing the chain, each covered by its signed commit. `framed` holds them
    /// back to back; `eventFrameOffsets` are the offsets of the event frames in it.
    func appendVerified(
        _ framed: [UInt8], eventFrameOffsets: [Int], lastSeq newLastSeq: Int, lastId newLastId: String, maxHLC hlc: Int
    ) throws(LogError) {
        guard !framed.isEmpty else { return }
        if active == nil { try startSegment() }
        guard let current = active else { return }
        try writeBatch(
            framed, segment: current, eventOffsets: eventFrameOffsets.map { current.size + $0 },
            lastSeq: newLastSeq, lastId: newLastId, maxHLC: max(maxHLC, hlc))
    }

    /// Writes one batch to the open segment with a single write and fsync, then updates
    /// the head, the index, and seals the segment when it is full.
    private func writeBatch(
        _ buffer: [UInt8], segment: (file: RawFile, number: Int, size: Int), eventOffsets: [Int],
        lastSeq newLastSeq: Int, lastId newLastId: String, maxHLC hlc: Int
    ) throws(LogError) {
        var current = segment
        do {
            try current.file.write(buffer, at: current.size)
            if options.fsync { try current.file.sync() }
        } catch {
            // Leave the file as it was: a partial batch is never acknowledged.
            try? current.file.truncate(to: current.size)
            throw error
        }
        let firstNew = newLastSeq - eventOffsets.count + 1
        let entries = eventOffsets.enumerated().map { (i, offset) in
            (
                seq: firstNew + i,
                location: EventLocation(segment: current.number, block: EventLocation.openSegment, offset: offset)
            )
        }
        current.size += buffer.count
        publishBatch(active: current, lastSeq: newLastSeq, lastId: newLastId, maxHLC: hlc)
        try? index?.write(entries)
        if current.size >= options.sealThreshold { try closeActiveSegment() }
    }

    /// Creates the next open segment file.
    private func startSegment() throws(LogError) {
        try FS.mkdirs(folder)
        let number = (segments.last?.number ?? 0) + 1
        let path = folder + "/" + SegmentName.open(number)
        let file = try RawFile.open(path, flags: O_RDWR | O_CREAT | O_TRUNC)
        let header = SegmentHeader(sealed: false, author: author, number: number, firstSeq: lastSeq + 1).encoded()
        try file.write(header, at: 0)
        if options.fsync { try file.sync(); try FS.syncDirectory(folder) }
        active = (file, number, header.count)
        appendState(
            SegmentState(
                number: number, sealed: false, firstSeq: lastSeq + 1, lastSeq: lastSeq, bytes: header.count, rawBytes: 0
            ))
    }

    /// Stops appending to the open segment and seals it (in the background if configured).
    func closeActiveSegment() throws(LogError) {
        guard let current = active else { return }
        active = nil
        if options.sealInBackground {
            sealGroup.enter()
            let number = current.number
            DispatchQueue.global().async { [self] in
                defer { sealGroup.leave() }
                do { try sealNow(number: number) } catch let error as LogError { recordSealFailure(error) } catch {}
            }
        } else {
            try sealNow(number: current.number)
        }
    }

    /// Seals segment `number` now and updates state and index.
    func sealNow(number: Int) throws(LogError) {
        let result = try Sealer.seal(folder: folder, number: number, options: options)
        replaceState(result.state)
        try? index?.write(
            result.locations.map { ($0.seq, EventLocation(segment: number, block: $0.block, offset: $0.offset)) })
    }

    /// Forces the open segment to be sealed now (used by tests and `dossier seal`).
    func sealActive() throws(LogError) {
        guard active != nil, let last = segments.last, last.lastSeq >= last.firstSeq else { return }
        let background = options.sealInBackground
        guard let current = active else { return }
        active = nil
        if background { waitForSealing() }
        try sealNow(number: current.number)
    }
}
