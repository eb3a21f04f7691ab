import Foundation

/// Results filled in by concurrent workers, read after they finish.
final class ParallelResults<T>: @unchecked Sendable {
    private var items: [T?]
    private let lock = NSLock()
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) { lock.withLock { items[i] = value } }
    func get(_ i: Int) -> T { lock.withLock { items[i]! } }
    var all: [T] { lock.withLock { items.compactMap { $0 } } }
}
