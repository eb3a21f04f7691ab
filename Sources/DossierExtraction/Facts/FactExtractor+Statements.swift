import DossierEvents

/// Attributed statements: direct quotes and reported speech with their speakers (see `StatementFinder`).
extension FactExtractor {
    /// The statements of the article.
    func statements() -> [ArticleExtracted.Statement] {
        StatementFinder(tokens: tokens, entities: entities).statements()
    }
}
