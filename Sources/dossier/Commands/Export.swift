import ArgumentParser
import DossierProjection
import Foundation

extension ExportFormat: ExpressibleByArgument {}

/// `dossier export --format json|graphml|dot|csv|ntriples`: the graph for other tools.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the graph: json, graphml (Gephi, yEd), dot (Graphviz), csv (bulk import), ntriples (RDF).",
        discussion:
            "Writes to standard output, or to --output FILE. CSV writes nodes.csv, edges.csv and facts.csv into the --output folder."
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var asOf: AsOfOption
    @Option(help: "json, graphml, dot, csv or ntriples.") var format: ExportFormat
    @Option(help: "File (or folder, for csv) to write instead of standard output.") var output: String?

    func validate() throws {
        if format == .csv && output == nil {
            throw ValidationError("--format csv writes three files; give a folder with --output DIR")
        }
    }

    func run() throws {
        let opened = try ProjectionAccess.open(storeOptions, asOf: asOf)
        if format == .csv, let output {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            for table in CSVTable.allCases {
                let path = output + "/\(table.rawValue).csv"
                let writer = try BufferedWriter(path: path)
                try opened.projection.exportCSV(table, to: writer.write)
                try writer.close()
            }
            Output.note("Wrote nodes.csv, edges.csv and facts.csv to \(output).")
            return
        }
        let writer = try BufferedWriter(path: output)
        try opened.projection.export(format, to: writer.write)
        try writer.close()
    }
}

/// Buffers text and writes it to a file or standard output in large chunks.
final class BufferedWriter {
    private let handle: FileHandle
    private let owned: Bool
    private var buffer: [UInt8] = []

    init(path: String?) throws {
        if let path {
            guard FileManager.default.createFile(atPath: path, contents: nil),
                let handle = FileHandle(forWritingAtPath: path)
            else {
                throw CLIFailure(message: "\(path): cannot be written (check the folder exists and is writable)")
            }
            self.handle = handle
            owned = true
        } else {
            handle = FileHandle.standardOutput
            owned = false
        }
        buffer.reserveCapacity(1 << 16)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        flush()
        if owned { try handle.close() }
    }
}
