/// The kinds of entity the graph holds; the wire and the projection spell them as the raw value.
public enum EntityType: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case person = "PERSON"
    case org = "ORG"
    case place = "PLACE"
    case event = "EVENT"

    /// The type spelled in any case ("person", "Org"), or nil.
    public init?(spelled text: String) { self.init(rawValue: text.uppercased()) }

    public var description: String { rawValue }

    /// Every type as the command line lists them: "PERSON, ORG, PLACE or EVENT".
    public static var spelledList: String {
        let names = allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
