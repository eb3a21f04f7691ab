import DossierEvents
import Foundation
import GRDB

/// What queries need of curation to show the graph as edited: merge components and moved
/// mentions, read from `curation_effects` (applied rows only), which is a function of the set
/// of events. Base rows stay as extracted; queries fold these in when they read.
struct CurationView {
    /// A mention reattributed by `mention move`: every extracted row at its span now counts once, for `to`.
    struct Move {
        /// Article id.
        var article: String
        /// Article key.
        var articleKey: Int64
        /// Span start.
        var start: Int
        /// Span end.
        var end: Int
        /// The entity it belongs to (as written, before merges).
        var to: String
        /// Keys of the entities the extraction gave the span to.
        var from: [Int64]
    }

    /// Merged entity → its representative.
    var representative: [String: String] = [:]
    /// Representative → every entity of its component (itself included), sorted.
    var members: [String: [String]] = [:]
    /// Moved mentions, by article id and span.
    var moves: [Move] = []
    /// ``representative`` by entity key.
    var representativeKeys: [Int64: Int64] = [:]
    /// ``members`` by entity key.
    var memberKeys: [Int64: [Int64]] = [:]
    /// Keys of the representatives that moves take a span from or give one to.
    var touched = Set<Int64>()

    /// No merge and no move applies.
    var isEmpty: Bool { representative.isEmpty && moves.isEmpty }

    /// Entities merged into others or receiving merges.
    var merged: Set<String> { Set(members.values.joined()) }

    static func load(_ db: Database) throws -> CurationView {
        var view = CurationView()
        let rows = try Row.fetchAll(
            db,
            sql:
                "SELECT kind, target, value FROM curation_effects WHERE applied = 1 AND kind IN ('merge', 'mention') ORDER BY kind, target, value"
        )
        for row in rows {
            let kind: String = row[0], target: String = row[1], value: String = row[2]
            if kind == "merge" {
                view.representative[target] = value
                view.representativeKeys[Keys.string(target)] = Keys.string(value)
                view.members[value, default: [value]].append(target)
            } else if let m = CurationIds.parseMention(target) {
                let key = Keys.digest(m.article)
                let from = try Int64.fetchAll(
                    db.cachedStatement(
                        sql:
                            "SELECT entity FROM mentions WHERE article = ? AND start = ? AND \"end\" = ? ORDER BY entity"
                    ),
                    arguments: [key, m.start, m.end])
                view.moves.append(
                    Move(article: m.article, articleKey: key, start: m.start, end: m.end, to: value, from: from))
            }
        }
        for rep in view.members.keys {
            view.members[rep]!.sort()
            view.memberKeys[Keys.string(rep)] = view.members[rep]!.map(Keys.string).sorted()
        }
        for move in view.moves {
            view.touched.insert(Keys.string(view.rep(move.to)))
            for key in move.from { view.touched.insert(view.repKey(key)) }
        }
        return view
    }

    /// The entity an id stands for after merges.
    func rep(_ id: String) -> String { representative[id] ?? id }

    /// Every entity folded into `rep` (itself included), sorted.
    func component(_ rep: String) -> [String] { members[rep] ?? [rep] }

    /// Keys of a component.
    func componentKeys(_ rep: String) -> Set<Int64> { Set(component(rep).map(Keys.string)) }

    /// Keys of the component of a representative's key, sorted.
    func componentKeys(key: Int64) -> [Int64] { memberKeys[key] ?? [key] }

    /// The representative of an entity key (for keys of entities not merged into another, the key itself).
    func repKey(_ key: Int64) -> Int64 { representativeKeys[key] ?? key }

    /// How moved mentions change a component's mentions per article: for each move, minus the
    /// component's extracted rows at the span, plus one when the span now belongs to the component.
    func moveDeltas(_ rep: String) -> [Int64: Int] {
        let keys = componentKeys(rep)
        var deltas: [Int64: Int] = [:]
        for move in moves {
            let delta = (self.rep(move.to) == rep ? 1 : 0) - move.from.filter(keys.contains).count
            if delta != 0 { deltas[move.articleKey, default: 0] += delta }
        }
        return deltas
    }

    /// Whether any move takes a span from, or gives one to, the component of `rep`.
    func movesTouch(_ rep: String) -> Bool { touched.contains(Keys.string(rep)) }
}
