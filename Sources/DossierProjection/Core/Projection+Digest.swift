import Crypto
import Foundation
import GRDB

/// Where two projections first differ.
public struct ProjectionDifference: Sendable, Codable, CustomStringConvertible {
    /// The table.
    public var table: String
    /// The first differing row's primary key, as `column=value` pairs.
    public var key: String
    /// What differs: a row only on one side, or different values.
    public var detail: String

    public var description: String { "table \(table), row \(key): \(detail)" }
}

extension Projection {
    /// The tables in the digest, with the primary key that orders their rows.
    /// Checkpoints and meta (bookkeeping) and the full text index (derived from articles) are left out.
    static let digestTables: [(name: String, key: [String])] = [
        ("articles", ["key"]),
        ("extractions", ["key"]),
        ("entities", ["key"]),
        ("entity_names", ["entity", "type", "label"]),
        ("aliases", ["entity", "alias"]),
        ("mentions", ["article", "start", "\"end\"", "entity"]),
        ("article_entities", ["entity", "article"]),
        ("value_mentions", ["article", "start", "\"end\"", "kind"]),
        ("facts", ["article", "start", "\"end\"", "subject", "predicate", "object"]),
        ("statements", ["article", "start", "\"end\"", "speaker"]),
        ("merge_candidates", ["article", "a", "b", "reason"]),
        ("edges", ["source", "target"]),
        ("curation", ["event"]),
        ("conflicts", ["id"]),
        ("curation_effects", ["kind", "target", "value"]),
    ]

    /// Canonical bytes of one value: a type tag, then big-endian integers or length-prefixed UTF-8.
    static func encode(_ value: DatabaseValue, into out: inout [UInt8]) {
        switch value.storage {
        case .null: out.append(0)
        case .int64(let n):
            out.append(1)
            withUnsafeBytes(of: n.bigEndian) { out.append(contentsOf: $0) }
        case .double(let d):
            out.append(2)
            withUnsafeBytes(of: d.bitPattern.bigEndian) { out.append(contentsOf: $0) }
        case .string(let s):
            out.append(3)
            let bytes = Array(s.utf8)
            withUnsafeBytes(of: UInt32(bytes.count).bigEndian) { out.append(contentsOf: $0) }
            out.append(contentsOf: bytes)
        case .blob(let data):
            out.append(4)
            withUnsafeBytes(of: UInt32(data.count).bigEndian) { out.append(contentsOf: $0) }
            out.append(contentsOf: data)
        }
    }

    static func dumpSQL(_ table: (name: String, key: [String])) -> String {
        "SELECT * FROM \(table.name) ORDER BY \(table.key.joined(separator: ", "))"
    }

    /// SHA-256 (hex) over the canonical dump: every digest table in a fixed order, its rows by primary key.
    public func digest() throws(ProjectionError) -> String {
        try read("computing the digest") { db in
            var hasher = SHA256()
            var buffer: [UInt8] = []
            buffer.reserveCapacity(1 << 16)
            for table in Projection.digestTables {
                buffer.append(contentsOf: Array("table \(table.name)\n".utf8))
                let rows = try Row.fetchCursor(db, sql: Projection.dumpSQL(table))
                while let row = try rows.next() {
                    buffer.append(0xFF)
                    for value in row.databaseValues { Projection.encode(value, into: &buffer) }
                    if buffer.count >= 1 << 16 { hasher.update(data: buffer); buffer.removeAll(keepingCapacity: true) }
                }
            }
            hasher.update(data: buffer)
            return hasher.finalize().map { String(format: "%02x", $0) }.joined()
        }
    }

    /// The first table and row where `self` and `other` differ, nil when their dumps are equal.
    public func firstDifference(from other: Projection) throws(ProjectionError) -> ProjectionDifference? {
        try read("comparing projections") { db in
            try other.read("comparing projections") { otherDB in
                for table in Projection.digestTables {
                    let mine = try Row.fetchCursor(db, sql: Projection.dumpSQL(table))
                    let theirs = try Row.fetchCursor(otherDB, sql: Projection.dumpSQL(table))
                    while true {
                        let a = try mine.next()?.copy()
                        let b = try theirs.next()?.copy()
                        if a == nil && b == nil { break }
                        if let a, let b, a == b { continue }
                        return Projection.difference(table, a, b)
                    }
                }
                return nil
            }
        }
    }

    static func difference(_ table: (name: String, key: [String]), _ a: Row?, _ b: Row?) -> ProjectionDifference {
        func key(_ row: Row) -> String {
            table.key.map { column in
                let name = column.replacingOccurrences(of: "\"", with: "")
                return "\(name)=\(row[name] as DatabaseValue)"
            }.joined(separator: ", ")
        }
        func values(_ row: Row) -> String {
            row.columnNames.map { name in
                var text = (row[name] as DatabaseValue).description
                if text.count > 60 { text = String(text.prefix(57)) + "…" }
                return "\(name)=\(text)"
            }.joined(separator: ", ")
        }
        switch (a, b) {
        case (let a?, let b?):
            let aKey = key(a), bKey = key(b)
            if aKey != bKey {
                return ProjectionDifference(
                    table: table.name, key: min(aKey, bKey),
                    detail: "rows differ in key: this projection has (\(aKey)), the other has (\(bKey))")
            }
            let changed = a.columnNames.filter { (a[$0] as DatabaseValue) != (b[$0] as DatabaseValue) }
            let detail = changed.map {
                "\($0): \((a[$0] as DatabaseValue).description.prefix(60)) ≠ \((b[$0] as DatabaseValue).description.prefix(60))"
            }.joined(separator: "; ")
            return ProjectionDifference(table: table.name, key: aKey, detail: detail)
        case (let a?, nil):
            return ProjectionDifference(
                table: table.name, key: key(a), detail: "only in this projection (\(values(a)))")
        case (nil, let b?):
            return ProjectionDifference(
                table: table.name, key: key(b), detail: "missing from this projection (\(values(b)))")
        default:
            return ProjectionDifference(table: table.name, key: "", detail: "")
        }
    }

    /// Runs FTS5's integrity check on the full text index; returns SQLite's message or nil when sound.
    public func checkSearchIndex() throws(ProjectionError) -> String? {
        do {
            try writer.write { db in
                for search in Keys.searchTables {
                    try db.execute(sql: "INSERT INTO \(search)(\(search), rank) VALUES ('integrity-check', 1)")
                }
            }
            return nil
        } catch let error as DatabaseError {
            return error.message ?? "\(error)"
        } catch {
            throw ProjectionError.database("checking the search index", path: path, error)
        }
    }
}
