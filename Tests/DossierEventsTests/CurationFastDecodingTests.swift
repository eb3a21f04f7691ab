import DossierEvents
import Foundation
import Testing

/// The curation payloads' hand-written decoders give exactly what `JSONDecoder` gives, or give up.
@Suite struct CurationFastDecodingTests {
    static let article = String(repeating: "ab", count: 32)
    static let odd = "Qu\u{00E9}bec \"quoted\" back\\slash\ttab\nline \u{1F600} \u{0001} / end"

    /// Decodes `value`'s canonical bytes both ways and compares.
    static func check<P: EventPayload & FastDecodable & Equatable>(
        _ value: P, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let bytes = try CanonicalJSON.encode(value)
        let fast = P.fastDecode(bytes)
        #expect(fast != nil, "\(P.eventType) took the slow way", sourceLocation: sourceLocation)
        #expect(
            fast == (try JSONDecoder().decode(P.self, from: Data(bytes))),
            "\(P.eventType): \(String(decoding: bytes, as: UTF8.self))",
            sourceLocation: sourceLocation)
        #expect(fast == value, sourceLocation: sourceLocation)
    }

    @Test func everyCurationPayloadDecodesAsJSONDecoderDecodesIt() throws {
        try Self.check(EntitiesMerged(entity: "wd:Q1", into: "wd:Q2", supersedes: ["b", "a"], reason: Self.odd))
        try Self.check(EntitiesMerged(entity: "wd:Q1", into: "wd:Q2"))
        try Self.check(MergeUndone(merge: "m1", entity: "wd:Q1", reason: "why"))
        try Self.check(AliasAdded(entity: "wd:Q1", alias: Self.odd))
        try Self.check(AliasRemoved(entity: "wd:Q1", alias: "EM", removes: ["x", "y"], reason: nil))
        try Self.check(EntityLabelSet(entity: "person:é", label: Self.odd, supersedes: ["s"]))
        try Self.check(EntityTypeSet(entity: "wd:Q1", type: "ORG"))
        try Self.check(FactRetracted(fact: "fact:0123", article: Self.article, reason: "misread"))
        try Self.check(FactRestored(fact: "fact:0123", article: Self.article, supersedes: ["r"]))
        try Self.check(MentionMoved(article: Self.article, start: 0, end: 12345, from: nil, to: "wd:Q2"))
        try Self.check(
            MentionMoved(
                article: Self.article, start: 7, end: 9, from: "wd:Q1", to: "wd:Q2", supersedes: ["p"], reason: Self.odd
            ))
        try Self.check(ArticleRedacted(article: Self.article, events: ["e1", "e2"], reason: "private person"))
        try Self.check(
            ConflictResolved(
                conflict: "0123456789abcdef", kind: "label", target: "wd:Q1", chosen: "c", value: nil,
                supersedes: ["c", "d"]))
        try Self.check(
            ConflictResolved(
                conflict: "0123456789abcdef", kind: "type", target: "wd:Q1", chosen: "c", value: "ORG", supersedes: [],
                reason: Self.odd))
    }

    @Test(arguments: [
        // Whitespace, other key order, unknown members of any shape, explicit null: JSONDecoder's value.
        #" { "reason" : null , "alias" : "A" , "extra" : { "nested" : [1, true, null] } , "entity" : "wd:Q1" } "#,
        #"{"alias":"x\u00e9\ud83d\ude00\/","entity":"wd:Q1"}"#,
    ])
    func agreesOnOtherSpellings(_ payload: String) throws {
        let fast = try #require(AliasAdded.fastDecode(Array(payload.utf8)))
        #expect(fast == (try JSONDecoder().decode(AliasAdded.self, from: Data(payload.utf8))))
    }

    @Test(arguments: [
        #"{"alias":"A","entity":"wd:Q1","entity":"wd:Q2"}"#,  // repeated key
        #"{"alias":"A","entity":"wd:Q1","reason":1.5}"#,  // a number where a string goes
        #"{"alias":"A","entity":"wd:Q1"} trailing"#,
        #"{"alias":"A","entity":"wd:Q1","reason":"\ud800"}"#,  // lone surrogate
        #"{"alias":"A","entity":7}"#,
        #"{"alias":"A"}"#,  // missing key
        #"["alias"]"#,
        "",
    ])
    func givesUpWhenUnsure(_ payload: String) {
        #expect(AliasAdded.fastDecode(Array(payload.utf8)) == nil)
    }

    @Test func mentionMovedNeedsItsRequiredKeys() throws {
        let full = try CanonicalJSON.encode(
            MentionMoved(article: "a", start: 1, end: 2, from: nil, to: "b", supersedes: ["s"]))
        #expect(MentionMoved.fastDecode(full) != nil)
        let json = String(decoding: full, as: UTF8.self)
        #expect(
            MentionMoved.fastDecode(Array(json.replacingOccurrences(of: #","supersedes":["s"]"#, with: "").utf8)) == nil
        )
        #expect(MentionMoved.fastDecode(Array(json.replacingOccurrences(of: #""start":1,"#, with: "").utf8)) == nil)
    }
}
