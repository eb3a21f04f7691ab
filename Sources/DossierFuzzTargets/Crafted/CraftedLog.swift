import CZlib
import Crypto
import DossierEvents
import DossierLog

/// Builds log bytes — framed records, signed commits, compressed chunks, sealed segments —
/// from fields the fuzzer chose, independently of the log's own writer (so it shares none of
/// its assumptions), recomputing every CRC and, when asked, every signature with a test key.
struct CraftedLog {
    /// The test author (a fixed key).
    static let author = try! Identity(name: "crafted", rawPrivateKey: [UInt8](repeating: 7, count: 32))
    /// The test author's events start at this clock (2023-11-14, well in the past).
    static let baseHLC = 1_700_000_000_000_000

    struct DraftEvent {
        var seq: Int
        var hlc: Int
        var payload: [UInt8]
        var payloadSize: Int
        var typeVersion = 1
        var prev: String?
        var header: [UInt8] = []
        var id = ""
    }

    var events: [DraftEvent]
    /// Who signs the commits (the events' author).
    var signer: Identity

    /// `count` valid events from seq `from` (chained after `prev`), by `signer`.
    init(count: Int, from: Int = 1, prev: String? = nil, variant: String = "", signer: Identity = CraftedLog.author) {
        self.signer = signer
        self.events = (0..<count).map { i in
            let payload = Array("{\"note\":\"\(variant)\(from + i)\"}".utf8)
            return DraftEvent(
                seq: from + i, hlc: CraftedLog.baseHLC + from + i, payload: payload, payloadSize: payload.count)
        }
        chain(prev: prev)
    }

    /// Recomputes headers and ids; `prev` links each event to the one before unless `keepPrev`.
    mutating func chain(prev: String?, keepPrev: Set<Int> = []) {
        var previous = prev
        for i in events.indices {
            if !keepPrev.contains(i) { events[i].prev = events[i].seq == 1 && i == 0 && prev == nil ? nil : previous }
            let header = EventHeader(
                type: "CraftedNote", typeVersion: events[i].typeVersion, author: signer.key,
                seq: events[i].seq, prev: events[i].prev, hlc: events[i].hlc,
                payloadHash: Hex.sha256(events[i].payload), payloadSize: events[i].payloadSize)
            events[i].header = header.canonicalBytes()
            events[i].id = Hex.sha256(events[i].header)
            previous = events[i].id
        }
    }

    /// The framed records: every event, then one commit over (`first`, `last`) signed by the
    /// author (or with a zeroed signature when `sign` is false).
    func records(first: UInt64? = nil, last: UInt64? = nil, sign: Bool = true) -> [UInt8] {
        var out: [UInt8] = []
        for event in events {
            var content: [UInt8] = [1]
            content += le32(UInt32(event.header.count)) + event.header + event.payload
            out += frame(content)
        }
        guard let lastEvent = events.last else { return out }
        let firstSeq = first ?? UInt64(truncatingIfNeeded: events[0].seq)
        let lastSeq = last ?? UInt64(truncatingIfNeeded: lastEvent.seq)
        let lastId = Hex.decode(lastEvent.id) ?? [UInt8](repeating: 0, count: 32)
        var message = Array("dossier.commit.v1".utf8) + (Hex.decode(signer.key) ?? [])
        message += le64(firstSeq) + le64(lastSeq) + lastId
        let signature = sign ? ((try? signer.sign(message)) ?? []) : [UInt8](repeating: 0, count: 64)
        out += frame([2] + le64(firstSeq) + le64(lastSeq) + lastId + signature)
        return out
    }

    /// A sealed segment holding `raw` records in one block; `edit` may change any field.
    static func sealedSegment(
        _ raw: [UInt8], firstSeq: UInt64, lastSeq: UInt64, count: UInt64, lastId: String,
        author: String = CraftedLog.author.key, edit: (Int) -> UInt64?
    ) -> [UInt8] {
        var out = Array("DOSSSEAL".utf8) + le32(1) + (Hex.decode(author) ?? [])
        out += le32(UInt32(truncatingIfNeeded: edit(0) ?? 1)) + le64(edit(1) ?? firstSeq)
        out += le32(crc(out))
        let compressed = deflate(raw)
        let offset = UInt64(out.count)
        out += le32(UInt32(compressed.count)) + le32(UInt32(raw.count)) + le32(crc(compressed)) + compressed
        var footer = le64(edit(2) ?? offset) + le32(UInt32(truncatingIfNeeded: edit(3) ?? UInt64(compressed.count)))
        footer += le32(UInt32(truncatingIfNeeded: edit(4) ?? UInt64(raw.count))) + le64(edit(5) ?? firstSeq)
        footer += le32(UInt32(truncatingIfNeeded: edit(6) ?? count))
        footer += le64(edit(7) ?? firstSeq) + le64(edit(8) ?? lastSeq) + le64(edit(9) ?? count)
        footer += (Hex.decode(lastId) ?? [UInt8](repeating: 0, count: 32)) + le32(1)
        footer += le32(crc(footer))
        footer += le32(UInt32(footer.count))
        return out + footer + Array("DOSSEND1".utf8)
    }

    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        var size = compressBound(uLong(bytes.count))
        var out = [UInt8](repeating: 0, count: Int(size))
        _ = out.withUnsafeMutableBufferPointer { o in
            bytes.withUnsafeBufferPointer { i in compress2(o.baseAddress, &size, i.baseAddress, uLong(bytes.count), 4) }
        }
        return Array(out.prefix(Int(size)))
    }

    private func frame(_ content: [UInt8]) -> [UInt8] {
        let head = CraftedLog.le32(UInt32(content.count)) + content
        return head + CraftedLog.le32(CraftedLog.crc(head))
    }

    static func crc(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(crc32_z(0, $0.baseAddress, $0.count)) }
    }
    static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
    static func le64(_ v: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
    private func le32(_ v: UInt32) -> [UInt8] { CraftedLog.le32(v) }
    private func le64(_ v: UInt64) -> [UInt8] { CraftedLog.le64(v) }
}
