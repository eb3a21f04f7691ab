import DossierEvents
import Foundation

/// Writes an article sentence by sentence, recording every span as it goes.
struct ArticleBuilder {
    let language: String
    var body = ""
    var offset = 0
    var title: String?
    var mentions: [String: (entity: PoolEntity, spans: [ArticleExtracted.Span])] = [:]
    var order: [String] = []
    var dates: [ArticleExtracted.DateValue] = []
    var quantities: [ArticleExtracted.Quantity] = []
    var facts: [ArticleExtracted.Relation] = []
    var statements: [ArticleExtracted.Statement] = []
    /// Share of relation-shaped sentences the extractor turns into facts (real extractors find few).
    var factRate = 0.35
    var factDice = Random(state: 1)

    init(language: String) { self.language = language }

    mutating func text(_ s: String) {
        body += s
        offset += s.unicodeScalars.count
    }

    /// Writes an entity's name (full the first time, short after) and records the mention.
    @discardableResult
    mutating func entity(_ e: PoolEntity) -> ArticleExtracted.Span {
        let name = mentions[e.id] == nil ? e.label : e.short
        let span = ArticleExtracted.Span(start: offset, end: offset + name.unicodeScalars.count)
        text(name)
        if mentions[e.id] == nil { order.append(e.id); mentions[e.id] = (e, []) }
        mentions[e.id]!.spans.append(span)
        return span
    }

    mutating func date(_ rng: inout Random, year: Int) -> String {
        let m = Int.random(in: 1...12, using: &rng), d = Int.random(in: 1...28, using: &rng)
        let words =
            language == "fr" ? "\(d) \(Names.monthsFR[m - 1]) \(year)" : "\(Names.monthsEN[m - 1]) \(d), \(year)"
        let value = String(format: "%04d-%02d-%02d", year, m, d)
        dates.append(.init(start: offset, end: offset + words.unicodeScalars.count, value: value))
        text(words)
        return value
    }

