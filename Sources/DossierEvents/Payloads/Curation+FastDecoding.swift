// The curation payloads' hand-written decoders (see ``FastDecodable``): a curation event is
// small, and `JSONDecoder` costs more than everything else a rebuild does with one. Each reads
// the keys `JSONDecoder` requires (once each), optional ones as string or null, and skips
// unknown keys as `JSONDecoder` does.

extension FastJSONReader {
    /// An array of strings.
    mutating func strings() throws -> [String] { try array { try $0.string() } }

    /// Reads one object whose members `read` handles by key (returning false for a key it does
    /// not know, which is skipped); then checks that every bit of `required` was marked.
    static func payload<T>(
        _ bytes: [UInt8], required: UInt32, _ make: () -> T,
        _ read: (inout FastJSONReader, String, inout T, inout SeenKeys) throws -> Bool
    ) -> T? {
        decode(bytes) { r in
            var value = make()
            var seen = SeenKeys()
            try r.object { r, key in
                if try !read(&r, key, &value, &seen) { try r.skipValue() }
            }
            try seen.require(required)
            return value
        }
    }
}

extension EntitiesMerged: FastDecodable {
    public static func fastDecode(_ bytes: [UInt8]) -> EntitiesMerged? {
        FastJSONReader.payload(bytes, required: 0b111, { EntitiesMerged(entity: "", into: "") }) { r, key, p, seen in
            switch key {
            case "entity": try seen.mark(0); p.entity = try r.string()
            case "into": try seen.mark(1); p.into = try r.string()
            case "supersedes": try seen.mark(2); p.supersedes = try r.strings()
            case "reason": try seen.mark(3); p.reason = try r.optionalString()
            default: return false
            }
            return true
        }
    }
}

extension MergeUndone: FastDecodable {
    public static func fastDecode(_ bytes: [UInt8]) -> MergeUndone? {
        FastJSONReader.payload(bytes, required: 0b11, { MergeUndone(merge: "", entity: "") }) { r, key, p, seen in
            switch key {
            case "merge": try seen.mark(0); p.merge = try r.string()
            case "entity": try seen.mark(1); p.entity = try r.string()
            case "reason": try seen.mark(2); p.reason = try r.optionalString()
            default: return false
            }
            return true
        }
    }
}

extension AliasAdded: FastDecodable {
    public static func fastDecode(_ bytes: [UInt8]) -> AliasAdded? {
        FastJSONReader.payload(bytes, required: 0b11, { AliasAdded(entity: "", alias: "") }) { r, key, p, seen in
            switch key {
            case "entity": try seen.mark(0); p.entity = try r.string()
            case "alias": try seen.mark(1); p.alias = try r.string()
            case "reason": try seen.mark(2); p.reason = try r.optionalString()
            default: return false
            }
            return true
        }
    }
}

extension AliasRemoved: FastDecodable {
    public static func fastDecode(_ bytes: [UInt8]) -> AliasRemoved? {
        FastJSONReader.payload(bytes, required: 0b111, { AliasRemoved(entity: "", alias: "", removes: []) }) {
            r, key, p, seen in
            switch key {
            case "entity": try seen.mark(0); p.entity = try r.string()
            case "alias": try seen.mark(1); p.alias = try r.string()
            case "removes": try seen.mark(2); p.removes = try r.strings()
            case "reason": try seen.mark(3); p.reason = try r.optionalString()
            default: return false
            }
            return true
        }
    }
}

extension EntityLabelSet: FastDecodable {
    public static func fastDecode(_ bytes: [UInt8]) -> EntityLabelSet? {
        FastJSONReader.payload(bytes, required: 0b111, { EntityLabelSet(entity: "", label: "") }) { r, key, p, seen in
            switch key {
            case "entity": try seen.mark(0); p.entity = try r.string()
            case "label": try seen.mark(1); p.label = try r.string()
            case "supersedes": try seen.mark(2); p.supersedes = try r.strings()
            case "reason": try seen.mark(3); p.reason = try r.optionalString()
            default: return false
            }
            return true
        }
    }
}

