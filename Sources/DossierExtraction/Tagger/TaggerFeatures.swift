/// The features of one token for the sequence tagger, as 64-bit feature ids (FNV-1a of template and parts).
///
/// Observed features depend only on the text (word, shape, affixes, neighbours within the sentence,
/// sentence position, gazetteer and lexicon hits); history features add the two previous labels.
struct TaggerFeatures {
    let tokens: [Token]
    /// Gazetteer reading of each token: 0 none, else 1 + 2 × type index + (0 begin, 1 inside).
    let gazetteerTags: [UInt8]
    /// Open-data lexicon reading of each token (``OpenLexicon/tags(_:)``).
    let lexiconTags: [UInt8]
    /// Word shape of each token ("Xx", "X.X.", "dd").
    let shapes: [String]

    /// Prepares the per-token tables.
    init(tokens: [Token], gazetteer: Gazetteer) {
        self.tokens = tokens
        var tags = [UInt8](repeating: 0, count: tokens.count)
        var i = 0
        while i < tokens.count {
            if tokens[i].kind == .word, let m = gazetteer.longestMatch(tokens, at: i, asTaggerFeature: true), !m.weak {
                let base = 1 + 2 * UInt8(EntityType.allCases.firstIndex(of: gazetteer.entries[m.entry].type) ?? 0)
                for k in m.start..<m.end { tags[k] = k == m.start ? base : base + 1 }
                i = m.end
            } else {
                i += 1
            }
        }
        gazetteerTags = tags
        lexiconTags = OpenLexicon.shared.tags(tokens)
        shapes = tokens.map { Self.shape($0.text) }
    }

    /// A compressed word shape: letters as X/x, digits as d, runs longer than two kept at two.
    static func shape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar = " "
        var run = 0
        for s in text.unicodeScalars {
            let c: Unicode.Scalar
            if s.isUppercase {
                c = "X"
            } else if s.isLowercase {
                c = "x"
            } else if ("0"..."9").contains(s) {
                c = "d"
            } else {
                c = s
            }
            if c == last { run += 1 } else { run = 1; last = c }
            if run <= 2 { out.append(c) }
            if out.count >= 8 { break }
        }
        return String(out)
    }

    /// The key of the token `offset` away from `i` within its sentence, or a boundary marker.
    @inline(__always)
    func key(_ i: Int, _ offset: Int) -> String {
        let j = i + offset
        guard j >= 0, j < tokens.count, tokens[j].sentence == tokens[i].sentence else {
            return offset < 0 ? "<s>" : "</s>"
        }
        return tokens[j].key
    }

    /// The shape of the token `offset` away from `i` within its sentence.
    @inline(__always)
    func shapeAt(_ i: Int, _ offset: Int) -> String {
        let j = i + offset
        guard j >= 0, j < tokens.count, tokens[j].sentence == tokens[i].sentence else { return "_" }
        return shapes[j]
    }

    /// The gazetteer tag of the token `offset` away from `i`.
    @inline(__always)
    func gazetteerAt(_ i: Int, _ offset: Int) -> UInt8 {
        let j = i + offset
        guard j >= 0, j < tokens.count, tokens[j].sentence == tokens[i].sentence else { return 0xee }
        return gazetteerTags[j]
    }

    /// Appends the label-independent feature ids of token `i`.
    func observed(_ i: Int, into out: inout [UInt64]) {
        let t = tokens[i]
        func one(_ template: UInt8, _ text: String) { var h = FeatureHasher(template); h.add(text); out.append(h.id) }
        func two(_ template: UInt8, _ x: String, _ y: String) {
            var h = FeatureHasher(template); h.add(x); h.add(y); out.append(h.id)
        }
        out.append(FeatureHasher(0).id)
        one(1, t.key)
        one(2, key(i, -1)); one(3, key(i, 1)); one(4, key(i, -2)); one(5, key(i, 2))
        two(6, key(i, -1), t.key); two(7, t.key, key(i, 1))
        one(8, shapes[i]); two(9, shapeAt(i, -1), shapes[i]); two(10, shapes[i], shapeAt(i, 1))
        for n in 2...4 {
            var h = FeatureHasher(UInt8(10 + n)); h.add(suffix: n, of: t.key); out.append(h.id)
        }
        var p = FeatureHasher(15); p.add(String(t.key.prefix(3))); out.append(p.id)
        var s = FeatureHasher(16); s.add(t.sentenceInitial ? 1 : 0); s.add(t.capitalized ? 1 : 0);
        s.add(t.allCaps ? 1 : 0)
        out.append(s.id)
        var g = FeatureHasher(17); g.add(gazetteerAt(i, 0)); out.append(g.id)
        var g2 = FeatureHasher(18); g2.add(gazetteerAt(i, -1)); g2.add(gazetteerAt(i, 0)); g2.add(gazetteerAt(i, 1));
        out.append(g2.id)
        var l = FeatureHasher(19)
        l.add(NameLexicon.givenNames.contains(t.key) ? 1 : 0)
        l.add(NameLexicon.orgKeywords.contains(t.key) ? 1 : 0)
        l.add(NameLexicon.placeKeywords.contains(t.key) ? 1 : 0)
        l.add(NameLexicon.personTitles.contains(key(i, -1)) ? 1 : 0)
        out.append(l.id)
        two(20, shapes[i], key(i, -1))
        var x = FeatureHasher(21); x.add(lexiconAt(i, 0)); out.append(x.id)
        var x2 = FeatureHasher(22); x2.add(lexiconAt(i, -1)); x2.add(lexiconAt(i, 0)); x2.add(lexiconAt(i, 1));
        out.append(x2.id)
        var x3 = FeatureHasher(23); x3.add(lexiconAt(i, 0)); x3.add(gazetteerAt(i, 0));
        x3.add(t.sentenceInitial ? 1 : 0); out.append(x3.id)
    }

    /// The lexicon tag of the token `offset` away from `i`.
    @inline(__always)
    func lexiconAt(_ i: Int, _ offset: Int) -> UInt8 {
        let j = i + offset
        guard j >= 0, j < tokens.count, tokens[j].sentence == tokens[i].sentence else { return 0xee }
        return lexiconTags[j]
    }

    /// Appends the feature ids that depend on the two previous labels.
    func history(_ i: Int, previous: Int, previous2: Int, into out: inout [UInt64]) {
        var h = FeatureHasher(30); h.add(UInt8(previous)); out.append(h.id)
        var h2 = FeatureHasher(31); h2.add(UInt8(previous)); h2.add(UInt8(previous2)); out.append(h2.id)
        var h3 = FeatureHasher(32); h3.add(UInt8(previous)); h3.add(tokens[i].key); out.append(h3.id)
        var h4 = FeatureHasher(33); h4.add(UInt8(previous)); h4.add(shapes[i]); out.append(h4.id)
    }
}
