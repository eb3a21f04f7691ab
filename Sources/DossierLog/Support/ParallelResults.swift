import Foundation

/// Results filled in by concurrent workers, read after they finish.
public final class ParallelResults<T>: @unchecked Sendable {
    private var items: [T?]
    private let lock = NSLock()
    public init(count: Int) { items = Array(repeating: nil, count: count) }
    public func set(_ i: Int, _ value: T) { lock.withLock { items[i] = value } }
    public func get(_ i: Int) -> T { lock.withLock { items[i]! } }
    public var all: [T] { lock.withLock { items.compactMap { $0 } } }
}
