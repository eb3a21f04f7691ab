import DossierEvents
import Foundation
import Testing

@Suite struct EventHeaderTests {
    static let author = String(repeating: "ab", count: 32)

    static func sampleArticle() -> ArticleIngested {
        ArticleIngested(
            articleId: Hex.sha256(Array("Kaboul, le 15 janvier.".utf8)), source: "seeds/x.txt",
            title: "Titre", language: "fr", published: "2020-12-18", ingestedAt: 1_700_000_000_000,
            body: "Kaboul, le 15 janvier.", boilerplate: ["Lire aussi"], format: "text",
            encoding: .utf8, encodingFallback: false)
    }

    @Test func theEncodingIsATypeInCodeAndItsSpellingOnTheWire() throws {
        var article = Self.sampleArticle()
        #expect(article.textEncoding == .utf8)
        for encoding in TextEncoding.allCases {
            article = ArticleIngested(
                articleId: article.articleId, source: article.source, title: nil, language: "fr", published: nil,
                ingestedAt: 0, body: article.body, boilerplate: [], format: "text", encoding: encoding,
                encodingFallback: encoding == .windows1252)
            let json = String(decoding: try CanonicalJSON.encode(article), as: UTF8.self)
            #expect(json.contains(#""encoding":"\#(encoding.rawValue)""#))
            #expect(article.textEncoding == encoding)
        }
        // Another author's event may spell one this version does not know: it still decodes.
        article.encoding = "ebcdic"
        let decoded = try JSONDecoder().decode(ArticleIngested.self, from: Data(try CanonicalJSON.encode(article)))
        #expect(decoded.encoding == "ebcdic" && decoded.textEncoding == nil)
    }

