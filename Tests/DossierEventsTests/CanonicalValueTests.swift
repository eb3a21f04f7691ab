import DossierEvents
import Foundation
import Testing

struct Sample: Codable, Equatable {
    var zeta: Int
    var alpha: String
    var optional: String?
    var nested: [String: Int]
    var list: [Bool]
}

@Suite struct CanonicalValueTests {
    @Test func sortsKeysByUTF8BytesAndOmitsNil() throws {
        let bytes = try CanonicalJSON.encode(
            Sample(zeta: -12, alpha: "a", optional: nil, nested: ["b": 2, "B": 1, "é": 3], list: [true, false]))
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == #"{"alpha":"a","list":[true,false],"nested":{"B":1,"b":2,"é":3},"zeta":-12}"#)
    }

    @Test func normalizesStringsToNFC() throws {
        let decomposed = "Bagram e\u{0301}"  // e + combining acute
        let bytes = try CanonicalJSON.encode(["k": decomposed])
        #expect(bytes == Array(#"{"k":"Bagram é"}"#.utf8))
        #expect(Array("é".utf8) == [0xC3, 0xA9])
    }

    @Test func escapesOnlyWhatJSONRequires() throws {
        let bytes = try CanonicalJSON.encode(["s": "quote \" back \\ slash / tab \t nl \n bell \u{7} « »"])
        #expect(
            String(decoding: bytes, as: UTF8.self) == #"{"s":"quote \" back \\ slash / tab \t nl \n bell \u0007 « »"}"#)
    }

    @Test func refusesFloatingPoint() {
        struct WithFloat: Codable { var score: Double }
        #expect(throws: EncodingError.self) { try CanonicalJSON.encode(WithFloat(score: 0.5)) }
    }

    @Test func roundTripsThroughDecoding() throws {
        let value = Sample(zeta: Int(Int32.max) + 7, alpha: "Kaboul — « OTAN »", optional: "x", nested: [:], list: [])
        let bytes = try CanonicalJSON.encode(value)
        let decoded = try JSONDecoder().decode(Sample.self, from: Data(bytes))
        #expect(decoded == value)
        #expect(try CanonicalJSON.encode(decoded) == bytes)
    }

    @Test(arguments: 0..<200) func randomValuesRoundTrip(seed: Int) throws {
        var rng = SplitMix(seed: UInt64(seed))
        let value = CanonicalValue.random(using: &rng, depth: 0)
        let bytes = value.serialized()
        let decoded = try JSONDecoder().decode(CanonicalValue.self, from: Data(bytes))
        #expect(decoded.serialized() == bytes)
    }
}

/// A tiny deterministic generator for property tests.
typealias SplitMix = SplitMix64

extension SplitMix64 {
    /// A generator from a test's seed (the first step taken at once, as the tests were written).
    init(seed: UInt64) { self.init(state: seed &+ 0x9E37_79B9_7F4A_7C15) }
}

extension CanonicalValue {
    static func random(using rng: inout SplitMix, depth: Int) -> CanonicalValue {
        let pick = depth > 3 ? Int.random(in: 0..<4, using: &rng) : Int.random(in: 0..<6, using: &rng)
        switch pick {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &rng))
        case 2: return .int(Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &rng))
        case 3:
            let alphabet = Array("aé\"\\\n\t«»ç日本 ÉtatsUnis-’'\u{1}")
            return .string(
                String((0..<Int.random(in: 0..<12, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }))
        case 4:
            return .array((0..<Int.random(in: 0..<4, using: &rng)).map { _ in random(using: &rng, depth: depth + 1) })
        default:
            var o: [String: CanonicalValue] = [:]
            for _ in 0..<Int.random(in: 0..<4, using: &rng) {
                o[["a", "b", "Z", "é", "key", "k2"].randomElement(using: &rng)!] = random(using: &rng, depth: depth + 1)
            }
            return .object(o)
        }
    }
}
