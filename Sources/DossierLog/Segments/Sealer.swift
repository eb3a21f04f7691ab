import DossierEvents
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Turns a closed open segment into a sealed one: records compressed in blocks, a footer,
/// written to a temp file, fsynced and renamed over; the open file is removed after.
enum Sealer {
    struct Result {
        var state: SegmentState
        /// (seq, block, offset in block) of every event, for the index.
        var locations: [(seq: Int, block: Int, offset: Int)]
    }

    static func seal(folder: String, number: Int, options: LogOptions) throws(LogError) -> Result {
        let openPath = folder + "/" + SegmentName.open(number)
        let sealedPath = folder + "/" + SegmentName.sealed(number)
        let bytes = try RawFile.open(openPath, flags: O_RDONLY).readAll()
        let header = try SegmentHeader.decode(bytes[...], file: openPath)
        let scan = SegmentScan.scan(bytes, from: SegmentHeader.size)
        guard case .clean = scan.ending, case .commit(let lastCommit)? = scan.records.last?.record else {
            throw LogError.corrupt(openPath, "cannot seal: the segment does not end with a whole commit")
        }

        let built = build(
            author: header.author, number: number, firstSeq: header.firstSeq, raw: bytes, scan: scan,
            lastCommit: lastCommit, options: options)
        let out = built.bytes
        let locations = built.locations
        let tmp = sealedPath + ".tmp"
        try FS.remove(tmp)
        let file = try RawFile.open(tmp, flags: O_WRONLY | O_CREAT | O_TRUNC)
        try file.write(out, at: 0)
        if options.fsync { try file.sync() }
        try FS.rename(tmp, sealedPath)
        if options.fsync { try FS.syncDirectory(folder) }
        try FS.remove(openPath)
        if options.fsync { try FS.syncDirectory(folder) }
        let state = SegmentState(
            number: number, sealed: true, firstSeq: header.firstSeq, lastSeq: lastCommit.lastSeq,
            bytes: out.count, rawBytes: scan.validEnd - SegmentHeader.size)
        return Result(state: state, locations: locations)
    }

    /// Builds the bytes of a sealed segment from framed records (`scan` of `raw`).
    static func build(
        author: String, number: Int, firstSeq: Int, raw: [UInt8], scan: SegmentScan, lastCommit: CommitRecord,
        options: LogOptions
    ) -> (bytes: [UInt8], locations: [(seq: Int, block: Int, offset: Int)]) {
        var out = SegmentHeader(sealed: true, author: author, number: number, firstSeq: firstSeq).encoded()
        // Cut the records into blocks of about `blockSize` raw bytes at record boundaries.
        struct Cut { var start: Int; var end: Int; var firstSeq: Int; var events: Int }
        var cuts: [Cut] = []
        var locations: [(Int, Int, Int)] = []
        var seq = firstSeq
        var index = 0
        let records = scan.records
        let endOffsets = records.indices.map { $0 + 1 < records.count ? records[$0 + 1].offset : scan.validEnd }
        while index < records.count {
            let blockStart = records[index].offset
            var blockEnd = blockStart
            let firstSeq = seq
            var events = 0
            while index < records.count, blockEnd - blockStart < options.blockSize {
                if case .commit = records[index].record {
                } else {
                    locations.append((seq, cuts.count, records[index].offset - blockStart))
                    seq += 1
                    events += 1
                }
                blockEnd = endOffsets[index]
                index += 1
            }
            cuts.append(Cut(start: blockStart, end: blockEnd, firstSeq: events > 0 ? firstSeq : 0, events: events))
        }
        // Compress blocks in parallel (they are independent).
        let compressed = ParallelResults<[UInt8]>(count: cuts.count)
        let source = raw
        let level = options.compressionLevel
        let plan = cuts.map { ($0.start, $0.end) }
        DispatchQueue.concurrentPerform(iterations: plan.count) { i in
            compressed.set(i, Zlib.compress(source[plan[i].0..<plan[i].1], level: level))
        }
        var blocks: [BlockEntry] = []
        for (i, cut) in cuts.enumerated() {
            let data = compressed.get(i)
            blocks.append(
                BlockEntry(
                    offset: out.count, compressedSize: data.count, rawSize: cut.end - cut.start,
                    firstSeq: cut.firstSeq, events: cut.events))
            out.appendLE(UInt32(data.count))
            out.appendLE(UInt32(cut.end - cut.start))
            out.appendLE(Zlib.crc32(data[...]))
            out.append(contentsOf: data)
        }
        let footer = SealedFooter(
            blocks: blocks, firstSeq: firstSeq, lastSeq: lastCommit.lastSeq,
            eventCount: lastCommit.lastSeq - firstSeq + 1, lastId: lastCommit.lastIdHex)
        out.append(contentsOf: footer.encoded())

        return (out, locations)
    }

}
