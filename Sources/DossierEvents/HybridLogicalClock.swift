/// A hybrid logical clock: wall-clock milliseconds plus a counter, packed as
/// `milliseconds × 1000 + counter` so that it orders as one integer and stays below 2^53.
///
/// A replica ticks it for every event it writes and advances it past every event it
/// receives, so causally later events always carry larger values. Values from elsewhere are
/// never trusted to be sane: `observe` ignores anything past ``maxValue``, and `tick` ignores a
/// last value more than ``maxAheadMillis`` ahead of the wall clock (an event signed with an
/// absurd clock can neither overflow the clock nor drag every later event into the future).
public struct HybridLogicalClock: Sendable, Equatable {
    /// Counter values per millisecond.
    public static let counterRange = 1000
    /// The largest value a clock holds: 2^53 − 1 (about the year 2255).
    public static let maxValue = (1 << 53) - 1
    /// How far ahead of this machine's wall clock a received event may be dated: one day.
    public static let maxAheadMillis = 86_400_000

    /// The last value handed out or observed.
    public private(set) var last: Int

    /// A clock that starts after `last` (clamped to `0...maxValue`).
    public init(last: Int = 0) { self.last = min(max(last, 0), HybridLogicalClock.maxValue) }

    /// The next value for a local event at wall time `nowMillis`; never traps, never exceeds `maxValue`.
    public mutating func tick(nowMillis: Int) -> Int {
        let wallMillis = min(max(nowMillis, 0), HybridLogicalClock.maxValue / HybridLogicalClock.counterRange)
        let wall = wallMillis * HybridLogicalClock.counterRange
        if last - wall > HybridLogicalClock.maxAheadMillis * HybridLogicalClock.counterRange { last = wall - 1 }
        last = max(wall, min(last + 1, HybridLogicalClock.maxValue))
        return last
    }

    /// Advances past a value seen in a received event; values outside `0...maxValue` are ignored.
    public mutating func observe(_ remote: Int) {
        guard remote >= 0, remote <= HybridLogicalClock.maxValue else { return }
        last = max(last, remote)
    }

    /// How many milliseconds `value` lies ahead of `nowMillis` (negative when behind); saturating.
    public static func aheadMillis(_ value: Int, nowMillis: Int) -> Int {
        let (difference, overflow) = millis(value).subtractingReportingOverflow(nowMillis)
        return overflow ? (nowMillis < 0 ? Int.max : Int.min) : difference
    }

    /// True when a received value may be accepted at wall time `nowMillis`: in range and not more
    /// than ``maxAheadMillis`` ahead.
    public static func isAcceptable(_ value: Int, nowMillis: Int) -> Bool {
        value >= 0 && value <= maxValue && aheadMillis(value, nowMillis: nowMillis) <= maxAheadMillis
    }

    /// The wall-clock milliseconds of a packed value.
    public static func millis(_ value: Int) -> Int { value / counterRange }
    /// The counter of a packed value.
    public static func counter(_ value: Int) -> Int { value % counterRange }
}
