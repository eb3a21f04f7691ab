import DossierEvents
import Foundation
import GRDB

/// Graph export formats.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// `{"entities": [...], "edges": [...], "facts": [...]}`.
    case json
    /// GraphML (Gephi, yEd): nodes with label, type, mentions; undirected weighted edges.
    case graphml
    /// Graphviz DOT, undirected.
    case dot
    /// CSV for bulk import (neo4j-admin style headers): `nodes.csv`, `edges.csv`, `facts.csv`.
    case csv
    /// N-Triples with stable IRIs (`urn:dossier:entity:<id>`).
    case ntriples
}

/// The CSV files of a `.csv` export.
public enum CSVTable: String, CaseIterable, Sendable {
    case nodes, edges, facts
}

extension Projection {
    /// Streams the graph in `format` (not `.csv`, see ``exportCSV(_:to:)``) to `sink`, in a stable order.
    public func export(_ format: ExportFormat, to sink: (String) -> Void) throws(ProjectionError) {
        try wrapping("exporting") {
            try withoutActuallyEscaping(sink) { sink in
                try read("exporting") { db in
                    switch format {
                    case .json: try Exporter(db: db, sink: sink).json()
                    case .graphml: try Exporter(db: db, sink: sink).graphml()
                    case .dot: try Exporter(db: db, sink: sink).dot()
                    case .ntriples: try Exporter(db: db, sink: sink).ntriples()
                    case .csv:
                        throw ProjectionError(
                            code: .usage,
                            message: "CSV export writes three files (nodes, edges, facts); give a folder with --output")
                    }
                }
            }
        }
    }

    /// Streams one CSV table (RFC 4180, header with neo4j-admin import types) to `sink`.
    public func exportCSV(_ table: CSVTable, to sink: (String) -> Void) throws(ProjectionError) {
        try wrapping("exporting") {
            try withoutActuallyEscaping(sink) { sink in
                try read("exporting") { db in try Exporter(db: db, sink: sink).csv(table) }
            }
        }
    }
}

/// Writes the graph in the export formats, row by row.
struct Exporter {
    let db: Database
    let sink: (String) -> Void

    struct Node: Encodable { var id, type, label: String; var aliases: [String]; var mentions: Int; var articles: Int }
    struct Edge: Encodable { var source, target: String; var weight: Int }

    func nodes(_ body: (Node) throws -> Void) throws {
        let cursor = try Row.fetchCursor(
            db, sql: "SELECT key, id, type, label, mentions, articles FROM entities ORDER BY id")
        let aliases = try db.makeStatement(
            sql: "SELECT alias FROM aliases WHERE entity = ? ORDER BY mentions DESC, alias")
        while let row = try cursor.next() {
            try body(
                Node(
                    id: row[1], type: row[2], label: row[3],
                    aliases: try String.fetchAll(aliases, arguments: [row[0] as Int64]),
                    mentions: row[4], articles: row[5]))
        }
    }

