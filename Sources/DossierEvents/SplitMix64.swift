/// SplitMix64: a small, fast, seeded random number generator, so that tests, benchmarks and
/// harnesses are reproducible from their seed (randomness is injected, never global).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The generator's whole state.
    public var state: UInt64

    /// A generator starting from `state`.
    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<n` (0 when `n` < 1), by modulo: fine for tests and workloads.
    public mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
}
