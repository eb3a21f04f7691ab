import DossierEvents
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

        var out = SegmentHeader(sealed: true, author: header.author, number: number, firstSeq: header.firstSeq).encoded()
        var blocks: [BlockEntry] = []
        var locations: [(Int, Int, Int)] = []
        var seq = header.firstSeq
        var index = 0
        let records = scan.records
        let endOffsets = records.indices.map { $0 + 1 < records.count ? records[$0 + 1].offset : scan.validEnd }
        while index < records.count {
            let blockStart = records[index].offset
            var blockEnd = blockStart
            let firstSeq = seq
            var events = 0
            while index < records.count, blockEnd - blockStart < options.blockSize {
                if case .commit = records[index].record {} else {
                    locations.append((seq, blocks.count, records[index].offset - blockStart))
                    seq += 1
                    events += 1
                }
                blockEnd = endOffsets[index]
                index += 1
            }
            let compressed = Zlib.compress(bytes[blockStart..<blockEnd], level: options.compressionLevel)
            blocks.append(BlockEntry(offset: out.count, compressedSize: compressed.count, rawSize: blockEnd - blockStart,
                                     firstSeq: events > 0 ? firstSeq : 0, events: events))
            out.appendLE(UInt32(compressed.count))
            out.appendLE(UInt32(blockEnd - blockStart))
            out.appendLE(Zlib.crc32(compressed[...]))
            out.append(contentsOf: compressed)
        }
        let footer = SealedFooter(blocks: blocks, firstSeq: header.firstSeq, lastSeq: lastCommit.lastSeq,
                                  eventCount: lastCommit.lastSeq - header.firstSeq + 1, lastId: lastCommit.lastIdHex)
        out.append(contentsOf: footer.encoded())

        let tmp = sealedPath + ".tmp"
        try FS.remove(tmp)
        let file = try RawFile.open(tmp, flags: O_WRONLY | O_CREAT | O_TRUNC)
        try file.write(out, at: 0)
        if options.fsync { try file.sync() }
        try FS.rename(tmp, sealedPath)
        if options.fsync { try FS.syncDirectory(folder) }
        try FS.remove(openPath)
        if options.fsync { try FS.syncDirectory(folder) }
        let state = SegmentState(number: number, sealed: true, firstSeq: header.firstSeq, lastSeq: lastCommit.lastSeq,
                                 bytes: out.count, rawBytes: scan.validEnd - SegmentHeader.size)
        return Result(state: state, locations: locations)
    }
}
