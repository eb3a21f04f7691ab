/// What a curation event edits; the projection's `curation.kind` column holds the raw value.
///
/// Registers (`label`, `type`, `merge`, `fact`, `mention`) hold one value per target, last
/// writer wins and concurrent writes are conflicts; `alias`/`unalias` form an observed-remove
/// set; `redact` erases an article.
public enum CurationKind: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case label, type, merge, fact, mention, alias, unalias, redact

    /// True for the last-writer-wins registers.
    public var isRegister: Bool {
        switch self {
        case .label, .type, .merge, .fact, .mention: true
        case .alias, .unalias, .redact: false
        }
    }

    public var description: String { rawValue }
}
