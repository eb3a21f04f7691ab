import DossierEvents

/// Reads the records of one segment file, open or sealed, checking every CRC.
enum SegmentReader {
    /// Calls `body` with each event record of segment `number`, from `fromSeq`, stopping
    /// after `throughSeq`. Throws at the first damaged byte, naming file and record.
    static func forEachEvent(
        folder: String, number: Int, author: String, fromSeq: Int, throughSeq: Int,
        _ body: (Event) throws -> Void
    ) throws {
        let sealedPath = folder + "/" + SegmentName.sealed(number)
        if FS.exists(sealedPath) {
            try forEachSealed(path: sealedPath, author: author, fromSeq: fromSeq, throughSeq: throughSeq, body)
        } else {
            let openPath = folder + "/" + SegmentName.open(number)
            try forEachOpen(path: openPath, author: author, fromSeq: fromSeq, throughSeq: throughSeq, body)
        }
    }

    static func forEachOpen(path: String, author: String, fromSeq: Int, throughSeq: Int, _ body: (Event) throws -> Void)
        throws
    {
        let bytes: [UInt8]
        do { bytes = try RawFile.open(path, flags: O_RDONLY).readAll() } catch {
            // Sealed between listing and opening: read the sealed file instead.
            let sealed = path.replacingSuffix(".open", with: ".seg")
            if FS.exists(sealed) {
                return try forEachSealed(path: sealed, author: author, fromSeq: fromSeq, throughSeq: throughSeq, body)
            }
            throw error
        }
        let header = try SegmentHeader.decode(bytes[...], file: path)
        let scan = SegmentScan.scan(bytes, from: SegmentHeader.size)
        var expected = header.firstSeq
        for (offset, record) in scan.records {
            guard expected <= throughSeq else { return }
            guard let event = try decodeEvent(record, file: path, offset: offset, author: author, expected: expected)
            else { continue }
            expected += 1
            if event.header.seq >= fromSeq { try body(event) }
        }
        if expected <= throughSeq {
            switch scan.ending {
            case .clean:
                throw LogError.corrupt(path, "ends at seq \(expected - 1), expected events through \(throughSeq)")
            case .torn(let offset, let reason), .damaged(let offset, let reason):
                throw LogError.corrupt(path, "record at offset \(offset) (seq \(expected)): \(reason)")
            }
        }
    }

    static func forEachSealed(
        path: String, author: String, fromSeq: Int, throughSeq: Int, _ body: (Event) throws -> Void
    ) throws {
        let file = try RawFile.open(path, flags: O_RDONLY)
        let header = try SegmentHeader.decode(try file.read(at: 0, count: SegmentHeader.size)[...], file: path)
        guard header.sealed, header.author == author else {
            throw LogError.corrupt(path, "segment header does not match its file name and folder")
        }
        let (footer, _) = try SealedFooter.read(file, name: path)
        guard footer.firstSeq == header.firstSeq else {
            throw LogError.corrupt(path, "footer and header disagree on the first seq")
        }
        for (index, block) in footer.blocks.enumerated() {
            guard block.events > 0 else {
                // A block holding only a commit: check it when the read reaches it.
                if throughSeq >= footer.lastSeq { _ = try readBlock(file, block, index: index, path: path) }
                continue
            }
            let blockLast = block.firstSeq + block.events - 1
            if blockLast < fromSeq { continue }
            if block.firstSeq > throughSeq { return }
            let raw = try readBlock(file, block, index: index, path: path)
            let scan = SegmentScan.scan(raw, from: 0)
            guard case .clean = scan.ending else {
                throw LogError.corrupt(
                    path, "block \(index) (seq \(block.firstSeq)–\(blockLast)) holds a damaged record")
            }
            var expected = block.firstSeq
            for (offset, record) in scan.records {
                guard
                    let event = try decodeEvent(
                        record, file: "\(path) block \(index)", offset: offset, author: author, expected: expected)
                else { continue }
                expected += 1
                if event.header.seq >= fromSeq && event.header.seq <= throughSeq { try body(event) }
            }
        }
    }

    /// Reads, checks and inflates one block.
    static func readBlock(_ file: RawFile, _ block: BlockEntry, index: Int, path: String) throws(LogError) -> [UInt8] {
        let bytes = try file.read(at: block.offset, count: 12 + block.compressedSize)
        guard bytes.count == 12 + block.compressedSize,
            Int(bytes.readLE32(0)) == block.compressedSize, Int(bytes.readLE32(4)) == block.rawSize
        else {
            throw LogError.corrupt(path, "block \(index) header does not match the footer")
        }
        guard bytes.readLE32(8) == Zlib.crc32(bytes[12...]) else {
            throw LogError.corrupt(
                path, "block \(index) (seq \(block.firstSeq)–\(block.firstSeq + block.events - 1)) CRC mismatch")
        }
        guard let raw = Zlib.decompress(bytes[12...], rawSize: block.rawSize) else {
            throw LogError.corrupt(path, "block \(index) does not inflate to \(block.rawSize) bytes")
        }
        return raw
    }

    /// The event in `record`, or `nil` for a commit. Checks author and seq continuity.
    static func decodeEvent(_ record: Record, file: String, offset: Int, author: String, expected: Int) throws -> Event?
    {
        let headerBytes: [UInt8]
        let payload: [UInt8]?
        switch record {
        case .commit: return nil
        case .event(let h, let p): headerBytes = h; payload = p
        case .redacted(let h, _): headerBytes = h; payload = nil
        }
        let header: EventHeader
        do { header = try EventHeader.parse(headerBytes) } catch {
            throw LogError.corrupt(file, "record at offset \(offset): \(error.message)")
        }
        guard header.author == author, header.seq == expected else {
            throw LogError.corrupt(
                file,
                "record at offset \(offset) is \(AuthorID(header.author).short)… seq \(header.seq), expected seq \(expected) of this author"
            )
        }
        return Event(header: header, id: Hex.sha256(headerBytes), payload: payload)
    }
}

extension String {
    func replacingSuffix(_ suffix: String, with replacement: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
    }
}

#if canImport(Glibc)
    import Glibc
#endif
