import DossierEvents
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Checks one segment file on its own: frames, canonical headers, ids, payload hashes,
/// chain links inside the segment, commit coverage and signatures, footer.
struct SegmentAuditor {
    struct Result: Sendable {
        var number: Int
        var firstSeq = 0
        var lastSeq = 0
        /// `prev` of the first event (to check against the previous segment).
        var firstPrev: String?
        var lastId: String?
        var events = 0
        var commits = 0
        var redacted = 0
        var rawBytes = 0
        var issues: [AuditIssue] = []
        var warnings: [String] = []
    }

    let author: String
    let path: String
    let number: Int
    /// The wall clock to compare event clocks with (nil: not compared).
    let nowMillis: Int?

    private var result: Result
    private var expectedSeq: Int
    private var prev: String?
    private var chainKnown = false
    private var uncommittedFrom: Int?
    private var recordNumber = 0
    private var block: Int?

    init(author: String, path: String, number: Int, nowMillis: Int? = nil) {
        self.author = author
        self.path = path
        self.number = number
        self.nowMillis = nowMillis
        result = Result(number: number)
        expectedSeq = 0
    }

    static func audit(author: String, path: String, number: Int, nowMillis: Int? = nil) -> Result {
        var auditor = SegmentAuditor(author: author, path: path, number: number, nowMillis: nowMillis)
        auditor.run()
        return auditor.result
    }

    private mutating func issue(_ problem: String, seq: Int? = nil, record: Int? = nil) {
        result.issues.append(AuditIssue(file: path, record: record, block: block, seq: seq, problem: problem))
    }

    private mutating func run() {
        let file: RawFile
        let header: SegmentHeader
        do {
            file = try RawFile.open(path, flags: O_RDONLY)
            let head = try file.read(at: 0, count: SegmentHeader.size)
            header = try SegmentHeader.decode(head[...], file: path)
        } catch {
            issue(error.message.replacingOccurrences(of: path + ": ", with: ""))
            return
        }
        guard header.author == author, header.number == number else {
            issue("segment header names author \(AuthorID(header.author).short)… segment \(header.number)")
            return
        }
        expectedSeq = header.firstSeq
        result.firstSeq = header.firstSeq
        if header.sealed { auditSealed(file) } else { auditOpen(file) }
        if let from = uncommittedFrom {
            issue("events from seq \(from) to \(expectedSeq - 1) are not covered by a signed commit", seq: from)
        }
        result.lastSeq = expectedSeq - 1
    }

    private mutating func auditOpen(_ file: RawFile) {
        guard let bytes = try? file.readAll() else { issue("cannot read the file"); return }
        let scan = SegmentScan.scan(bytes, from: SegmentHeader.size)
        result.rawBytes += scan.validEnd - SegmentHeader.size
        for (offset, record) in scan.records { check(record, offset: offset) }
        switch scan.ending {
        case .clean: break
        case .torn(let offset, let reason), .damaged(let offset, let reason):
            _ = offset
            issue(
                reason.hasPrefix("record") ? String(reason.drop(while: { $0 != ":" }).dropFirst(2)) : reason,
                seq: expectedSeq, record: scan.records.count + 1)
        }
    }

