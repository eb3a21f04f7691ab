import Foundation

/// One input of an ingest: a name (shown in results and used as the article's source when it
/// has no URL) and its bytes, read when the ingest reaches it.
public protocol IngestSource {
    /// The name the results and the event use (a path, "-", a URL).
    var name: String { get }
    /// The raw bytes (any encoding and format the article preparer reads).
    func read() throws -> [UInt8]
}

/// A file on disk.
public struct FileSource: IngestSource {
    /// The path, also the name.
    public let path: String
    /// A file at `path`.
    public init(path: String) { self.path = path }
    public var name: String { path }
    public func read() throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReplicaError(.notFound, "\(path): cannot be read (check that it exists and is readable)")
        }
        return Array(data)
    }
}

/// Bytes already in memory (standard input, a downloaded page).
public struct BytesSource: IngestSource {
    public let name: String
    /// The bytes.
    public let bytes: [UInt8]
    /// Bytes under a name.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
    public func read() throws -> [UInt8] { bytes }
}
