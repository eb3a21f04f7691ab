public import DossierEvents

/// Proposes merges of person entities that look like spelling variants; never merges.
public enum MergeCandidates {
    /// Levenshtein distance, bounded for speed.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > 3 { return 4 }
        var previous = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var current = [i] + [Int](repeating: 0, count: y.count)
            for j in 1...max(1, y.count) where !y.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return x.isEmpty ? y.count : previous[y.count]
    }

    /// Pairs of (id, label) persons with the same surname and first names one or two edits apart.
    public static func propose(_ people: [(id: String, label: String)]) -> [ArticleExtracted.MergeCandidate] {
        var result: [ArticleExtracted.MergeCandidate] = []
        for (i, a) in people.enumerated() {
            for b in people[(i + 1)...] where a.id != b.id {
                let pa = TextFolding.fold(a.label).split(separator: " "),
                    pb = TextFolding.fold(b.label).split(separator: " ")
                guard pa.count >= 2, pb.count >= 2, pa.last == pb.last, let fa = pa.first, let fb = pb.first,
                    fa.count >= 4, fb.count >= 4
                else { continue }
                let d = distance(String(fa), String(fb))
                if d >= 1 && d <= 2 {
                    let (x, y) = a.id < b.id ? (a.id, b.id) : (b.id, a.id)
                    result.append(.init(a: x, b: y, reason: "spelling-variant", score: d == 1 ? 800 : 600))
                }
            }
        }
        return result
    }

    /// Candidates among an article's people and between them and the gazetteer's people.
    static func within(_ entities: [ResolvedEntity], gazetteer: Gazetteer) -> [ArticleExtracted.MergeCandidate] {
        let people = entities.filter { $0.type == .person }.map { (id: $0.id, label: $0.label) }
        var result = propose(people)
        for p in people where !p.id.hasPrefix("wd:") {
            let surname = TextFolding.fold(p.label).split(separator: " ").last
            for k in gazetteer.people where k.surname == surname {
                result += propose([p, (id: k.id, label: k.label)])
            }
        }
        return result
    }
}
