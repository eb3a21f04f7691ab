/// What the log knows about one segment of an author.
struct SegmentState: Sendable, Equatable {
    var number: Int
    var sealed: Bool
    var firstSeq: Int
    /// Last committed seq in the segment (firstSeq − 1 when it holds none yet).
    var lastSeq: Int
    /// Size of the file on disk.
    var bytes: Int
    /// Raw (uncompressed) size of its records.
    var rawBytes: Int
}

/// Tunables of the segment log.
public struct LogOptions: Sendable {
    /// An open segment is sealed once it holds at least this many bytes (at a batch end).
    public var sealThreshold: Int = 16 << 20
    /// Target raw size of one compressed block in a sealed segment.
    public var blockSize: Int = 256 << 10
    /// zlib level for sealed blocks. Level 4 compresses article text to ~29% of its raw
    /// size at twice the speed of level 6 (~26%); see ops/bench/log.
    public var compressionLevel: Int32 = 4
    /// Seal on a background thread so appends go on meanwhile.
    public var sealInBackground: Bool = true
    /// fsync every batch (turn off only in tests that measure something else).
    public var fsync: Bool = true
    /// Largest chunk accepted from a peer, compressed.
    public var maxChunkBytes: Int = 64 << 20
    /// Largest chunk accepted from a peer once inflated (bounds zip bombs).
    public var maxInflatedChunkBytes: Int = 256 << 20

    /// Seconds a writer waits for another process's lock before giving up.
    public var lockWait: Double = LogOptions.defaultLockWait
    /// Told (once) when a writer starts waiting for the lock, with the holder's pid.
    public var onLockWait: (@Sendable (String) -> Void)? = LogOptions.defaultOnLockWait

    /// Process-wide defaults for `lockWait` and `onLockWait`, set once by the command line
    /// at startup (libraries and tests keep 0: refuse at once).
    nonisolated(unsafe) public static var defaultLockWait: Double = 0
    nonisolated(unsafe) public static var defaultOnLockWait: (@Sendable (String) -> Void)?

    public init() {}
}
