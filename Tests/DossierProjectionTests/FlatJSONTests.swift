import DossierEvents
@testable import DossierProjection
import Foundation
import Testing

/// Curation payloads decoded by the flat reader give exactly what `JSONDecoder` gives; anything
/// else falls back to it.
@Suite struct FlatJSONTests {
    static let article = String(repeating: "ab", count: 32)

    static func event(_ draft: EventDraft) -> Event {
        TestCorpus.chain(author: TestCorpus.alice, [draft], hlcStart: 1_700_000_000_000_000)[0]
    }

    static func drafts() throws -> [EventDraft] {
        let odd = "Qu\u{00E9}bec \"quoted\" back\\slash\ttab\nline \u{1F600} \u{0001} / end"
        return [
            try EventDraft(EntitiesMerged(entity: "wd:Q1", into: "wd:Q2", supersedes: ["b", "a"], reason: odd)),
            try EventDraft(EntitiesMerged(entity: "wd:Q1", into: "wd:Q2")),
            try EventDraft(MergeUndone(merge: "m1", entity: "wd:Q1", reason: "why")),
            try EventDraft(AliasAdded(entity: "wd:Q1", alias: odd)),
            try EventDraft(AliasRemoved(entity: "wd:Q1", alias: "EM", removes: ["x", "y"], reason: nil)),
            try EventDraft(EntityLabelSet(entity: "person:é", label: odd, supersedes: ["s"])),
            try EventDraft(EntityTypeSet(entity: "wd:Q1", type: "ORG")),
            try EventDraft(FactRetracted(fact: "fact:0123", article: article, reason: "misread")),
            try EventDraft(FactRestored(fact: "fact:0123", article: article, supersedes: ["r"])),
            try EventDraft(MentionMoved(article: article, start: 0, end: 12345, from: nil, to: "wd:Q2")),
            try EventDraft(MentionMoved(article: article, start: 7, end: 9, from: "wd:Q1", to: "wd:Q2", supersedes: ["p"], reason: odd)),
            try EventDraft(ArticleRedacted(article: article, events: ["e1", "e2"], reason: "private person")),
            try EventDraft(ConflictResolved(conflict: "0123456789abcdef", kind: "label", target: "wd:Q1", chosen: "c", value: nil, supersedes: ["c", "d"])),
            try EventDraft(ConflictResolved(conflict: "0123456789abcdef", kind: "type", target: "wd:Q1", chosen: "c", value: "ORG", supersedes: [], reason: odd)),
        ]
    }

    @Test func everyCurationPayloadDecodesAsJSONDecoderDecodesIt() throws {
        for draft in try Self.drafts() {
            let event = Self.event(draft)
            let fast = CurationEdit.decodeFast(event)
            #expect(fast != nil, "\(draft.type) took the slow way")
            #expect(fast == (try CurationEdit.decodeWithJSONDecoder(event)), "\(draft.type): \(String(decoding: draft.payload, as: UTF8.self))")
        }
    }

    @Test(arguments: [
        #"{"alias":"A","entity":"wd:Q1","extra":{"nested":1}}"#,
        #"{"alias":"A","entity":"wd:Q1","entity":"wd:Q2"}"#,
        #"{"alias":"A","entity":"wd:Q1","reason":1.5}"#,
        #"{"alias":"A","entity":"wd:Q1"} trailing"#,
        #"{"alias":"A","entity":"wd:Q1","reason":"\ud800"}"#,
        #"{"alias":"A","entity":7}"#,
        #"{"alias":"A"}"#,
        #"["alias"]"#,
    ])
    func otherShapesFallBackToJSONDecoder(payload: String) throws {
        var draft = try EventDraft(AliasAdded(entity: "wd:Q1", alias: "A"))
        draft.payload = Array(payload.utf8)
        #expect(CurationEdit.decodeFast(Self.event(draft)) == nil)
    }

    @Test func integersAndEscapesReadExactly() throws {
        let json = try #require(FlatJSON.parse(Array(#" { "a" : -42 , "b" : [ "x\u00e9\ud83d\ude00" , "" ] , "c" : null } "#.utf8)))
        #expect(json.int("a") == -42)
        #expect(json.strings("b") == ["x\u{E9}\u{1F600}", ""])
        #expect(json["c"] == .null)
        #expect(FlatJSON.parse(Array(#"{"a":01}"#.utf8)) == nil)
        #expect(FlatJSON.parse(Array(#"{"a":99999999999999999999}"#.utf8)) == nil)
    }
}
