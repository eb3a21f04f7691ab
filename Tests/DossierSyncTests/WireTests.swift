import DossierEvents
import DossierLog
import DossierTestSupport
import Testing

@testable import DossierSync

/// The sync stream and version vector encodings.
@Suite struct WireTests {
    static let a = MemorySyncReplica.author(1), b = MemorySyncReplica.author(2)

    static func sampleStream() -> (Manifest, [LogChunk], [UInt8]) {
        let manifest = Manifest(
            kind: .bundle, sender: a, createdAt: 1_700_000_000_000,
            heads: VersionVector(heads: [
                a: .init(seq: 5, id: MemorySyncReplica.id(a, 5)), b: .init(seq: 2, id: MemorySyncReplica.id(b, 2)),
            ]),
            base: VersionVector(heads: [a: .init(seq: 1, id: MemorySyncReplica.id(a, 1))]))
        let chunks = [
            LogChunk(author: a, kind: .records, firstSeq: 2, lastSeq: 5, bytes: Array("abcdefgh".utf8)),
            LogChunk(author: b, kind: .sealedSegment, firstSeq: 1, lastSeq: 2, bytes: [1, 2, 3]),
        ]
        return (manifest, chunks, StreamFormat.encode(manifest: manifest, chunks: chunks))
    }

    @Test func vectorRoundTripsAndDeltasApply() throws {
        let x = VersionVector(heads: [
            Self.a: .init(seq: 3, id: MemorySyncReplica.id(Self.a, 3)),
            Self.b: .init(seq: 9, id: MemorySyncReplica.id(Self.b, 9)),
        ])
        let y = VersionVector(heads: [Self.a: .init(seq: 4, id: MemorySyncReplica.id(Self.a, 4))])
        #expect(try VectorCoding.decode(VectorCoding.encode(x)) == x)
        #expect(VectorCoding.encode(x).count == 4 + 2 * 72)
        let delta = y.delta(from: x)
        #expect(delta.heads[Self.b]?.seq == 0)
        #expect(try x.applying(delta: VectorCoding.decode(VectorCoding.encode(delta))) == y)
        #expect(x.delta(from: x).heads.isEmpty)
    }

    @Test func streamRoundTripsFedByteByByte() throws {
        let (manifest, chunks, bytes) = Self.sampleStream()
        var decoder = StreamDecoder()
        var items: [StreamItem] = []
        for byte in bytes {
            try decoder.feed([byte])
            while let item = try decoder.next() { items.append(item) }
        }
        try decoder.finish()
        #expect(
            items == [
                .manifest(manifest), .chunk(chunks[0]), .chunk(chunks[1]), .end(StreamEnd(chunks: 2, chunkBytes: 11)),
            ])
    }

    @Test func everyFlippedByteIsRejected() {
        let (_, _, bytes) = Self.sampleStream()
        for offset in bytes.indices {
            var damaged = bytes
            damaged[offset] ^= 0x01
            #expect(throws: SyncError.self, "flip at \(offset)") { try StreamDecoder.decodeAll(damaged) }
        }
    }

    @Test func everyTruncationIsRejected() {
        let (_, _, bytes) = Self.sampleStream()
        for length in 0..<bytes.count {
            #expect(throws: SyncError.self, "cut at \(length)") { try StreamDecoder.decodeAll(Array(bytes[..<length])) }
        }
    }

    @Test func pathLikeAuthorIsRejectedWithAClearError() throws {
        let (manifest, _, _) = Self.sampleStream()
        let evil = LogChunk(author: "../../../../etc/cron.d/x", kind: .records, firstSeq: 1, lastSeq: 1, bytes: [0])
        let bytes = StreamFormat.encode(manifest: manifest, chunks: [evil])
        let error = try #require(throws: SyncError.self) { try StreamDecoder.decodeAll(bytes) }
        #expect(error.code == .malformed)
        #expect(
            error.message
                == "chunk 1 names author '../../../../etc/cron.d/x', which is not a 64-hex-digit key; refusing a path-like or invalid name, nothing stored"
        )
    }

    @Test func oversizedFramesAreRefusedBeforeBuffering() throws {
        let (manifest, _, _) = Self.sampleStream()
        let big = LogChunk(
            author: Self.a, kind: .records, firstSeq: 1, lastSeq: 1, bytes: [UInt8](repeating: 7, count: 5000))
        var bytes = StreamFormat.encode(manifest: manifest, chunks: [big])
        var decoder = StreamDecoder(limits: StreamLimits(maxFrameBytes: 4096))
        bytes.removeLast(5100)  // the decoder must refuse from the frame header alone
        try decoder.feed(bytes)
        #expect(try decoder.next() != nil)  // manifest
        let error = try #require(throws: SyncError.self) { try decoder.next() }
        #expect(error.code == .tooLarge)
        #expect(
            error.message == "a frame is 5081 bytes, over the limit of 4096 bytes; refused without storing anything")
    }

    @Test func framesOutOfOrderAreRejected() {
        let (manifest, chunks, _) = Self.sampleStream()
        let noManifest = StreamFormat.preamble() + StreamFormat.frame(chunks[0])
        #expect(throws: SyncError.malformed("the stream does not start with a manifest")) {
            try StreamDecoder.decodeAll(noManifest)
        }
        let twoManifests = StreamFormat.preamble() + StreamFormat.frame(manifest) + StreamFormat.frame(manifest)
        #expect(throws: SyncError.malformed("a second manifest inside the stream")) {
            try StreamDecoder.decodeAll(twoManifests)
        }
        let lyingEnd =
            StreamFormat.preamble() + StreamFormat.frame(manifest)
            + StreamFormat.frame(StreamEnd(chunks: 1, chunkBytes: 0))
        #expect(throws: SyncError.self) { try StreamDecoder.decodeAll(lyingEnd) }
    }
}
