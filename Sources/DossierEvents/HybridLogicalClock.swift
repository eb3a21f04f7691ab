/// A hybrid logical clock: wall-clock milliseconds plus a counter, packed as
/// `milliseconds × 1000 + counter` so that it orders as one integer and stays below 2^53.
///
/// A replica ticks it for every event it writes and advances it past every event it
/// receives, so causally later events always carry larger values.
public struct HybridLogicalClock: Sendable, Equatable {
    /// Counter values per millisecond.
    public static let counterRange = 1000

    /// The last value handed out or observed.
    public private(set) var last: Int

    /// A clock that starts after `last`.
    public init(last: Int = 0) { self.last = last }

    /// The next value for a local event at wall time `nowMillis`.
    public mutating func tick(nowMillis: Int) -> Int {
        let wall = max(nowMillis, 0) * HybridLogicalClock.counterRange
        last = max(wall, last + 1)
        return last
    }

    /// Advances past a value seen in a received event.
    public mutating func observe(_ remote: Int) {
        last = max(last, remote)
    }

    /// The wall-clock milliseconds of a packed value.
    public static func millis(_ value: Int) -> Int { value / counterRange }
    /// The counter of a packed value.
    public static func counter(_ value: Int) -> Int { value % counterRange }
}
