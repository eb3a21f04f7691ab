public import DossierEvents

/// The `extract --json` shape: language, title, published, boilerplate, body,
/// entities with mentions, dates, quantities and facts, surfaces included.
public struct ExtractionReport: Codable, Sendable, Equatable {
    /// A `[start, end)` span with its surface.
    public struct Mention: Codable, Sendable, Equatable {
        public var start: Int; public var end: Int; public var surface: String
    }
    /// An entity with its mentions.
    public struct Entity: Codable, Sendable, Equatable {
        public var id: String; public var type: String; public var label: String; public var mentions: [Mention]
    }
    /// A date; `value` is null when it cannot be anchored.
    public struct DateItem: Codable, Sendable, Equatable {
        public var start: Int; public var end: Int; public var surface: String; public var value: String?
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(start, forKey: .start); try c.encode(end, forKey: .end);
            try c.encode(surface, forKey: .surface)
            try c.encode(value, forKey: .value)
        }
    }
    /// A quantity; `value` is a JSON integer when integral, else a decimal string.
    public struct QuantityItem: Codable, Sendable, Equatable {
        public var start: Int; public var end: Int; public var surface: String; public var value: String;
        public var unit: String
        enum CodingKeys: String, CodingKey { case start, end, surface, value, unit }
        public init(start: Int, end: Int, surface: String, value: String, unit: String) {
            self.start = start; self.end = end; self.surface = surface; self.value = value; self.unit = unit
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            start = try c.decode(Int.self, forKey: .start); end = try c.decode(Int.self, forKey: .end)
            surface = try c.decode(String.self, forKey: .surface); unit = try c.decode(String.self, forKey: .unit)
            if let n = try? c.decode(Int.self, forKey: .value) {
                value = String(n)
            } else {
                value = try c.decode(String.self, forKey: .value)
            }
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(start, forKey: .start); try c.encode(end, forKey: .end);
            try c.encode(surface, forKey: .surface)
            if let n = Int(value) { try c.encode(n, forKey: .value) } else { try c.encode(value, forKey: .value) }
            try c.encode(unit, forKey: .unit)
        }
    }
    /// A relation with its evidence span.
    public struct Fact: Codable, Sendable, Equatable {
        public var subject: String; public var predicate: String; public var object: String; public var start: Int;
        public var end: Int
        public var when: String?
    }
    /// An attributed statement.
    public struct StatementItem: Codable, Sendable, Equatable {
        public var speaker: String; public var start: Int; public var end: Int; public var quote: String;
        public var cue: String
    }

    public var language: String
    public var title: String?
    public var published: String?
    public var boilerplate: [String]
    public var body: String
    public var entities: [Entity]
    public var dates: [DateItem]
    public var quantities: [QuantityItem]
    public var facts: [Fact]
    public var statements: [StatementItem]
    public var mergeCandidates: [ArticleExtracted.MergeCandidate]

    /// Builds the report from a prepared article and its extraction (surfaces cut from the body).
    public init(article: PreparedArticle, extraction: ArticleExtracted) {
        let scalars = Array(article.body.unicodeScalars)
        func cut(_ s: Int, _ e: Int) -> String {
            guard s >= 0, e <= scalars.count, s <= e else { return "" }
            return String(String.UnicodeScalarView(scalars[s..<e]))
        }
        language = article.language
        title = article.title
        published = article.published
        boilerplate = article.boilerplate
        body = article.body
        entities = extraction.entities.map { e in
            Entity(
                id: e.id, type: e.type, label: e.label,
                mentions: e.mentions.map { Mention(start: $0.start, end: $0.end, surface: cut($0.start, $0.end)) })
        }
        dates = extraction.dates.map {
            DateItem(start: $0.start, end: $0.end, surface: cut($0.start, $0.end), value: $0.value)
        }
        quantities = extraction.quantities.map {
            QuantityItem(start: $0.start, end: $0.end, surface: cut($0.start, $0.end), value: $0.value, unit: $0.unit)
        }
        facts = extraction.facts.map {
            Fact(
                subject: $0.subject, predicate: $0.predicate, object: $0.object, start: $0.start, end: $0.end,
                when: $0.when)
        }
        statements = extraction.statements.map {
            StatementItem(speaker: $0.speaker, start: $0.start, end: $0.end, quote: cut($0.start, $0.end), cue: $0.cue)
        }
        mergeCandidates = extraction.mergeCandidates
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(language, forKey: .language); try c.encode(title, forKey: .title);
        try c.encode(published, forKey: .published)
        try c.encode(boilerplate, forKey: .boilerplate); try c.encode(body, forKey: .body);
        try c.encode(entities, forKey: .entities)
        try c.encode(dates, forKey: .dates); try c.encode(quantities, forKey: .quantities);
        try c.encode(facts, forKey: .facts)
        try c.encode(statements, forKey: .statements); try c.encode(mergeCandidates, forKey: .mergeCandidates)
    }

    /// A readable plain-text rendering: header, entities with surfaces, dates, quantities, facts.
    public func renderText() -> String {
        var lines: [String] = []
        lines.append("language: \(language)   title: \(title ?? "-")   published: \(published ?? "-")")
        lines.append("boilerplate lines removed: \(boilerplate.count)")
        lines.append("")
        lines.append("ENTITIES (\(entities.count))")
        for e in entities {
            let surfaces = Array(Set(e.mentions.map(\.surface))).sorted().joined(separator: " | ")
            lines.append(
                "  " + e.type.padding(7) + e.label.padding(32) + "\(e.mentions.count)×".padding(5) + e.id.padding(34)
                    + surfaces)
        }
        lines.append("")
        lines.append("DATES (\(dates.count))")
        for d in dates { lines.append("  " + (d.value ?? "?").padding(12) + d.surface) }
        lines.append("")
        lines.append("QUANTITIES (\(quantities.count))")
        for q in quantities { lines.append("  " + q.value.padding(16) + q.unit.padding(14) + q.surface) }
        lines.append("")
        lines.append("FACTS (\(facts.count))")
        for f in facts {
            lines.append("  \(f.subject) —\(f.predicate)→ \(f.object)" + (f.when.map { " (\($0))" } ?? ""))
        }
        lines.append("")
        lines.append("STATEMENTS (\(statements.count))")
        for s in statements { lines.append("  \(s.speaker) [\(s.cue)]: \(s.quote.prefix(100))") }
        return lines.joined(separator: "\n")
    }
}
