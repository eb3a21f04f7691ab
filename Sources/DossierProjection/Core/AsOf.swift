import DossierEvents
import DossierLog
import Foundation

/// A point in the log's history: `--as-of <ISO time | event id>`.
public enum AsOf: Sendable, Equatable, CustomStringConvertible {
    /// Events whose clock is at or before this wall time (milliseconds since 1970 UTC).
    case time(millis: Int)
    /// Events whose clock is at or before this event's (the event included); a unique id prefix of 8+ hex digits.
    case event(String)

    public var description: String {
        switch self {
        case .time(let millis):
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            return formatter.string(from: Date(timeIntervalSince1970: Double(millis) / 1000))
        case .event(let id): return "event \(id)"
        }
    }

    /// A form that ``parse(_:)`` reads back: ISO time or the event id prefix.
    public var argument: String {
        switch self {
        case .time: return description
        case .event(let id): return id
        }
    }

    /// Parses an ISO date (`2026-03-01`, the end of that day UTC), an ISO date-time
    /// (`2026-03-01T12:00:00Z`, `…+02:00`, fractional seconds allowed) or an event id (prefix).
    public static func parse(_ text: String) throws(ProjectionError) -> AsOf {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.count >= 8, t.count <= 64, t.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }),
            !(t.count == 8 && t.allSatisfy(\.isNumber))
        {
            return .event(t)
        }
        let dateOnly = ISO8601DateFormatter()
        dateOnly.formatOptions = [.withFullDate]
        dateOnly.timeZone = TimeZone(identifier: "UTC")
        if t.count == 10, let date = dateOnly.date(from: t) {
            return .time(millis: Int(date.timeIntervalSince1970 * 1000) + 86_400_000 - 1)
        }
        for options: ISO8601DateFormatter.Options in [
            [.withInternetDateTime, .withFractionalSeconds], [.withInternetDateTime],
            [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate],
        ] {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = options
            formatter.timeZone = TimeZone(identifier: "UTC")
            if let date = formatter.date(from: t) {
                return .time(millis: Int((date.timeIntervalSince1970 * 1000).rounded()))
            }
        }
        throw ProjectionError.badAsOf(text)
    }

    /// The highest hybrid-clock value included, resolved against `log`.
    public func hlcLimit(in log: EventLog) throws(ProjectionError) -> Int {
        switch self {
        case .time(let millis):
            return millis * HybridLogicalClock.counterRange + HybridLogicalClock.counterRange - 1
        case .event(let prefix):
            var found: [(String, Int)] = []
            do {
                try log.forEachEvent { event in
                    if event.id.hasPrefix(prefix) { found.append((event.id, event.header.hlc)) }
                }
            } catch {
                throw ProjectionError(code: .log, message: "reading the log failed: \(error)", cause: error)
            }
            guard !found.isEmpty else {
                throw ProjectionError(
                    code: .usage, message: "--as-of: no event id starts with \(prefix); see `dossier log`")
            }
            guard found.count == 1 else {
                throw ProjectionError(
                    code: .usage,
                    message:
                        "--as-of: \(found.count) event ids start with \(prefix) (\(found.prefix(3).map { EventID($0.0).short }.joined(separator: ", ")), …); give more digits"
                )
            }
            return found[0].1
        }
    }
}
