import DossierEvents
import Foundation

/// Reads and decodes events on a background thread while the caller applies the previous batch.
///
/// A bounded hand-off (a few batches) keeps memory flat whatever the size of the log.
final class EventPipeline: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [[DecodedEvent]] = []
    private var finished = false
    private var failure: (any Error)?
    private let capacity: Int

    /// Starts `produce` on a thread; it calls `emit` with each batch of decoded events.
    init(capacity: Int = 2, produce: @escaping @Sendable (_ emit: ([DecodedEvent]) -> Void) throws -> Void) {
        self.capacity = capacity
        let thread = Thread { [self] in
            do {
                try produce { batch in self.push(batch) }
            } catch {
                condition.lock(); failure = error; condition.unlock()
            }
            condition.lock(); finished = true; condition.broadcast(); condition.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func push(_ batch: [DecodedEvent]) {
        condition.lock()
        while queue.count >= capacity { condition.wait() }
        queue.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, nil when the producer is done; rethrows the producer's error.
    func next() throws -> [DecodedEvent]? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !finished { condition.wait() }
        if !queue.isEmpty {
            let batch = queue.removeFirst()
            condition.broadcast()
            return batch
        }
        if let failure { throw failure }
        return nil
    }

    /// Drains the queue so that the producer thread can finish (after the consumer failed).
    func cancel() {
        while (try? next()) != nil {}
    }
}
