#if canImport(Glibc)
import Glibc
#endif

/// Which program made cached work, as far as reusing it is concerned: its path, size and
/// modification time. A different gongkai renders every page afresh, and a different Chromium
/// prints every PDF afresh.
enum BuildIdentity {
    /// gongkai's version and its running executable.
    static let fingerprint: Fingerprint = {
        var f = Fingerprint(Gongkai.version)
        // Unknown executable: nothing can be proved the same, so nothing is reused.
        f.add(executable("/proc/self/exe") ?? Fingerprint(String(UInt64.random(in: .min ... .max))))
        return f
    }()

    /// The identity of the file at `path` (symbolic links followed), or nil when it cannot be read.
    static func executable(_ path: String) -> Fingerprint? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        var f = Fingerprint(path)
        f.add(Int(st.st_size))
        f.add(st.st_mtim.tv_sec)
        f.add(st.st_mtim.tv_nsec)
        return f
    }
}
