/// One problem found by ``EventLog/audit(progress:)``.
public struct AuditIssue: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The segment (or index) file.
    public var file: String
    /// 1-based record number within the segment (or block), when one record is at fault.
    public var record: Int?
    /// The block of a sealed segment, when relevant.
    public var block: Int?
    /// The seq the record holds or should hold, when known.
    public var seq: Int?
    /// What is wrong.
    public var problem: String

    public var description: String {
        var location = file
        if let block { location += " block \(block)" }
        if let record { location += " record \(record)" }
        if let seq { location += " (seq \(seq))" }
        return "\(location): \(problem)"
    }
}

/// The outcome of an audit.
public struct AuditReport: Sendable, Equatable, Codable {
    public var authors = 0
    public var segments = 0
    public var events = 0
    public var commits = 0
    public var redacted = 0
    /// Raw (uncompressed) record bytes checked.
    public var rawBytes = 0
    public var issues: [AuditIssue] = []
    /// Notes that are not failures (e.g. a stale index that can be rebuilt).
    public var warnings: [String] = []

    /// True when nothing is wrong.
    public var ok: Bool { issues.isEmpty }
    public init() {}
}
