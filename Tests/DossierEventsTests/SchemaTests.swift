import DossierEvents
import DossierTestSupport
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
        #expect(validator.validate(try CanonicalJSON.encode(article)) == ["$.language: 'french' does not match ^([a-z]{2}|und)$"])
    }
}