    private mutating func auditSealed(_ file: RawFile) {
        let footer: SealedFooter
        do { (footer, _) = try SealedFooter.read(file, name: path) } catch {
            issue(error.message.replacingOccurrences(of: path + ": ", with: "")); return
        }
        for (index, entry) in footer.blocks.enumerated() {
            block = index
            recordNumber = 0
            if entry.events > 0 && entry.firstSeq != expectedSeq && chainKnown {
                issue("footer says the block starts at seq \(entry.firstSeq), records continue at \(expectedSeq)")
            }
            guard let bytes = try? file.read(at: entry.offset, count: 12 + entry.compressedSize),
                bytes.count == 12 + entry.compressedSize
            else { issue("block is truncated"); return }
            guard Int(bytes.readLE32(0)) == entry.compressedSize, Int(bytes.readLE32(4)) == entry.rawSize else {
                issue("block header does not match the footer", seq: entry.firstSeq); return
            }
            let crcOK = bytes.readLE32(8) == Zlib.crc32(bytes[12...])
            let raw = Zlib.decompress(bytes[12...], rawSize: entry.rawSize)
            if let raw, crcOK {
                result.rawBytes += raw.count
                let scan = SegmentScan.scan(raw, from: 0)
                for (offset, record) in scan.records { check(record, offset: offset) }
                if scan.ending != .clean {
                    issue("block ends inside a record", seq: expectedSeq, record: scan.records.count + 1); return
                }
                continue
            }
            // Find the exact record the damage reaches: inflate what still inflates and
            // check record CRCs in order.
            let prefix = Zlib.decompressPrefix(bytes[12...], limit: entry.rawSize)
            let scan = SegmentScan.scan(prefix, from: 0)
            let intact = scan.records.count
            for (offset, record) in scan.records.prefix(max(0, intact - (scan.ending == .clean ? 0 : 0))) {
                check(record, offset: offset)
            }
            let what = crcOK ? "does not inflate" : "CRC mismatch in the compressed block"
            issue(
                "\(what): damage reaches this record; the records before it are intact", seq: expectedSeq,
                record: intact + 1)
            return
        }
        block = nil
        if footer.lastSeq != expectedSeq - 1 || footer.eventCount != result.events + result.redacted {
            issue(
                "footer says seq \(footer.firstSeq)–\(footer.lastSeq) (\(footer.eventCount) events), records hold \(result.firstSeq)–\(expectedSeq - 1)"
            )
        }
        if let lastId = result.lastId, footer.lastId != lastId {
            issue("footer's last event id does not match the last record")
        }
    }

    private mutating func check(_ record: Record, offset: Int) {
        recordNumber += 1
        let rn = recordNumber
        switch record {
        case .commit(let commit):
            result.commits += 1
            guard let from = uncommittedFrom else { issue("commit covers no events", record: rn); return }
            // A commit may start before the batch held here: a peer sent the tail of a batch.
            if commit.firstSeq > from || commit.lastSeq != expectedSeq - 1 || commit.lastIdHex != prev {
                issue(
                    "commit covers seq \(commit.firstSeq)–\(commit.lastSeq) but the batch is \(from)–\(expectedSeq - 1)",
                    record: rn)
            } else if !commit.verify(author: author) {
                issue(
                    "commit signature is not valid for author \(AuthorID(author).short)… (forged or damaged)",
                    seq: commit.lastSeq, record: rn)
            }
            uncommittedFrom = nil
        case .event(let headerBytes, let payload), .redacted(let headerBytes, let payload):
            let isRedacted: Bool
            if case .redacted = record { isRedacted = true } else { isRedacted = false }
            let header: EventHeader
            do { header = try EventHeader.parse(headerBytes) } catch {
                issue(error.message, seq: expectedSeq, record: rn); expectedSeq += 1; chainKnown = false; return
            }
            let id = Hex.sha256(headerBytes)
            if header.hlc > HybridLogicalClock.maxValue {
                issue(
                    "clock value \(header.hlc) is past the clock's range (2^53 − 1): its author signed an absurd time (event \(EventID(id).short)…); this replica's clock ignores it and new events are refused such clocks",
                    seq: header.seq, record: rn)
            } else if let nowMillis,
                HybridLogicalClock.aheadMillis(header.hlc, nowMillis: nowMillis) > HybridLogicalClock.maxAheadMillis
            {
                result.warnings.append(
                    "\(path) record \(rn) (seq \(header.seq), event \(EventID(id).short)…) is dated \(HybridLogicalClock.aheadMillis(header.hlc, nowMillis: nowMillis) / 3_600_000) h ahead of this machine's clock; new events that far ahead are refused, this one stays as it was accepted"
                )
            }
            if header.author != author {
                issue(
                    "event is by \(AuthorID(header.author).short)…, not this log's author", seq: header.seq, record: rn)
            }
            if header.seq != expectedSeq {
                issue("seq \(header.seq) where \(expectedSeq) was expected", seq: header.seq, record: rn)
            }
            if result.events + result.redacted == 0 {
                result.firstPrev = header.prev; chainKnown = true
            } else if chainKnown && header.prev != prev {
                issue("chain broken: prev does not name the previous event", seq: header.seq, record: rn)
            }
            if isRedacted {
                result.redacted += 1
            } else {
                result.events += 1
                if payload.count != header.payloadSize || Hex.sha256(payload) != header.payloadHash {
                    issue("payload does not match the header's payloadHash", seq: header.seq, record: rn)
                }
            }
            if uncommittedFrom == nil { uncommittedFrom = header.seq }
            prev = id
            chainKnown = true
            result.lastId = id
            expectedSeq = header.seq + 1
        }
    }
}
