extension ArticleExtracted: FastDecodable {
    public static func fastDecode(_ bytes: [UInt8]) -> ArticleExtracted? {
        FastJSONReader.decode(bytes) { r in
            var seen = SeenKeys()
            var x = ArticleExtracted(
                articleId: "", extractor: "", extractorVersion: 0, entities: [], dates: [], quantities: [],
                facts: [], statements: [], mergeCandidates: [])
            try r.object { r, key in
                switch key {
                case "articleId": try seen.mark(0); x.articleId = try r.string()
                case "extractor": try seen.mark(1); x.extractor = try r.string()
                case "extractorVersion": try seen.mark(2); x.extractorVersion = try r.int()
                case "entities": try seen.mark(3); x.entities = try r.array(Entity.read)
                case "dates": try seen.mark(4); x.dates = try r.array(DateValue.read)
                case "quantities": try seen.mark(5); x.quantities = try r.array(Quantity.read)
                case "facts": try seen.mark(6); x.facts = try r.array(Relation.read)
                case "statements": try seen.mark(7); x.statements = try r.array(Statement.read)
                case "mergeCandidates": try seen.mark(8); x.mergeCandidates = try r.array(MergeCandidate.read)
                case "model": try seen.mark(9); x.model = try r.string()
                default: try r.skipValue()
                }
            }
            try seen.require(0x1FF)
            return x
        }
    }
}

extension ArticleExtracted.Span {
    static func read(_ r: inout FastJSONReader) throws -> Self {
        var seen = SeenKeys(), s = Self(start: 0, end: 0)
        try r.object { r, key in
            switch key {
            case "start": try seen.mark(0); s.start = try r.int()
            case "end": try seen.mark(1); s.end = try r.int()
            default: try r.skipValue()
            }
        }
        try seen.require(0b11)
        return s
    }
}

extension ArticleExtracted.Entity {
    static func read(_ r: inout FastJSONReader) throws -> Self {
        var seen = SeenKeys(), e = Self(id: "", type: "", label: "", mentions: [])
        try r.object { r, key in
            switch key {
            case "id": try seen.mark(0); e.id = try r.string()
            case "type": try seen.mark(1); e.type = try r.string()
            case "label": try seen.mark(2); e.label = try r.string()
            case "mentions": try seen.mark(3); e.mentions = try r.array(ArticleExtracted.Span.read)
            default: try r.skipValue()
            }
        }
        try seen.require(0b1111)
        return e
    }
}

extension ArticleExtracted.DateValue {
    static func read(_ r: inout FastJSONReader) throws -> Self {
        var seen = SeenKeys(), d = Self(start: 0, end: 0, value: nil)
        try r.object { r, key in
            switch key {
            case "start": try seen.mark(0); d.start = try r.int()
            case "end": try seen.mark(1); d.end = try r.int()
            case "value": try seen.mark(2); d.value = try r.optionalString()
            default: try r.skipValue()
            }
        }
        try seen.require(0b11)
        return d
    }
}

extension ArticleExtracted.Quantity {
    static func read(_ r: inout FastJSONReader) throws -> Self {
        var seen = SeenKeys(), q = Self(start: 0, end: 0, value: "", unit: "")
        try r.object { r, key in
            switch key {
            case "start": try seen.mark(0); q.start = try r.int()
            case "end": try seen.mark(1); q.end = try r.int()
            case "value": try seen.mark(2); q.value = try r.string()
            case "unit": try seen.mark(3); q.unit = try r.string()
            default: try r.skipValue()
            }
        }
        try seen.require(0b1111)
        return q
    }
}

extension ArticleExtracted.Relation {
    static func read(_ r: inout FastJSONReader) throws -> Self {
        var seen = SeenKeys(), f = Self(subject: "", predicate: "", object: "", start: 0, end: 0, when: nil)
        try r.object { r, key in
            switch key {
            case "subject": try seen.mark(0); f.subject = try r.string()
            case "predicate": try seen.mark(1); f.predicate = try r.string()
            case "object": try seen.mark(2); f.object = try r.string()
            case "start": try seen.mark(3); f.start = try r.int()
            case "end": try seen.mark(4); f.end = try r.int()
            case "when": try seen.mark(5); f.when = try r.optionalString()
            default: try r.skipValue()
            }
        }
        try seen.require(0b11111)
        return f
    }
}

extension ArticleExtracted.Statement {
    static func read(_ r: inout FastJSONReader) throws -> Self {
        var seen = SeenKeys(), s = Self(speaker: "", start: 0, end: 0, cue: "")
        try r.object { r, key in
            switch key {
            case "speaker": try seen.mark(0); s.speaker = try r.string()
            case "start": try seen.mark(1); s.start = try r.int()
            case "end": try seen.mark(2); s.end = try r.int()
            case "cue": try seen.mark(3); s.cue = try r.string()
            default: try r.skipValue()
            }
        }
        try seen.require(0b1111)
        return s
    }
}

extension ArticleExtracted.MergeCandidate {
    static func read(_ r: inout FastJSONReader) throws -> Self {
        var seen = SeenKeys(), m = Self(a: "", b: "", reason: "", score: 0)
        try r.object { r, key in
            switch key {
            case "a": try seen.mark(0); m.a = try r.string()
            case "b": try seen.mark(1); m.b = try r.string()
            case "reason": try seen.mark(2); m.reason = try r.string()
            case "score": try seen.mark(3); m.score = try r.int()
            default: try r.skipValue()
            }
        }
        try seen.require(0b1111)
        return m
    }
}
