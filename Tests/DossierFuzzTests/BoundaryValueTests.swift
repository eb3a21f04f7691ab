import DossierEvents
import DossierLog
import DossierSync
import Foundation
import Testing

@testable import DossierFuzzTargets

/// Every field a peer or a file controls, set to every boundary value (0, ±1, 2^31, 2^32, 2^53 ± 1,
/// 2^63, max, min and one less of each) inside otherwise valid, signed structures: nothing may trap,
/// and the structure-aware targets check their invariants after each (stored data audits clean, the
/// replica can still write, known vectors only name held events, only listed keys are admitted).
///
/// Part of `FuzzRegressionTests` (serialized): the targets share one scratch store.
extension FuzzRegressionTests {
    static let kinds = 0..<(FieldEdits.boundaries.count * 2)

    @Test(arguments: 0..<30)
    func everyChunkFieldAtEveryBoundary(field: Int) {
        for kind in Self.kinds {
            for flags: UInt8 in [0, 1 | 2, 16] {
                FuzzTargets.craftedChunk([flags, UInt8(field), UInt8(kind), 0, 0, 0, 0, 0, 0, 0, 0])
            }
        }
    }

    @Test(arguments: 0..<8)
    func everyBundleFieldAtEveryBoundary(field: Int) {
        for kind in Self.kinds {
            for flags: UInt8 in [0, 2] {
                FuzzTargets.craftedBundle([flags, UInt8(field), UInt8(kind), 0, 0, 0, 0, 0, 0, 0, 0])
            }
        }
    }

    @Test(arguments: 0..<6)
    func everyRequestFieldAtEveryBoundary(field: Int) {
        for kind in Self.kinds {
            for flags: UInt8 in [0, 1, 4] {
                FuzzTargets.craftedRequest([flags, UInt8(field), UInt8(kind), 0, 0, 0, 0, 0, 0, 0, 0])
            }
        }
    }

    @Test func eventHeaderRangesAreCheckedWhereTheyAreParsed() throws {
        let key = String(repeating: "ab", count: 32)
        func parse(seq: Int = 1, hlc: Int = 5, size: Int = 2, version: Int = 1) -> Bool {
            let header = EventHeader(
                type: "Note", typeVersion: version, author: key, seq: seq, prev: seq == 1 ? nil : key,
                hlc: hlc, payloadHash: key, payloadSize: size)
            return (try? EventHeader.parse(header.canonicalBytes())) != nil
        }
        for value in FieldEdits.boundaries.map({ Int(truncatingIfNeeded: $0) }) + [-1, Int.min, Int.max] {
            #expect(parse(seq: value) == (value >= 1 && value <= EventHeader.maxSeq), "seq \(value)")
            #expect(parse(size: value) == (value >= 0 && value <= EventHeader.maxPayloadSize), "payloadSize \(value)")
            #expect(
                parse(version: value) == (value >= 1 && value <= EventHeader.maxTypeVersion), "typeVersion \(value)")
            #expect(parse(hlc: value) == (value >= 0), "hlc \(value)")
        }
    }

    @Test func vectorAndManifestIntegersAreBounded() throws {
        func vector(seq: UInt64) -> [UInt8] {
            [1, 0, 0, 0] + [UInt8](repeating: 0xab, count: 32)
                + (0..<8).map { UInt8(truncatingIfNeeded: seq >> (8 * $0)) } + [UInt8](repeating: 1, count: 32)
        }
        for value in FieldEdits.boundaries {
            let decoded = try? VectorCoding.decode(vector(seq: value))
            #expect((decoded != nil) == (value <= UInt64(EventHeader.maxSeq)), "seq \(value)")
            #expect((decoded?.eventCount ?? 0) >= 0)
        }
        // 1,100 authors at the largest seq sum past Int.max: the count saturates instead of trapping.
        let huge = VersionVector(
            heads: Dictionary(
                uniqueKeysWithValues: (0..<1100).map { i in
                    (
                        String(repeating: "0", count: 60)
                            + String(String(i, radix: 16).reversed()).padding(toLength: 4, withPad: "0", startingAt: 0),
                        VersionVector.Head(seq: EventHeader.maxSeq, id: "")
                    )
                }))
        #expect(huge.heads.count == 1100)
        #expect(huge.eventCount == Int.max)
    }
}
