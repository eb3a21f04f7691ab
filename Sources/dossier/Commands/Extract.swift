import ArgumentParser
import DossierExtraction
import Foundation

/// `dossier extract FILE [--json]`: print an extraction without storing anything.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print what the extractor finds in a file, without storing anything.")

    @OptionGroup var output: JSONOption

    @Argument(help: "A txt, html, md or jsonl file, or - for standard input.")
    var path: String

    func run() throws {
        let input = try InputFiles.expand([path]).first ?? InputFiles.Input(name: path, path: path)
        let preparer = ArticlePreparer()
        let extractor = Extractor()
        let articles: [PreparedArticle]
        do { articles = try preparer.prepare(bytes: try input.read(), sourceName: input.name) } catch let error as ExtractionError {
            throw CLIFailure(message: error.message)
        }
        let reports = articles.map { ExtractionReport(article: $0, extraction: extractor.extract($0, articleId: "")) }
        if output.json {
            if reports.count == 1 { try Output.json(reports[0]) } else { try Output.json(reports) }
            return
        }
        for report in reports { print(report.renderText()) }
    }
}
