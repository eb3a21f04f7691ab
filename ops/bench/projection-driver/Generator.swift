import DossierEvents
import Foundation

/// SplitMix64: reproducible randomness from a seed.
typealias Random = SplitMix64

/// A synthetic entity: id, type, full label and the short form used after the first mention.
struct PoolEntity {
    var id: String
    var type: String
    var label: String
    var short: String
}

/// Picks ranks 0..<n with probability ∝ 1/(rank+1)^s.
struct Zipf {
    let cumulative: [Double]
    init(n: Int, s: Double = 1.0) {
        var sum = 0.0
        cumulative = (0..<n).map { k in
            sum += 1 / pow(Double(k + 1), s); return sum
        }
    }
    func sample(_ rng: inout Random) -> Int {
        let u = Double.random(in: 0..<cumulative.last!, using: &rng)
        var lo = 0, hi = cumulative.count - 1
        while lo < hi { let mid = (lo + hi) / 2; if cumulative[mid] > u { hi = mid } else { lo = mid + 1 } }
        return lo
    }
}

/// Builds synthetic-but-realistic articles and their extractions: real sentence shapes in
/// English and French, a Zipf-distributed pool of people, organisations, places and events.
struct CorpusGenerator {
    var rng: Random
    let pool: [PoolEntity]
    let zipf: Zipf

    init(articles: Int, seed: UInt64) {
        rng = Random(state: seed)
        var pool: [PoolEntity] = []
        var seen = Set<String>()
        let size = max(400, articles / 4)
        var i = 0
        while pool.count < size {
            defer { i += 1 }
            let f = Names.first[i % Names.first.count], l = Names.last[(i / Names.first.count) % Names.last.count]
            let round = i / (Names.first.count * Names.last.count)
            let entity: PoolEntity
            switch i % 10 {
            case 0...4:
                let last = round == 0 ? l : l + "-" + Names.last[(i * 7 + round) % Names.last.count]
                entity = PoolEntity(
                    id: "person:" + Self.slug(f + " " + last), type: "PERSON", label: f + " " + last, short: last)
            case 5, 6:
                let shape = Names.orgShapes[(i / 10) % Names.orgShapes.count]
                let place = Names.places[(i / 3) % Names.places.count]
                var label = shape.replacingOccurrences(of: "%N", with: Names.orgNouns[(i / 7) % Names.orgNouns.count])
                    .replacingOccurrences(of: "%L", with: l).replacingOccurrences(of: "%P", with: place)
                if round > 0 || seen.contains("org:" + Self.slug(label)) { label += " " + String(i / 100) }
                let acronym = String(
                    label.split(separator: " ").compactMap { $0.first?.isUppercase == true ? $0.first : nil })
                entity = PoolEntity(
                    id: "org:" + Self.slug(label), type: "ORG", label: label,
                    short: acronym.count >= 2 ? acronym : label)
            case 7, 8:
                let k = i / 10
                let label =
                    k < Names.places.count
                    ? Names.places[k]
                    : Names.placeParts.0[k % 10]
                        + Names.placeParts.1[(k / 10) % 10].capitalizedFirst(after: Names.placeParts.0[k % 10])
                        + (k >= 100 + Names.places.count ? " \(k / 100)" : "")
                entity = PoolEntity(
                    id: k < Names.places.count ? "wd:Q\(1000 + k)" : "place:" + Self.slug(label), type: "PLACE",
                    label: label, short: label)
            default:
                let label =
                    Names.places[(i / 10) % Names.places.count] + " " + Names.events[(i / 13) % Names.events.count]
                    + " \(2015 + i % 10)"
                entity = PoolEntity(id: "event:" + Self.slug(label), type: "EVENT", label: label, short: label)
            }
            if seen.insert(entity.id).inserted { pool.append(entity) }
        }
        // Shuffle so that popularity does not follow construction order.
        var shuffleRNG = Random(state: seed ^ 0xABCDEF)
        pool.shuffle(using: &shuffleRNG)
        self.pool = pool
        zipf = Zipf(n: pool.count)
    }

    static func slug(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
    }

    /// One article: its ingestion and extraction payloads.
    mutating func article(index: Int) -> (ArticleIngested, ArticleExtracted) {
        let pool = self.pool, zipf = self.zipf
        var builder = ArticleBuilder(language: index % 3 == 2 ? "fr" : "en")
        builder.factDice = Random(state: rng.next())
        let castSize = Int.random(in: 4...8, using: &rng)
        var cast: [Int] = (0..<castSize).map { _ in zipf.sample(&rng) }
        let places = pool.indices.filter { pool[$0].type == "PLACE" }
        cast.append(places[zipf.sample(&rng) % places.count])
        var pickRNG = Random(state: rng.next())
        func pick(_ type: String? = nil) -> PoolEntity {
            for _ in 0..<6 {
                let k =
                    Double.random(in: 0..<1, using: &pickRNG) < 0.75
                    ? cast.randomElement(using: &pickRNG)! : zipf.sample(&pickRNG)
                if type == nil || pool[k].type == type { return pool[k] }
            }
            var k = zipf.sample(&pickRNG)
            while type != nil && pool[k].type != type { k = zipf.sample(&pickRNG) }
            return pool[k]
        }
        let year = 2018 + index % 7, month = (index / 7) % 12 + 1, day = (index / 3) % 28 + 1
        let published = String(format: "%04d-%02d-%02d", year, month, day)
        // Calibrated on the seeds: ~5 KB per article, ~10 mentions and ~0.7 facts per KB.
        let sentences = Int.random(in: 28...48, using: &rng)
        var local = rng
        for n in 0..<sentences {
            if n > 0 && n % 4 == 0 { builder.paragraph() }
            let filler = Double.random(in: 0..<1, using: &local) < 0.45
            builder.sentence(
                shape: filler ? 11 : Int.random(in: 0..<11, using: &local), rng: &local, pick: pick, year: year)
        }
        rng = local
        let body = builder.body
        let id = Hex.sha256(Array(body.utf8))
        let topics =
            builder.language == "fr"
            ? ["la crise s'aggrave", "nouvelles tensions", "les négociations reprennent"]
            : ["crisis deepens", "new tensions", "talks resume"]
        let title = builder.title ?? "\(pool[cast[0]].label): \(topics[index % topics.count])"
        let ingested = ArticleIngested(
            articleId: id, source: "synthetic/\(index).txt", title: title, language: builder.language,
            published: published, ingestedAt: 1_700_000_000_000 + index, body: body, boilerplate: [],
            format: "text", encoding: .utf8, encodingFallback: false)
        let extracted = ArticleExtracted(
            articleId: id, extractor: "bench-synthetic", extractorVersion: 1,
            entities: builder.entities(), dates: builder.dates, quantities: builder.quantities,
            facts: builder.facts, statements: builder.statements, mergeCandidates: [])
        return (ingested, extracted)
    }
}

extension String {
    func capitalizedFirst(after prefix: String) -> String {
        prefix.hasSuffix(" ") ? prefix.isEmpty ? self : capitalized : self
    }
}