    // Golden vectors: these bytes and ids are the format. If this test fails, the
    // encoding changed — which breaks every stored log. Don't update the vectors;
    // fix the encoder (or add a new format version).
    @Test func articlePayloadGoldenBytes() throws {
        let bytes = try CanonicalJSON.encode(Self.sampleArticle())
        let expected =
            #"{"articleId":"f0c2b8f1b1b48bc0a0b9e6d0a6d0d1d1d0e8f4aa6f6bd1e3a8cde63b9f8a0c0f","body":"Kaboul, le 15 janvier.","boilerplate":["Lire aussi"],"encoding":"utf-8","encodingFallback":false,"format":"text","ingestedAt":1700000000000,"language":"fr","published":"2020-12-18","source":"seeds/x.txt","title":"Titre"}"#
        let actualID = Hex.sha256(Array("Kaboul, le 15 janvier.".utf8))
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == expected.replacingOccurrences(
                    of: "f0c2b8f1b1b48bc0a0b9e6d0a6d0d1d1d0e8f4aa6f6bd1e3a8cde63b9f8a0c0f", with: actualID))
        #expect(Hex.sha256(bytes) == EventHeaderTests.goldenPayloadHash)
    }

    static let goldenPayloadHash = "a572d8d19c4ce35cd3f2e8bfe3ef65779bd895b3a016ce0d8ad06dca7095e599"
    static let goldenHeader =
        #"{"author":"abababababababababababababababababababababababababababababababab","hlc":1700000000000001,"payloadHash":"a572d8d19c4ce35cd3f2e8bfe3ef65779bd895b3a016ce0d8ad06dca7095e599","payloadSize":308,"prev":"0000000000000000000000000000000000000000000000000000000000000001","seq":2,"type":"ArticleIngested","typeVersion":1,"v":1}"#
    static let goldenID = "9a1ae095b12ab413328107d4ae2b8da5f8eebabb17dacc7ff540180e9ef260d0"

    @Test func headerGoldenBytesAndId() throws {
        let draft = try EventDraft(Self.sampleArticle())
        let header = draft.header(
            author: Self.author, seq: 2, prev: String(repeating: "0", count: 63) + "1", hlc: 1_700_000_000_000_001)
        let expected = Self.goldenHeader
        #expect(String(decoding: header.canonicalBytes(), as: UTF8.self) == expected)
        #expect(header.id == Self.goldenID)
        // The hand-written header encoder agrees with the generic canonical encoder.
        #expect(try CanonicalJSON.encode(header) == header.canonicalBytes())
    }

    @Test func firstEventOmitsPrev() throws {
        let header = EventHeader(
            type: "ArticleIngested", typeVersion: 1, author: Self.author, seq: 1, prev: nil, hlc: 5,
            payloadHash: String(repeating: "0", count: 64), payloadSize: 2)
        #expect(!String(decoding: header.canonicalBytes(), as: UTF8.self).contains("prev"))
        #expect(try EventHeader.parse(header.canonicalBytes()) == header)
    }

    @Test func parseRefusesNonCanonicalHeaders() throws {
        let header = EventHeader(
            type: "ArticleIngested", typeVersion: 1, author: Self.author, seq: 1, prev: nil, hlc: 5,
            payloadHash: String(repeating: "0", count: 64), payloadSize: 2)
        var spaced = String(decoding: header.canonicalBytes(), as: UTF8.self)
        spaced = spaced.replacingOccurrences(of: ",", with: ", ")
        #expect(throws: EventError.self) { try EventHeader.parse(Array(spaced.utf8)) }
        let withPrev = EventHeader(
            type: "X", typeVersion: 1, author: Self.author, seq: 1, prev: Self.author, hlc: 5,
            payloadHash: String(repeating: "0", count: 64), payloadSize: 2)
        #expect(throws: EventError.self) { try EventHeader.parse(withPrev.canonicalBytes()) }
    }

    /// Whatever `parse` accepts is canonical: re-encoding it gives the same bytes. The fast parser
    /// does not re-encode, so this checks that it accepts nothing the encoder would not write
    /// (leading zeros, escapes, spacing, reordered keys…), over random headers and mutations.
    @Test func parseAcceptsOnlyCanonicalBytes() throws {
        var rng = SplitMix64(state: 99)
        let alphabet = Array("0123456789abcdefAZ\"\\ ,:{}-+.eE\u{7F}".utf8) + [0x00, 0x1F, 0xC3, 0xA9]
        var accepted = 0, refused = 0
        for round in 0..<400 {
            let seq = round % 3 == 0 ? 1 : Int.random(in: 2...100_000, using: &rng)
            let header = EventHeader(
                type: ["ArticleIngested", "X", "EntityLabelSet"].randomElement(using: &rng)!,
                typeVersion: Int.random(in: 1...3, using: &rng),
                author: Self.author, seq: seq, prev: seq == 1 ? nil : Hex.sha256(Array("\(round)".utf8)),
                hlc: Int.random(in: 0...Int(Int32.max), using: &rng), payloadHash: Hex.sha256(Array("p\(round)".utf8)),
                payloadSize: Int.random(in: 0...9_999, using: &rng))
            let bytes = header.canonicalBytes()
            #expect(try EventHeader.parse(bytes) == header)
            for _ in 0..<20 {
                var mutated = bytes
                let at = Int.random(in: 0..<mutated.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: mutated[at] = alphabet.randomElement(using: &rng)!
                case 1: mutated.insert(alphabet.randomElement(using: &rng)!, at: at)
                default: mutated.remove(at: at)
                }
                if let parsed = try? EventHeader.parse(mutated) {
                    accepted += 1
                    #expect(
                        parsed.canonicalBytes() == mutated,
                        "accepted non-canonical \(String(decoding: mutated, as: UTF8.self))")
                } else {
                    refused += 1
                }
            }
        }
        #expect(accepted > 0 && refused > 0)
        // Leading zeros in each integer field are refused.
        let header = EventHeader(
            type: "X", typeVersion: 1, author: Self.author, seq: 2, prev: Self.author, hlc: 5,
            payloadHash: String(repeating: "0", count: 64), payloadSize: 2)
        let text = String(decoding: header.canonicalBytes(), as: UTF8.self)
        for field in ["\"hlc\":5", "\"payloadSize\":2", "\"seq\":2", "\"typeVersion\":1", "\"v\":1"] {
            let padded = text.replacingOccurrences(of: field, with: field.replacingOccurrences(of: ":", with: ":0"))
            #expect(padded != text)
            #expect(throws: EventError.self) { try EventHeader.parse(Array(padded.utf8)) }
        }
    }

    @Test func payloadRoundTripsAndVerifies() throws {
        let article = Self.sampleArticle()
        let draft = try EventDraft(article)
        let event = Event(header: draft.header(author: Self.author, seq: 1, prev: nil, hlc: 1), payload: draft.payload)
        try event.verifyPayload()
        #expect(try event.decode(ArticleIngested.self) == article)
        var tampered = event
        tampered.payload![10] ^= 1
        #expect(throws: EventError.self) { try tampered.verifyPayload() }
    }

    struct NoteV2: EventPayload {
        static let eventType = "Note"
        static let typeVersion = 2
        var text: String
        var lang: String
    }

    @Test func upcastsOldVersions() throws {
        var registry = EventTypeRegistry()
        registry.register(type: "Note", from: 1) { value in
            guard case .object(var o) = value else { return value }
            o["lang"] = .string("und")
            return .object(o)
        }
        let v1 = Array(#"{"text":"hello"}"#.utf8)
        let note = try registry.decode(NoteV2.self, typeName: "Note", version: 1, bytes: v1, eventId: "e")
        #expect(note == NoteV2(text: "hello", lang: "und"))
        #expect(throws: EventError.self) {
            try EventTypeRegistry().decode(NoteV2.self, typeName: "Note", version: 1, bytes: v1, eventId: "e")
        }
        #expect(throws: EventError.self) {
            try registry.decode(NoteV2.self, typeName: "Note", version: 3, bytes: v1, eventId: "e")
        }
    }

    @Test func clockIsMonotonicAndObservesRemoteValues() {
        var clock = HybridLogicalClock()
        let a = clock.tick(nowMillis: 1000)
        let b = clock.tick(nowMillis: 1000)
        let c = clock.tick(nowMillis: 999)
        #expect(a == 1_000_000 && b == 1_000_001 && c == 1_000_002)
        clock.observe(5_000_000)
        #expect(clock.tick(nowMillis: 1000) == 5_000_001)
        #expect(HybridLogicalClock.millis(5_000_001) == 5000)
    }
}
