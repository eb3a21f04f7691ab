import DossierEvents
import DossierTestSupport
import Foundation
import Testing

@Suite struct SchemaTests {
    let schemas = repositoryRoot() + "/Schemas"

    @Test func encodedHeadersValidateAgainstTheEnvelopeSchema() throws {
        let validator = try JSONSchemaValidator(path: schemas + "/envelope.schema.json")
        let draft = try EventDraft(EventHeaderTests.sampleArticle())
        let first = draft.header(author: EventHeaderTests.author, seq: 1, prev: nil, hlc: 1)
        let second = draft.header(author: EventHeaderTests.author, seq: 2, prev: first.id, hlc: 2)
        #expect(validator.validate(first.canonicalBytes()) == [])
        #expect(validator.validate(second.canonicalBytes()) == [])
        // The validator is not a rubber stamp.
        #expect(!validator.validate(Array(#"{"v":1}"#.utf8)).isEmpty)
    }

    @Test func encodedArticlesValidateAgainstTheirSchema() throws {
        let validator = try JSONSchemaValidator(path: schemas + "/ArticleIngested.schema.json")
        var article = EventHeaderTests.sampleArticle()
        #expect(validator.validate(try CanonicalJSON.encode(article)) == [])
        article.title = nil
        article.published = nil
        #expect(validator.validate(try CanonicalJSON.encode(article)) == [])
        article.language = "french"
        #expect(
            validator.validate(try CanonicalJSON.encode(article)) == [
                "$.language: 'french' does not match ^([a-z]{2}|und)$"
            ])
    }
}

@Suite struct EventKindTests {
    /// Every payload type of this build, by its Swift type.
    static let payloads: [any EventPayload.Type] = [
        ArticleIngested.self, ArticleExtracted.self, EntitiesMerged.self, MergeUndone.self, AliasAdded.self,
        AliasRemoved.self, EntityLabelSet.self, EntityTypeSet.self, FactRetracted.self, FactRestored.self,
        MentionMoved.self, ArticleRedacted.self, ConflictResolved.self,
    ]

    @Test func theKindsAreThePayloadTypesAndTheSchemas() throws {
        let kinds = Set(EventKind.allCases.map(\.rawValue))
        #expect(Set(Self.payloads.map { $0.eventType }) == kinds)
        let schemaFiles = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot() + "/Schemas")
            .filter { $0.hasSuffix(".schema.json") && $0 != "envelope.schema.json" }
            .map { String($0.dropLast(".schema.json".count)) }
        #expect(Set(schemaFiles) == kinds)
    }

    @Test func onlyIngestionAndExtractionAreNotCuration() {
        #expect(EventKind.allCases.filter { !$0.isCuration } == [.articleIngested, .articleExtracted])
        #expect(EventKind(rawValue: "SomethingANewerBuildWrites") == nil)
    }
}
