import ArgumentParser
import DossierExtraction
import DossierReplica
import Foundation

/// `dossier extract FILE [--json]`: print an extraction without storing anything.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what the extractor finds in a file, without storing anything.",
        discussion:
            "A .jsonl file is read one record at a time (memory stays flat on large files); with --json each record's extraction is printed as one JSON line."
    )

    @OptionGroup var output: JSONOption

    @Argument(help: "A txt, html, md or jsonl file, or - for standard input.")
    var path: String

    func run() throws {
        let extractor = Extractor()
        if path.lowercased().hasSuffix(".jsonl") || path.lowercased().hasSuffix(".ndjson") {
            try streamJSONLines(extractor)
            return
        }
        let input = try InputFiles.expand([path]).first ?? InputFiles.Input(name: path, path: path)
        let reports = try Replica.extract(input.source)
        if output.json {
            if reports.count == 1 { try Output.json(reports[0]) } else { try Output.json(reports) }
            return
        }
        for report in reports { print(report.renderText()) }
    }

    /// Reads a JSON Lines file in 1 MiB chunks and extracts each record as it completes.
    private func streamJSONLines(_ extractor: Extractor) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CLIFailure(message: "\(path): cannot be read (check that it exists and is readable)")
        }
        let preparer = ArticlePreparer()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var pending: [UInt8] = []
        var lineNumber = 0
        var offset = 0
        var failures = 0
        var done = 0
        func handleLine(_ line: ArraySlice<UInt8>) {
            lineNumber += 1
            defer { offset += line.count + 1 }
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
            do {
                let record = try JSONLinesReader.record(line, lineNumber: lineNumber, offset: offset, source: path)
                let article = try preparer.prepare(record: record, source: "\(path):\(lineNumber)")
                let report = ExtractionReport(article: article, extraction: extractor.extract(article, articleId: ""))
                done += 1
                if output.json {
                    if let data = try? encoder.encode(report) {
                        FileHandle.standardOutput.write(data)
                        FileHandle.standardOutput.write(Data("\n".utf8))
                    }
                } else {
                    print(report.renderText())
                }
            } catch {
                failures += 1
                Output.error(error.message)
            }
        }
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            pending.append(contentsOf: chunk)
            var start = 0
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                handleLine(pending[start..<newline])
                start = newline + 1
            }
            pending.removeSubrange(0..<start)
        }
        if !pending.isEmpty { handleLine(pending[...]) }
        if done == 0 && failures > 0 {
            throw CLIFailure(message: "no record of \(path) could be extracted (\(failures) failed)")
        }
    }
}
