/// The tagger's labels: BIO over the four entity types, `O` outside any name.
public enum TagLabel {
    /// Label names in index order (the weight table's columns).
    public static let names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-PLACE", "I-PLACE", "B-EVENT", "I-EVENT"]
    /// Number of labels.
    public static let count = names.count

    /// The index of a label name; unknown names are `O`.
    public static func index(_ name: String) -> Int { names.firstIndex(of: name) ?? 0 }

    /// The entity type of a label index (nil for `O`).
    static func type(_ label: Int) -> EntityType? {
        switch (label + 1) / 2 {
        case 1: .person
        case 2: .org
        case 3: .place
        case 4: .event
        default: nil
        }
    }

    /// True for a `B-` label.
    static func isBegin(_ label: Int) -> Bool { label > 0 && label % 2 == 1 }

    /// True when `label` may follow `previous`: an `I-` continues a mention of its own type only.
    static func allowed(_ label: Int, after previous: Int) -> Bool {
        guard label > 0, label % 2 == 0 else { return true }
        return previous == label || previous == label - 1
    }
}
