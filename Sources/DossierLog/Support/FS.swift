#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// File-system helpers that throw ``LogError``.
public enum FS {
    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    static func isSymlink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }

    /// Creates `path` and missing parents; a folder it creates gets exactly `mode` (private by
    /// default), whatever the umask.
    static func mkdirs(_ path: String, mode: mode_t = 0o700) throws(LogError) {
        if isDirectory(path) { return }
        let parent = (path as String).split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(
            separator: "/")
        if !parent.isEmpty, !isDirectory(parent) { try mkdirs(parent, mode: mode) }
        if mkdir(path, mode) == 0 { _ = chmod(path, mode); return }
        guard errno == EEXIST else { throw LogError.io("cannot create folder", path: path, errno: errno) }
    }

    static func list(_ path: String) throws(LogError) -> [String] {
        guard let dir = opendir(path) else { throw LogError.io("cannot list", path: path, errno: errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    static func rename(_ from: String, _ to: String) throws(LogError) {
        guard Glibc.rename(from, to) == 0 else {
            throw LogError.io("cannot rename to \(to):", path: from, errno: errno)
        }
    }

    static func remove(_ path: String) throws(LogError) {
        guard unlink(path) == 0 || errno == ENOENT else { throw LogError.io("cannot remove", path: path, errno: errno) }
    }

    /// fsyncs a directory so renames and creations in it are durable (the one place that does).
    public static func syncDirectory(_ path: String) throws(LogError) {
        let file = try RawFile.open(path, flags: O_RDONLY | O_DIRECTORY)
        try file.sync()
    }

    static func readString(_ path: String) throws(LogError) -> String {
        let file = try RawFile.open(path, flags: O_RDONLY)
        return String(decoding: try file.readAll(), as: UTF8.self)
    }

    /// Writes `bytes` to `path` atomically: temp file, fsync, rename, fsync folder.
    static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600) throws(LogError) {
        let tmp = path + ".tmp"
        try remove(tmp)
        let file = try RawFile.open(tmp, flags: O_WRONLY | O_CREAT | O_TRUNC, mode: mode)
        try file.write(bytes, at: 0)
        try file.sync()
        try rename(tmp, path)
        let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        try syncDirectory(parent.isEmpty ? "." : parent)
    }

    static func fileMode(_ path: String) -> mode_t? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return st.st_mode & 0o777
    }
}

/// Private files of a store for the layers above the log (peer list, known vectors, replay
/// journal): created with exactly mode 0600 (folders 0700), whatever the umask.
public enum StoreFiles {
    /// Writes `bytes` to `path` atomically (temp file, fsync, rename), mode 0600.
    public static func writePrivate(_ bytes: [UInt8], to path: String) throws(LogError) {
        try FS.writeAtomically(bytes, to: path, mode: 0o600)
    }

    /// Creates `path` and its missing parents, mode 0700.
    public static func makePrivateFolders(_ path: String) throws(LogError) { try FS.mkdirs(path, mode: 0o700) }

    /// Appends `bytes` to `path` (created with mode 0600); no fsync.
    public static func appendPrivate(_ bytes: [UInt8], to path: String) throws(LogError) {
        let file = try RawFile.open(path, flags: O_WRONLY | O_APPEND | O_CREAT, mode: 0o600)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(file.fd, $0.baseAddress, $0.count) }
            guard n > 0 else { throw LogError.io("cannot append to", path: path, errno: errno) }
            written += n
        }
    }

    /// The bytes of `path`, or nil when it does not exist.
    public static func read(_ path: String) throws(LogError) -> [UInt8]? {
        guard FS.exists(path) else { return nil }
        return try RawFile.open(path, flags: O_RDONLY).readAll()
    }

    /// The permission bits of `path`, or nil when it does not exist.
    public static func mode(_ path: String) -> Int? { FS.fileMode(path).map { Int($0) } }
}
