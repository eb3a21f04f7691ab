#if canImport(Glibc)
import Glibc
#endif

/// An exclusive, advisory lock on a store (flock on `LOCK`), held while a process writes.
final class FileLock: @unchecked Sendable {
    private let fd: Int32

    /// Takes the lock or throws `.locked` naming the holder's pid.
    init(path: String) throws(LogError) {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw LogError.io("cannot open lock file", path: path, errno: errno) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            var buf = [UInt8](repeating: 0, count: 32)
            let n = pread(fd, &buf, 32, 0)
            let pid = n > 0 ? String(decoding: buf[0..<n], as: UTF8.self).trimmingWhitespace() : "unknown"
            close(fd)
            throw LogError(code: .locked, message:
                "the store is being written by another dossier process (pid \(pid)); wait for it to finish, or stop it, and try again")
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        self.fd = fd
    }

    deinit {
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
    }
}
