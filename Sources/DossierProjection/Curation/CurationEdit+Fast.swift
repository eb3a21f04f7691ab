import DossierEvents

extension CurationEdit {
    /// Decodes a current-version curation payload with ``FlatJSON`` rather than `JSONDecoder`;
    /// nil (the caller then takes `JSONDecoder`'s way, the reference) for other types, older
    /// versions, erased payloads and any payload it does not read exactly as `JSONDecoder` would.
    static func decodeFast(_ event: Event) -> CurationEdit? {
        guard let payload = event.payload, let json = FlatJSON.parse(payload) else { return nil }
        let type = event.header.type, version = event.header.typeVersion
        func current<P: EventPayload>(_ payload: P.Type) -> Bool { type == P.eventType && version == P.typeVersion }
        guard let reason = json.optionalString("reason") else { return nil }
        if current(EntitiesMerged.self) {
            guard let entity = json.string("entity"), let into = json.string("into"), let refs = json.strings("supersedes") else { return nil }
            return CurationEdit(type: type, kind: "merge", target: entity, value: into, refs: refs, reason: reason)
        } else if current(MergeUndone.self) {
            guard let merge = json.string("merge"), let entity = json.string("entity") else { return nil }
            return CurationEdit(type: type, kind: "merge", target: entity, value: nil, refs: [merge], reason: reason)
        } else if current(AliasAdded.self) {
            guard let entity = json.string("entity"), let alias = json.string("alias") else { return nil }
            return CurationEdit(type: type, kind: "alias", target: entity, value: alias, refs: [], reason: reason)
        } else if current(AliasRemoved.self) {
            guard let entity = json.string("entity"), let alias = json.string("alias"), let refs = json.strings("removes") else { return nil }
            return CurationEdit(type: type, kind: "unalias", target: entity, value: alias, refs: refs, reason: reason)
        } else if current(EntityLabelSet.self) {
            guard let entity = json.string("entity"), let label = json.string("label"), let refs = json.strings("supersedes") else { return nil }
            return CurationEdit(type: type, kind: "label", target: entity, value: label, refs: refs, reason: reason)
        } else if current(EntityTypeSet.self) {
            guard let entity = json.string("entity"), let value = json.string("type"), let refs = json.strings("supersedes") else { return nil }
            return CurationEdit(type: type, kind: "type", target: entity, value: value, refs: refs, reason: reason)
        } else if current(FactRetracted.self) || current(FactRestored.self) {
            guard let fact = json.string("fact"), let article = json.string("article"), let refs = json.strings("supersedes") else { return nil }
            return CurationEdit(type: type, kind: "fact", target: fact, value: type == FactRetracted.eventType ? "retracted" : nil,
                                refs: refs, reason: reason, article: article)
        } else if current(MentionMoved.self) {
            guard let article = json.string("article"), let start = json.int("start"), let end = json.int("end"),
                  let from = json.optionalString("from"), let to = json.string("to"), let refs = json.strings("supersedes") else { return nil }
            _ = from
            return CurationEdit(type: type, kind: "mention", target: "\(article):\(start)-\(end)", value: to, refs: refs, reason: reason, article: article)
        } else if current(ArticleRedacted.self) {
            guard let article = json.string("article"), let events = json.strings("events"), let reason else { return nil }
            return CurationEdit(type: type, kind: "redact", target: article, value: nil, refs: events, reason: reason, article: article)
        } else if current(ConflictResolved.self) {
            guard json.string("conflict") != nil, let kind = json.string("kind"), let target = json.string("target"), json.string("chosen") != nil,
                  let value = json.optionalString("value"), let refs = json.strings("supersedes") else { return nil }
            return CurationEdit(type: type, kind: kind, target: target, value: value, refs: refs, reason: reason)
        }
        return nil
    }
}
