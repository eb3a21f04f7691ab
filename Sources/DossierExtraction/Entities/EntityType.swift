/// The four entity types of the extraction.
public enum EntityType: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// A person.
    case person = "PERSON"
    /// An organisation, institution, armed group, outlet.
    case org = "ORG"
    /// A place: country, city, region, building, base.
    case place = "PLACE"
    /// A named event: attack, agreement, mission, election.
    case event = "EVENT"

    /// The id prefix for entities without a gazetteer id.
    public var idPrefix: String {
        switch self {
        case .person: "person"
        case .org: "org"
        case .place: "place"
        case .event: "event"
        }
    }
}