    func edges(_ body: (Edge) throws -> Void) throws {
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT s.id, t.id, e.weight FROM edges e JOIN entities s ON s.key = e.source JOIN entities t ON t.key = e.target
                WHERE s.id < t.id ORDER BY s.id, t.id
                """)
        while let row = try cursor.next() { try body(Edge(source: row[0], target: row[1], weight: row[2])) }
    }

    func facts(_ body: (FactRecord) throws -> Void) throws {
        for fact in try Projection.facts(db, entity: nil, predicate: nil, limit: -1) { try body(fact) }
    }

    func json() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func encode<T: Encodable>(_ value: T) throws -> String {
            String(decoding: try encoder.encode(value), as: UTF8.self)
        }
        var first = true
        func item(_ text: String) { sink((first ? "\n    " : ",\n    ") + text); first = false }
        sink("{\n  \"entities\": [")
        try nodes { item(try encode($0)) }
        sink("\n  ],\n  \"edges\": [")
        first = true
        try edges { item(try encode($0)) }
        sink("\n  ],\n  \"facts\": [")
        first = true
        try facts { item(try encode($0)) }
        sink("\n  ]\n}\n")
    }

    static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    func graphml() throws {
        sink(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="type" for="node" attr.name="type" attr.type="string"/>
              <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
              <graph id="dossier" edgedefault="undirected">

            """)
        try nodes { n in
            sink(
                "    <node id=\"\(Self.xml(n.id))\"><data key=\"label\">\(Self.xml(n.label))</data><data key=\"type\">\(n.type)</data><data key=\"mentions\">\(n.mentions)</data></node>\n"
            )
        }
        try edges { e in
            sink(
                "    <edge source=\"\(Self.xml(e.source))\" target=\"\(Self.xml(e.target))\"><data key=\"weight\">\(e.weight)</data></edge>\n"
            )
        }
        sink("  </graph>\n</graphml>\n")
    }

    static func dotQuote(_ text: String) -> String {
        "\""
            + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "") + "\""
    }

    func dot() throws {
        sink("graph dossier {\n  node [shape=box, style=rounded];\n")
        try nodes { n in
            sink(
                "  \(Self.dotQuote(n.id)) [label=\(Self.dotQuote(n.label)), type=\(n.type), mentions=\(n.mentions)];\n")
        }
        try edges { e in sink("  \(Self.dotQuote(e.source)) -- \(Self.dotQuote(e.target)) [weight=\(e.weight)];\n") }
        sink("}\n")
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    func csv(_ table: CSVTable) throws {
        let f = Self.csvField
        switch table {
        case .nodes:
            sink("id:ID,label,:LABEL,mentions:int,articles:int,aliases:string[]\r\n")
            try nodes { n in
                sink(
                    [
                        f(n.id), f(n.label), n.type, "\(n.mentions)", "\(n.articles)",
                        f(n.aliases.joined(separator: ";")),
                    ].joined(separator: ",") + "\r\n")
            }
        case .edges:
            sink(":START_ID,:END_ID,weight:int,:TYPE\r\n")
            try edges { e in
                sink([f(e.source), f(e.target), "\(e.weight)", "CO_MENTIONED"].joined(separator: ",") + "\r\n")
            }
        case .facts:
            let known = Set(try String.fetchAll(db, sql: "SELECT id FROM entities"))
            sink(":START_ID,:END_ID,:TYPE,when,article,start:int,end:int,event\r\n")
            try facts { x in
                guard known.contains(x.subject), known.contains(x.object) else { return }
                sink(
                    [
                        f(x.subject), f(x.object), f(x.predicate.uppercased().replacingOccurrences(of: " ", with: "_")),
                        x.when ?? "", x.article.rawValue,
                        "\(x.start)", "\(x.end)", x.event.rawValue,
                    ].joined(separator: ",") + "\r\n")
            }
        }
    }

    /// `urn:dossier:<kind>:<id>` with every character outside [A-Za-z0-9-._~:] percent-encoded (UTF-8).
    static func iri(_ kind: String, _ id: String) -> String {
        var out = "<urn:dossier:\(kind):"
        for byte in id.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E, 0x3A:
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default: out += String(format: "%%%02X", byte)
            }
        }
        return out + ">"
    }

    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    func ntriples() throws {
        let rdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
        let label = "<http://www.w3.org/2000/01/rdf-schema#label>"
        let alt = "<http://www.w3.org/2004/02/skos/core#altLabel>"
        let sameAs = "<http://www.w3.org/2002/07/owl#sameAs>"
        var known = Set<String>()
        try nodes { n in
            known.insert(n.id)
            let s = Self.iri("entity", n.id)
            sink("\(s) \(rdfType) \(Self.iri("type", n.type)) .\n")
            sink("\(s) \(label) \(Self.literal(n.label)) .\n")
            for a in n.aliases where a != n.label { sink("\(s) \(alt) \(Self.literal(a)) .\n") }
            if n.id.hasPrefix("wd:Q"), n.id.dropFirst(4).allSatisfy(\.isNumber) {
                sink("\(s) \(sameAs) <http://www.wikidata.org/entity/\(n.id.dropFirst(3))> .\n")
            }
        }
        try edges { e in
            sink(
                "\(Self.iri("entity", e.source)) \(Self.iri("relation", "coMentionedWith")) \(Self.iri("entity", e.target)) .\n"
            )
        }
        try facts { x in
            let s = known.contains(x.subject) ? Self.iri("entity", x.subject) : Self.iri("term", x.subject)
            let o = known.contains(x.object) ? Self.iri("entity", x.object) : Self.literal(x.object)
            sink("\(s) \(Self.iri("relation", x.predicate)) \(o) .\n")
        }
    }
}
