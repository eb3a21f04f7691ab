import DossierEvents

#if canImport(Glibc)
    import Glibc
#endif

extension SegmentReader {
    /// Reads the single event at `location`, checking it is (`author`, `seq`).
    static func event(folder: String, location: EventLocation, author: String, seq: Int) throws -> Event? {
        if location.block == EventLocation.openSegment {
            let path = folder + "/" + SegmentName.open(location.segment)
            guard FS.exists(path) else { return nil }
            let file = try RawFile.open(path, flags: O_RDONLY)
            let head = try file.read(at: location.offset, count: 4)
            guard head.count == 4 else { return nil }
            let length = Int(head.readLE32(0))
            guard length <= Record.maxContent else { return nil }
            let bytes = try file.read(at: location.offset, count: length + 8)
            return try bytes.withUnsafeBytes { buffer -> Event? in
                guard case .record(let record, _) = FrameReader.read(buffer, at: 0) else { return nil }
                return try decodeEvent(record, file: path, offset: location.offset, author: author, expected: seq)
            }
        }
        let path = folder + "/" + SegmentName.sealed(location.segment)
        let file = try RawFile.open(path, flags: O_RDONLY)
        let (footer, _) = try SealedFooter.read(file, name: path)
        guard location.block < footer.blocks.count else { return nil }
        let raw = try readBlock(file, footer.blocks[location.block], index: location.block, path: path)
        guard location.offset < raw.count else { return nil }
        return try raw.withUnsafeBytes { buffer -> Event? in
            guard case .record(let record, _) = FrameReader.read(buffer, at: location.offset) else { return nil }
            return try decodeEvent(record, file: path, offset: location.offset, author: author, expected: seq)
        }
    }

    /// Index entries for every committed event of `segment`.
    static func locations(folder: String, segment: SegmentState) throws(LogError) -> [(
        seq: Int, location: EventLocation
    )] {
        var out: [(Int, EventLocation)] = []
        var seq = segment.firstSeq
        func add(_ records: [(offset: Int, record: Record)], block: Int) {
            for (offset, record) in records where seq <= segment.lastSeq {
                if case .commit = record { continue }
                out.append((seq, EventLocation(segment: segment.number, block: block, offset: offset)))
                seq += 1
            }
        }
        if segment.sealed {
            let path = folder + "/" + SegmentName.sealed(segment.number)
            let file = try RawFile.open(path, flags: O_RDONLY)
            let (footer, _) = try SealedFooter.read(file, name: path)
            for (i, block) in footer.blocks.enumerated() {
                add(SegmentScan.scan(try readBlock(file, block, index: i, path: path), from: 0).records, block: i)
            }
        } else {
            let path = folder + "/" + SegmentName.open(segment.number)
            let bytes = try RawFile.open(path, flags: O_RDONLY).readAll()
            add(SegmentScan.scan(bytes, from: SegmentHeader.size).records, block: EventLocation.openSegment)
        }
        return out
    }
}
