/// The curated multilingual gazetteer, one data file per kind of entry (see `Data/`).
///
/// Line format: `wikidataId|TYPE|English label|aliases; …|demonyms; …|key=value; …`.
/// `#` starts a comment line; blank lines are ignored.
enum GazetteerData {
    /// Every data block, in priority order (an alias claimed twice goes to the earlier block); the generated
    /// open-data block of news media and brands (`Generated/KnownOrganisationsData.swift`) comes last.
    static var all: [String] { [countries, capitals, organisations, people, regions, events, knownOrganisations] }
}
