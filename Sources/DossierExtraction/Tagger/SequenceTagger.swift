/// The learned entity tagger: an averaged perceptron over hashed token features, decoded greedily
/// left to right with the two previous labels as history and BIO constraints.
public struct SequenceTagger: Sendable {
    /// Feature id → row of ``weights``.
    let rows: HashIndex
    /// Weights, `rows × TagLabel.count`, quantized to Int16 (one scale for the whole table).
    let weights: [Int16]
    /// SHA-256 hex of the serialized model, recorded in `ArticleExtracted`.
    public let digest: String

    /// The committed model (``TaggerWeights``), decoded once.
    public static let shared: SequenceTagger = {
        guard let bytes = Base64.decode(TaggerWeights.base64),
            let tagger = SequenceTagger(serialized: bytes, digest: TaggerWeights.digest)
        else {
            return SequenceTagger(rows: HashIndex(), weights: [], digest: "none")
        }
        return tagger
    }()

    init(rows: HashIndex, weights: [Int16], digest: String) {
        self.rows = rows
        self.weights = weights
        self.digest = digest
    }

    /// Reads the serialized form written by ``PerceptronTrainer/serialized(prune:)``; nil when malformed.
    public init?(serialized bytes: [UInt8], digest: String) {
        var reader = ByteReader(bytes: bytes)
        guard reader.take(4)?.elementsEqual("DTG3".utf8) == true, let labels = reader.byte(),
            Int(labels) == TagLabel.count, let count = reader.varint(), count < 1 << 26
        else { return nil }
        var rows = HashIndex(capacity: count)
        var table = [Int16](repeating: 0, count: count * TagLabel.count)
        var key: UInt64 = 0
        for row in 0..<count {
            guard let delta = reader.varint(UInt64.self), let shift = reader.byte(), shift <= 8,
                let values = reader.skip(TagLabel.count)
            else { return nil }
            key &+= delta
            // A repeated id (a zero delta) is malformed.
            guard rows.insert(key, value: Int32(row)) else { return nil }
            for k in 0..<TagLabel.count {
                table[row * TagLabel.count + k] = Int16(Int8(bitPattern: bytes[values + k])) << Int16(shift)
            }
        }
        guard reader.atEnd else { return nil }
        self.rows = rows
        weights = table
        self.digest = digest
    }

    /// True when a model is loaded (a build without weights tags nothing).
    public var isLoaded: Bool { !weights.isEmpty }

    /// Labels for every token (sentence by sentence, as the tokens' `sentence` fields say).
    func labels(_ tokens: [Token], gazetteer: Gazetteer) -> [Int] {
        guard isLoaded, !tokens.isEmpty else { return [Int](repeating: 0, count: tokens.count) }
        let features = TaggerFeatures(tokens: tokens, gazetteer: gazetteer)
        var result = [Int](repeating: 0, count: tokens.count)
        var buckets: [UInt64] = []
        buckets.reserveCapacity(40)
        var scores = [Int32](repeating: 0, count: TagLabel.count)
        for i in tokens.indices {
            let first = i == 0 || tokens[i - 1].sentence != tokens[i].sentence
            let previous = first ? 0 : result[i - 1]
            let previous2 = i < 2 || tokens[i - 2].sentence != tokens[i].sentence ? 0 : result[i - 2]
            buckets.removeAll(keepingCapacity: true)
            features.observed(i, into: &buckets)
            features.history(i, previous: previous, previous2: previous2, into: &buckets)
            for k in 0..<TagLabel.count { scores[k] = 0 }
            weights.withUnsafeBufferPointer { w in
                for b in buckets {
                    guard let row = rows[b] else { continue }
                    let base = Int(row) * TagLabel.count
                    for k in 0..<TagLabel.count { scores[k] &+= Int32(w[base + k]) }
                }
            }
            result[i] = Self.best(scores, after: previous)
        }
        return result
    }

    /// The highest-scoring label allowed after `previous` (lowest index on ties).
    static func best<S: RandomAccessCollection>(_ scores: S, after previous: Int) -> Int
    where S.Element: Comparable, S.Index == Int {
        var best = 0
        for k in 1..<TagLabel.count
        where TagLabel.allowed(k, after: previous) && scores[scores.startIndex + k] > scores[scores.startIndex + best] {
            best = k
        }
        return best
    }

    /// Typed mentions: maximal B/I runs of one type, as token ranges.
    func mentions(_ tokens: [Token], gazetteer: Gazetteer) -> [(range: Range<Int>, type: EntityType)] {
        let labels = labels(tokens, gazetteer: gazetteer)
        var result: [(range: Range<Int>, type: EntityType)] = []
        var i = 0
        while i < labels.count {
            guard TagLabel.isBegin(labels[i]), let type = TagLabel.type(labels[i]) else { i += 1; continue }
            var j = i + 1
            while j < labels.count, labels[j] == labels[i] + 1, tokens[j].sentence == tokens[i].sentence { j += 1 }
            result.append((i..<j, type))
            i = j
        }
        return result
    }
}

/// Sequential reads over a byte array.
struct ByteReader {
    let bytes: [UInt8]
    var position = 0

    /// True when every byte was read.
    var atEnd: Bool { position == bytes.count }

    /// One byte.
    mutating func byte() -> UInt8? {
        guard position < bytes.count else { return nil }
        position += 1
        return bytes[position - 1]
    }

    /// The next `n` bytes.
    mutating func take(_ n: Int) -> ArraySlice<UInt8>? {
        guard n <= bytes.count - position else { return nil }
        position += n
        return bytes[(position - n)..<position]
    }

    /// Skips the next `n` bytes; their position.
    mutating func skip(_ n: Int) -> Int? {
        guard n <= bytes.count - position else { return nil }
        position += n
        return position - n
    }

    /// An unsigned LEB128 integer (at most 10 bytes).
    mutating func varint<T: FixedWidthInteger>(_: T.Type = Int.self) -> T? {
        var value: UInt64 = 0
        for shift in stride(from: 0, to: 70, by: 7) {
            guard let b = byte() else { return nil }
            value |= UInt64(b & 0x7f) << UInt64(shift)
            if b < 0x80 { return T(exactly: value) }
        }
        return nil
    }
}
