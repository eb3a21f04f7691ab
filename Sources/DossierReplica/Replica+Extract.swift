import DossierEvents
import DossierExtraction

extension Replica {
    /// What the extractor finds in one input, one report per article in it; nothing is stored.
    public static func extract(_ source: any IngestSource) throws -> [ExtractionReport] {
        let extractor = Extractor()
        let articles: [PreparedArticle]
        do {
            articles = try ArticlePreparer().prepare(bytes: try source.read(), sourceName: source.name)
        } catch let error as ExtractionError {
            throw ReplicaError(.badInput, error.message, cause: error)
        }
        return articles.map { ExtractionReport(article: $0, extraction: extractor.extract($0, articleId: "")) }
    }
}
