import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive, advisory lock on a store (flock on `LOCK`), held while a process writes.
final class FileLock: Sendable {
    private let fd: Int32
    private let held = Mutex(true)

    /// Takes the lock, waiting up to `wait` seconds for another writer to finish
    /// (`onWait` is told once, with the holder's pid), or throws `.locked` naming the holder.
    init(path: String, wait: Double = 0, onWait: (@Sendable (String) -> Void)? = nil) throws(LogError) {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw LogError.io("cannot open lock file", path: path, errno: errno) }
        var waited = 0.0
        var told = false
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let pid = FileLock.holder(fd)
            if waited >= wait {
                close(fd)
                let after = wait > 0 ? " (waited \(Int(wait)) s)" : ""
                throw LogError(
                    code: .locked,
                    message:
                        "the store is being written by another dossier process (pid \(pid))\(after); wait for it to finish, or stop it, and try again"
                )
            }
            if !told { onWait?(pid); told = true }
            usleep(50_000)
            waited += 0.05
        }
        // The pid is written over the old one and the file then cut to its length, so a reader
        // never finds the file of a holder empty once its pid is there.
        let pid = Array("\(getpid())\n".utf8)
        let written = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        _ = ftruncate(fd, off_t(max(written, 0)))
        self.fd = fd
    }

    /// The holder's pid as it wrote it. A holder that has just taken the lock may not have
    /// written it yet, so an empty file is read again for up to 200 ms before it is "unknown".
    private static func holder(_ fd: Int32) -> String {
        var buf = [UInt8](repeating: 0, count: 32)
        for attempt in 0..<20 {
            let n = pread(fd, &buf, 32, 0)
            if n > 0 { return String(decoding: buf[0..<n], as: UTF8.self).trimmingWhitespace() }
            if attempt < 19 { usleep(10_000) }
        }
        return "unknown"
    }

    /// Gives the lock up (once; later calls do nothing).
    func release() {
        guard
            held.withLock({ wasHeld in
                defer { wasHeld = false }
                return wasHeld
            })
        else { return }
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
    }

    deinit { release() }
}