extension EntityTypeSet: FastDecodable {
    public static func fastDecode(_ bytes: [UInt8]) -> EntityTypeSet? {
        FastJSONReader.payload(bytes, required: 0b111, { EntityTypeSet(entity: "", type: "") }) { r, key, p, seen in
            switch key {
            case "entity": try seen.mark(0); p.entity = try r.string()
            case "type": try seen.mark(1); p.type = try r.string()
            case "supersedes": try seen.mark(2); p.supersedes = try r.strings()
            case "reason": try seen.mark(3); p.reason = try r.optionalString()
            default: return false
            }
            return true
        }
    }
}

extension FactRetracted: FastDecodable {
    public static func fastDecode(_ bytes: [UInt8]) -> FactRetracted? {
        FastJSONReader.payload(bytes, required: 0b111, { FactRetracted(fact: "", article: "") }) { r, key, p, seen in
            switch key {
            case "fact": try seen.mark(0); p.fact = try r.string()
            case "article": try seen.mark(1); p.article = try r.string()
            case "supersedes": try seen.mark(2); p.supersedes = try r.strings()
            case "reason": try seen.mark(3); p.reason = try r.optionalString()
            default: return false
            }
            return true
        }
    }
}

extension FactRestored: FastDecodable {
    public static func fastDecode(_ bytes: [UInt8]) -> FactRestored? {
        FastJSONReader.payload(bytes, required: 0b111, { FactRestored(fact: "", article: "", supersedes: []) }) {
            r, key, p, seen in
            switch key {
            case "fact": try seen.mark(0); p.fact = try r.string()
            case "article": try seen.mark(1); p.article = try r.string()
            case "supersedes": try seen.mark(2); p.supersedes = try r.strings()
            case "reason": try seen.mark(3); p.reason = try r.optionalString()
            default: return false
            }
            return true
        }
    }
}

extension MentionMoved: FastDecodable {
    public static func fastDecode(_ bytes: [UInt8]) -> MentionMoved? {
        FastJSONReader.payload(
            bytes, required: 0b110111, { MentionMoved(article: "", start: 0, end: 0, from: nil, to: "") }
        ) { r, key, p, seen in
            switch key {
            case "article": try seen.mark(0); p.article = try r.string()
            case "start": try seen.mark(1); p.start = try r.int()
            case "end": try seen.mark(2); p.end = try r.int()
            case "from": try seen.mark(3); p.from = try r.optionalString()
            case "to": try seen.mark(4); p.to = try r.string()
            case "supersedes": try seen.mark(5); p.supersedes = try r.strings()
            case "reason": try seen.mark(6); p.reason = try r.optionalString()
            default: return false
            }
            return true
        }
    }
}

extension ArticleRedacted: FastDecodable {
    public static func fastDecode(_ bytes: [UInt8]) -> ArticleRedacted? {
        FastJSONReader.payload(bytes, required: 0b111, { ArticleRedacted(article: "", events: [], reason: "") }) {
            r, key, p, seen in
            switch key {
            case "article": try seen.mark(0); p.article = try r.string()
            case "events": try seen.mark(1); p.events = try r.strings()
            case "reason": try seen.mark(2); p.reason = try r.string()
            default: return false
            }
            return true
        }
    }
}

extension ConflictResolved: FastDecodable {
    public static func fastDecode(_ bytes: [UInt8]) -> ConflictResolved? {
        FastJSONReader.payload(
            bytes, required: 0b101111,
            {
                ConflictResolved(conflict: "", kind: "", target: "", chosen: "", value: nil, supersedes: [])
            }
        ) { r, key, p, seen in
            switch key {
            case "conflict": try seen.mark(0); p.conflict = try r.string()
            case "kind": try seen.mark(1); p.kind = try r.string()
            case "target": try seen.mark(2); p.target = try r.string()
            case "chosen": try seen.mark(3); p.chosen = try r.string()
            case "value": try seen.mark(4); p.value = try r.optionalString()
            case "supersedes": try seen.mark(5); p.supersedes = try r.strings()
            case "reason": try seen.mark(6); p.reason = try r.optionalString()
            default: return false
            }
            return true
        }
    }
}
