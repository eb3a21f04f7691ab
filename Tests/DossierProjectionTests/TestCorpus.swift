import DossierEvents
import Foundation

@testable import DossierProjection

/// A small corpus with overlapping entities, two authors, two extractor versions, duplicate
/// ingestions and an extraction whose article arrives from another author.
enum TestCorpus {
    static let alice = String(repeating: "a1", count: 32)
    static let bob = String(repeating: "b2", count: 32)

    static let texts: [(title: String, body: String)] = [
        (
            "Talks in Geneva",
            "Emmanuel Macron met Olaf Scholz in Geneva on Monday. Macron said the talks were useful.\nThe United Nations welcomed the meeting. Scholz left for Berlin."
        ),
        (
            "Sommet à Bruxelles",
            "Le président Emmanuel Macron a rencontré Ursula von der Leyen à Bruxelles. Selon Macron, « l'Europe doit agir ».\nL'OTAN a salué l'accord."
        ),
        (
            "Troops",
            "NATO said 2,500 soldiers arrived in Vilnius. Olaf Scholz visited the troops. The United Nations was not involved."
        ),
        (
            "Économie",
            "À Berlin, Olaf Scholz a présenté un budget de 3,8 milliards d'euros. Ursula von der Leyen a salué le plan."
        ),
        (
            "Geneva again",
            "In Geneva, the United Nations hosted Ursula von der Leyen and Emmanuel Macron. NATO was not invited."
        ),
        ("Short", "Vilnius is quiet. Berlin too."),
    ]

    static let people: [(id: String, type: String, label: String, surfaces: [String])] = [
        ("wd:Q3052772", "PERSON", "Emmanuel Macron", ["Emmanuel Macron", "Macron"]),
        ("wd:Q61053", "PERSON", "Olaf Scholz", ["Olaf Scholz", "Scholz"]),
        ("wd:Q60772", "PERSON", "Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("wd:Q71", "PLACE", "Geneva", ["Geneva"]),
        ("wd:Q239", "PLACE", "Brussels", ["Bruxelles"]),
        ("wd:Q64", "PLACE", "Berlin", ["Berlin"]),
        ("wd:Q216", "PLACE", "Vilnius", ["Vilnius"]),
        ("wd:Q1065", "ORG", "United Nations", ["United Nations"]),
        ("wd:Q7184", "ORG", "NATO", ["NATO", "OTAN"]),
    ]

    /// Scalar offsets of every occurrence of `needle` in `body`.
    static func spans(of needle: String, in body: String) -> [ArticleExtracted.Span] {
        let hay = Array(body.unicodeScalars), n = Array(needle.unicodeScalars)
        var out: [ArticleExtracted.Span] = []
        var i = 0
        while i + n.count <= hay.count {
            if Array(hay[i..<(i + n.count)]) == n {
                out.append(.init(start: i, end: i + n.count)); i += n.count
            } else {
                i += 1
            }
        }
        return out
    }

    static func ingested(_ index: Int, source: String, at: Int) -> ArticleIngested {
        let t = texts[index]
        return ArticleIngested(
            articleId: Hex.sha256(Array(t.body.utf8)), source: source, title: t.title, language: "en",
            published: "2026-03-0\(index + 1)", ingestedAt: at, body: t.body, boilerplate: [],
            format: "text", encoding: .utf8, encodingFallback: false)
    }

    /// An extraction; version 2 also finds short names and a date, version 1 only full names.
    static func extracted(_ index: Int, version: Int) -> ArticleExtracted {
        let body = texts[index].body
        var entities: [ArticleExtracted.Entity] = []
        for p in people {
            let surfaces = version >= 2 ? p.surfaces : [p.surfaces[0]]
            var found: [ArticleExtracted.Span] = []
            for surface in surfaces { found += spans(of: surface, in: body) }
            // Short names inside full names are not separate mentions.
            let spans = found.filter { sp in !found.contains { $0 != sp && $0.start <= sp.start && sp.end <= $0.end } }
            if !spans.isEmpty {
                entities.append(
                    .init(
                        id: p.id, type: p.type, label: version >= 2 ? p.label : p.surfaces[0],
                        mentions: spans.sorted { $0.start < $1.start }))
            }
        }
        var facts: [ArticleExtracted.Relation] = []
        if let met = spans(of: "met", in: body).first, entities.count >= 2 {
            facts.append(
                .init(
                    subject: entities[0].id, predicate: "met", object: entities[1].id, start: max(0, met.start - 16),
                    end: met.end + 12,
                    when: version >= 2 ? "2026-03-02" : nil))
        }
        var dates: [ArticleExtracted.DateValue] = []
        if version >= 2, let monday = spans(of: "Monday", in: body).first {
            dates.append(.init(start: monday.start, end: monday.end, value: "2026-03-02"))
        }
        var quantities: [ArticleExtracted.Quantity] = []
        if let q = spans(of: "2,500 soldiers", in: body).first {
            quantities.append(.init(start: q.start, end: q.end, value: "2500", unit: "soldier"))
        }
        return ArticleExtracted(
            articleId: Hex.sha256(Array(body.utf8)), extractor: "test-rules", extractorVersion: version,
            entities: entities, dates: dates, quantities: quantities, facts: facts, statements: [], mergeCandidates: [])
    }

    /// Builds a chain of events for one author from payload drafts.
    static func chain(author: String, _ drafts: [EventDraft], hlcStart: Int) -> [Event] {
        var prev: String?
        var out: [Event] = []
        for (i, draft) in drafts.enumerated() {
            let header = draft.header(author: author, seq: i + 1, prev: prev, hlc: hlcStart + i * 1000)
            let event = Event(header: header, payload: draft.payload)
            out.append(event)
            prev = event.id
        }
        return out
    }

    /// Alice ingests and extracts (v1) articles 0–3; Bob ingests 2–5 (2 and 3 again), extracts 0, 2, 4, 5 with v2,
    /// and extracts article 1 with v1 (a tie with Alice's version).
    static func events() throws -> [Event] {
        var a: [EventDraft] = []
        for i in 0...3 {
            a.append(try EventDraft(ingested(i, source: "alice/\(i).txt", at: 1_000 + i)))
            a.append(try EventDraft(extracted(i, version: 1)))
        }
        var b: [EventDraft] = []
        for i in [2, 3, 4, 5] { b.append(try EventDraft(ingested(i, source: "bob/\(i).txt", at: 2_000 + i))) }
        for i in [0, 2, 4, 5] { b.append(try EventDraft(extracted(i, version: 2))) }
        b.append(try EventDraft(extracted(1, version: 1)))
        return chain(author: alice, a, hlcStart: 1_700_000_000_000_000)
            + chain(author: bob, b, hlcStart: 1_699_999_999_000_000)
    }
}

/// A temporary folder removed when the value is released.
final class TempFolder {
    let path: String
    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-proj-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func file(_ name: String) -> String { path + "/" + name }
}

/// A deterministic random generator (SplitMix64) so failures can be replayed from the seed.
typealias SeededRandom = SplitMix64
