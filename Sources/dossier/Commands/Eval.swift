import ArgumentParser
import DossierExtraction
import Foundation

/// `dossier eval --gold FILE FOLDER`: score the extractor (or saved reports) against a gold standard.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Score the extractor against a gold file (format of seeds-gold.json): entity P/R/F1 per type, resolution, dates, quantities, quotes, boilerplate, spans.",
        discussion:
            "With --reports, FOLDER holds one extraction report per gold file, named after it with .json appended (the shape `dossier extract --json` prints, or another system's output in that shape), and those are scored instead of running the extractor."
    )

    @OptionGroup var output: JSONOption

    @Option(help: "The gold annotations (JSON, doc-level-gold/1).")
    var gold: String

    @Flag(help: "FOLDER holds saved extraction reports (<file>.json) instead of the articles.")
    var reports = false

    @Flag(
        help:
            "Give the extractor each gold document's `published` date (metadata from the corpus manifest, as a feed would give it) when the text itself states none; `published correct` then counts those dates too."
    )
    var publishedFromGold = false

    @Argument(help: "The folder holding the files the gold annotates (or their reports, with --reports).")
    var folder: String

    func run() throws {
        guard let goldData = FileManager.default.contents(atPath: gold) else {
            throw CLIFailure(message: "\(gold): cannot be read", exitCode: 2)
        }
        let standard: GoldStandard
        do { standard = try Evaluation.gold(from: goldData) } catch {
            throw CLIFailure(message: "\(gold): not a gold file in doc-level-gold/1 format: \(error)", exitCode: 2)
        }
        let documents = reports ? try savedReports(standard) : try extracted(standard)
        let report = Evaluation.evaluate(gold: standard, documents: documents)
        if output.json { try Output.json(report) } else { print(report.renderTable()) }
    }

    /// Runs the extractor over every file of the folder.
    private func extracted(_ standard: GoldStandard) throws -> [EvaluatedDocument] {
        let given =
            publishedFromGold
            ? Dictionary(
                standard.documents.compactMap { d in d.published.map { (d.file, $0) } },
                uniquingKeysWith: { a, _ in a }) : [:]
        let preparer = ArticlePreparer()
        let extractor = Extractor()
        var documents: [EvaluatedDocument] = []
        for input in try InputFiles.expand([folder]) {
            let name = (input.name as NSString).lastPathComponent
            do {
                guard var article = try preparer.prepare(bytes: try input.read(), sourceName: input.name).first else {
                    continue
                }
                if article.published == nil, let date = given[name] { article.published = date }
                documents.append(
                    EvaluatedDocument(
                        file: name,
                        report: ExtractionReport(
                            article: article, extraction: extractor.extract(article, articleId: ""))))
            } catch let error as ExtractionError {
                Output.error(error.message)
            }
        }
        return documents
    }

    /// Reads `<file>.json` for every gold document; a missing one is reported and scored as not extracted.
    private func savedReports(_ standard: GoldStandard) throws -> [EvaluatedDocument] {
        var documents: [EvaluatedDocument] = []
        for doc in standard.documents {
            let path = (folder as NSString).appendingPathComponent(doc.file + ".json")
            guard let data = FileManager.default.contents(atPath: path) else {
                Output.error("\(path): no report for \(doc.file)"); continue
            }
            do {
                documents.append(
                    EvaluatedDocument(
                        file: doc.file, report: try JSONDecoder().decode(ExtractionReport.self, from: data)))
            } catch {
                throw CLIFailure(
                    message: "\(path): not an extraction report (the shape of `dossier extract --json`): \(error)",
                    exitCode: 2)
            }
        }
        return documents
    }
}
