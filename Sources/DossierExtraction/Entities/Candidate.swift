/// A candidate mention before resolution: a token range, a type when the rules could tell,
/// and where it came from.
struct Candidate: Sendable, Equatable {
    /// Which rule produced it; earlier cases win ties.
    enum Source: Int, Sendable, Comparable {
        case gazetteer = 0, pattern = 1, model = 2, capitalized = 3, pending = 4
        static func < (a: Source, b: Source) -> Bool { a.rawValue < b.rawValue }
    }
    /// Token range.
    var range: Range<Int>
    /// Type, nil for a capitalized word left for coreference to decide.
    var type: EntityType?
    /// Origin.
    var source: Source
    /// Gazetteer entry index, when matched there.
    var entry: Int?
    /// A fixed id decided by the rule (elections), else derived later.
    var fixedId: String?
    /// A fixed label decided by the rule.
    var fixedLabel: String?
    /// True when a weak gazetteer form (derived surname) matched.
    var weak = false
}
