#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A thin, throwing wrapper over a POSIX file descriptor. Its reads and writes are positional
/// (pread/pwrite), so threads may share it.
final class RawFile: Sendable {
    let fd: Int32
    let path: String

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    /// Opens `path` with `flags` (O_RDONLY, O_RDWR|O_CREAT, …).
    /// A file it creates gets exactly `mode` (private by default), whatever the umask.
    static func open(_ path: String, flags: Int32, mode: mode_t = 0o600) throws(LogError) -> RawFile {
        let fd = Glibc.open(path, flags | O_CLOEXEC, mode)
        if fd >= 0, flags & O_CREAT != 0 { _ = fchmod(fd, mode) }
        guard fd >= 0 else { throw LogError.io("cannot open", path: path, errno: errno) }
        return RawFile(fd: fd, path: path)
    }

    deinit { close(fd) }

    /// The file's size in bytes.
    func size() throws(LogError) -> Int {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw LogError.io("cannot stat", path: path, errno: errno) }
        return Int(st.st_size)
    }

    /// Reads `count` bytes at `offset` (fewer at end of file).
    func read(at offset: Int, count: Int) throws(LogError) -> [UInt8] {
        guard count > 0 else { return [] }
        var out = [UInt8](repeating: 0, count: count)
        var done = 0
        var failure: Int32 = 0
        out.withUnsafeMutableBytes { buf in
            while done < count {
                let n = pread(fd, buf.baseAddress! + done, count - done, off_t(offset + done))
                if n < 0 { if errno == EINTR { continue }; failure = errno; return }
                if n == 0 { break }
                done += n
            }
        }
        if failure != 0 { throw LogError.io("cannot read", path: path, errno: failure) }
        if done < count { out.removeSubrange(done...) }
        return out
    }

    /// Reads the whole file.
    func readAll() throws(LogError) -> [UInt8] { try read(at: 0, count: try size()) }

    /// Writes all of `bytes` at `offset`.
    func write(_ bytes: [UInt8], at offset: Int) throws(LogError) {
        var done = 0
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buf in
            while done < buf.count {
                let n = pwrite(fd, buf.baseAddress! + done, buf.count - done, off_t(offset + done))
                if n < 0 { if errno == EINTR { continue }; failure = errno; return }
                done += n
            }
        }
        if failure != 0 { throw LogError.io("cannot write", path: path, errno: failure) }
    }

    /// Flushes data and metadata to stable storage.
    func sync() throws(LogError) {
        guard fsync(fd) == 0 else { throw LogError.io("cannot fsync", path: path, errno: errno) }
    }

    /// Cuts the file to `size` bytes.
    func truncate(to size: Int) throws(LogError) {
        guard ftruncate(fd, off_t(size)) == 0 else { throw LogError.io("cannot truncate", path: path, errno: errno) }
    }
}
