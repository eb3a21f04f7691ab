/// One annotated sentence of a training corpus: words and their BIO labels.
public struct TrainingSentence: Sendable {
    /// Words as written.
    public var words: [String]
    /// Label index of each word (``TagLabel``).
    public var labels: [Int]

    /// Makes a sentence; `labels` must have one entry per word.
    public init(words: [String], labels: [Int]) {
        self.words = words
        self.labels = labels
    }

    /// Tokens for the words, as the tokenizer would describe them (one sentence, one paragraph, spaced).
    func tokens() -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(words.count)
        var opened = false
        for word in words {
            let scalars = word.unicodeScalars
            let first = scalars.first ?? " "
            let kind: Token.Kind =
                first.isAlphabetic ? .word : ("0"..."9").contains(first) ? .number : .punct
            let upper = scalars.filter { $0.isUppercase }.count
            let lower = scalars.filter { $0.isLowercase }.count
            let key = TextFolding.fold(word)
            let initial = !opened && kind != .punct
            if kind != .punct { opened = true }
            result.append(
                Token(
                    kind: kind, start: 0, end: 0, text: word, key: key, capitalized: first.isUppercase,
                    allCaps: upper >= 2 && lower == 0, spaceBefore: true, sentence: 0, sentenceInitial: initial,
                    paragraph: 0, elision: key.count <= 7 && key.hasSuffix("'") && kind == .word))
        }
        return result
    }
}

/// Trains the tagger: averaged perceptron, greedy decoding with its own predicted history,
/// seeded shuffles, fixed epochs. The same sentences, seed and epochs give the same bytes.
public struct PerceptronTrainer {
    var index: [UInt64: Int] = [:]
    var keys: [UInt64] = []
    var weights: [Float] = []
    var totals: [Double] = []
    var steps: Double = 1
    let gazetteer: Gazetteer

    /// A trainer with an empty table, reading gazetteer features from `gazetteer`.
    public init(gazetteer: Gazetteer = .shared) { self.gazetteer = gazetteer }

    /// The row of a feature, created on first update.
    mutating func row(_ id: UInt64) -> Int {
        if let r = index[id] { return r }
        let r = keys.count
        index[id] = r
        keys.append(id)
        weights += [Float](repeating: 0, count: TagLabel.count)
        totals += [Double](repeating: 0, count: TagLabel.count)
        return r
    }

    /// Runs `epochs` passes over the sentences, shuffled each epoch by a SplitMix64 stream from `seed`;
    /// `progress` receives the epoch and its token error count.
    public mutating func train(_ sentences: [TrainingSentence], epochs: Int, seed: UInt64, progress: (Int, Int) -> Void)
    {
        let prepared = sentences.map { ($0.labels, TaggerFeatures(tokens: $0.tokens(), gazetteer: gazetteer)) }
        var order = Array(prepared.indices)
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: TagLabel.count)
        for epoch in 0..<epochs {
            for k in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(k, Int(next() % UInt64(k + 1))) }
            var errors = 0
            for s in order {
                let (gold, table) = prepared[s]
                var predicted = [Int](repeating: 0, count: gold.count)
                for i in gold.indices {
                    let previous = i > 0 ? predicted[i - 1] : 0
                    let previous2 = i > 1 ? predicted[i - 2] : 0
                    features.removeAll(keepingCapacity: true)
                    table.observed(i, into: &features)
                    table.history(i, previous: previous, previous2: previous2, into: &features)
                    for k in 0..<TagLabel.count { scores[k] = 0 }
                    for f in features {
                        guard let r = index[f] else { continue }
                        for k in 0..<TagLabel.count { scores[k] += weights[r * TagLabel.count + k] }
                    }
                    let guess = SequenceTagger.best(scores, after: previous)
                    // After a wrong history an `I-X` cannot be decoded: the reachable correct label is `B-X`.
                    let target = TagLabel.allowed(gold[i], after: previous) ? gold[i] : gold[i] - 1
                    if guess != target {
                        errors += 1
                        for f in features {
                            let base = row(f) * TagLabel.count
                            weights[base + target] += 1; totals[base + target] += steps
                            weights[base + guess] -= 1; totals[base + guess] -= steps
                        }
                    }
                    predicted[i] = guess
                    steps += 1
                }
            }
            progress(epoch + 1, errors)
        }
    }

    /// The averaged weights, quantized and pruned: one global scale maps the largest weight to Int16.max;
    /// each row keeps a shift and nine Int8 mantissas (value = mantissa << shift). Rows whose largest
    /// averaged weight is below `prune` (in update units) are dropped. Layout: `DTG3`, label count, row
    /// count (LEB128), then rows by increasing feature id: the id's delta (LEB128), the shift, the mantissas.
    public func serialized(prune: Float = 0) -> [UInt8] {
        var averaged = [Float](repeating: 0, count: weights.count)
        var largest: Float = 0
        for k in weights.indices {
            averaged[k] = weights[k] - Float(totals[k] / steps)
            largest = max(largest, abs(averaged[k]))
        }
        let scale = largest > 0 ? 32767 / largest : 1
        var body: [UInt8] = []
        var rows = 0
        var last: UInt64 = 0
        func varint(_ v: UInt64, into out: inout [UInt8]) {
            var v = v
            while v >= 0x80 { out.append(UInt8(v & 0x7f) | 0x80); v >>= 7 }
            out.append(UInt8(v))
        }
        for key in keys.sorted() {
            let base = index[key]! * TagLabel.count
            let raw = (0..<TagLabel.count).map { averaged[base + $0] }
            guard let top = raw.map(abs).max(), top >= prune else { continue }
            var shift = 0
            while shift < 8, top * scale / Float(1 << shift) > 127 { shift += 1 }
            let q = raw.map { Int8(max(-127, min(127, ($0 * scale / Float(1 << shift)).rounded()))) }
            guard q.contains(where: { $0 != 0 }) else { continue }
            varint(key &- last, into: &body)
            body.append(UInt8(shift))
            body += q.map { UInt8(bitPattern: $0) }
            last = key; rows += 1
        }
        var out = Array("DTG3".utf8) + [UInt8(TagLabel.count)]
        varint(UInt64(rows), into: &out)
        return out + body
    }
}
