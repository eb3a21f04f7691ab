import DossierEvents
import GRDB

// The domain's ids and entity types read from and bound to SQLite as their text.

extension DomainIdentifier where Self: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Self? {
        String.fromDatabaseValue(value).map(Self.init)
    }
}

extension ArticleID: DatabaseValueConvertible {}
extension EntityID: DatabaseValueConvertible {}
extension EventID: DatabaseValueConvertible {}
extension FactID: DatabaseValueConvertible {}

/// The projection holds only the four types (an extraction's entity of any other type is not
/// projected, an `EntityTypeSet` to any other type has no effect), so a row's type always reads.
extension EntityType: DatabaseValueConvertible {}