    mutating func quantity(_ rng: inout Random, unit: String, words: String) {
        let n = Int.random(in: 2...400, using: &rng) * [1, 10, 100, 1000][Int.random(in: 0...3, using: &rng)]
        let digits = String(n)
        var grouped = ""
        for (i, c) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { grouped.append(language == "fr" ? " " : ",") }
            grouped.append(c)
        }
        let surface = String(grouped.reversed()) + " " + words
        quantities.append(.init(start: offset, end: offset + surface.unicodeScalars.count, value: digits, unit: unit))
        text(surface)
    }

    mutating func paragraph() { text("\n") }

    mutating func addFact(_ fact: ArticleExtracted.Relation) {
        if Double.random(in: 0..<1, using: &factDice) < factRate { facts.append(fact) }
    }

    /// One sentence of a given shape; entities come from `pick`.
    mutating func sentence(shape: Int, rng: inout Random, pick: (String?) -> PoolEntity, year: Int) {
        if !body.isEmpty && !body.hasSuffix("\n") { text(" ") }
        let start = offset
        let fr = language == "fr"
        switch shape {
        case 0:
            let a = pick("PERSON"), l = pick("PLACE")
            var b = pick("PERSON")
            for _ in 0..<3 where b.id == a.id { b = pick("PERSON") }
            entity(a); text(fr ? " a rencontré " : " met "); entity(b); text(fr ? " à " : " in "); entity(l);
            text(fr ? " le " : " on ")
            let when = date(&rng, year: year); text(".")
            addFact(.init(subject: a.id, predicate: "met", object: b.id, start: start, end: offset, when: when))
            if title == nil { title = "\(a.label) \(fr ? "rencontre" : "meets") \(b.label)" }
        case 1:
            let o = pick("ORG"), l = pick("PLACE")
            entity(o); text(fr ? " a annoncé l'envoi de " : " said ")
            quantity(&rng, unit: "soldier", words: fr ? "soldats" : "soldiers")
            text(fr ? " vers " : " had been deployed near "); entity(l); text(".")
        case 2:
            let p = pick("PERSON"), l = pick("PLACE")
            text(fr ? "Selon " : "According to "); let s = entity(p)
            let quoteStart = offset
            text(fr ? ", les négociations à " : ", the talks in "); entity(l);
            text(fr ? " ont été « constructives »." : " were \"productive\".")
            statements.append(
                .init(speaker: p.id, start: quoteStart + 2, end: offset - 1, cue: fr ? "selon" : "according to"))
            _ = s
        case 3:
            let p = pick("PERSON"), o = pick("ORG")
            entity(p); text(fr ? " a critiqué " : " criticised "); entity(o);
            text(fr ? " pour sa gestion de la crise." : " over its handling of the crisis.")
            addFact(.init(subject: p.id, predicate: "criticized", object: o.id, start: start, end: offset))
        case 4:
            let o = pick("ORG"), l = pick("PLACE")
            text(fr ? "Le " : "The "); entity(o); text(fr ? " a annoncé un budget de " : " announced a budget of ")
            quantity(&rng, unit: "dollar", words: fr ? "dollars" : "dollars"); text(fr ? " pour " : " for "); entity(l);
            text(".")
        case 5:
            let l = pick("PLACE"), p = pick("PERSON"), l2 = pick("PLACE")
            text(fr ? "Des responsables à " : "Officials in "); entity(l);
            text(fr ? " ont confirmé que " : " confirmed that "); entity(p)
            text(fr ? " se rendrait à " : " would visit "); entity(l2);
            text(fr ? " la semaine prochaine." : " next week.")
            addFact(.init(subject: p.id, predicate: "visited", object: l2.id, start: start, end: offset))
        case 6:
            let p = pick("PERSON"), o = pick("ORG")
            entity(p); text(fr ? ", conseiller au sein de " : ", a senior adviser to "); entity(o);
            text(fr ? ", n'a pas souhaité commenter." : ", declined to comment.")
            addFact(.init(subject: p.id, predicate: "works for", object: o.id, start: start, end: offset))
        case 7:
            let o = pick("ORG"), l = pick("PLACE")
            var o2 = pick("ORG")
            for _ in 0..<3 where o2.id == o.id { o2 = pick("ORG") }
            text(fr ? "Les discussions entre " : "Talks between "); entity(o); text(fr ? " et " : " and "); entity(o2)
            text(fr ? " ont repris à " : " resumed in "); entity(l); text(fr ? " le " : " on ");
            let when = date(&rng, year: year); text(".")
            addFact(
                .init(subject: o.id, predicate: "negotiated with", object: o2.id, start: start, end: offset, when: when)
            )
        case 8:
            let l = pick("PLACE")
            text(fr ? "Des habitants de " : "Residents of "); entity(l);
            text(fr ? " ont signalé des bombardements pendant la nuit." : " reported heavy shelling overnight.")
        case 9:
            let o = pick("ORG")
            text(fr ? "Les analystes de " : "Analysts at "); entity(o);
            text(fr ? " prévoient une inflation de " : " expect inflation to reach ")
            quantity(&rng, unit: "percent", words: fr ? "pour cent" : "percent");
            text(fr ? " cette année." : " this year.")
        case 10:
            let e = pick("EVENT"), p = pick("PERSON")
            entity(p); text(fr ? " participera au " : " will attend the "); entity(e);
            text(fr ? ", selon son entourage." : ", aides said.")
            addFact(.init(subject: p.id, predicate: "attended", object: e.id, start: start, end: offset))
        default:
            text(Names.filler[language]!.randomElement(using: &rng)!)
        }
    }

    /// The entities with their mentions, in order of first appearance.
    func entities() -> [ArticleExtracted.Entity] {
        order.map { id in
            let m = mentions[id]!
            return ArticleExtracted.Entity(id: id, type: m.entity.type, label: m.entity.label, mentions: m.spans)
        }
    }
}
