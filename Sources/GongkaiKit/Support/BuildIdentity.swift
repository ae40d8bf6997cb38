#if canImport(Glibc)
import Glibc
#endif

/// Which gongkai is running, as far as cached work is concerned: its version and its
/// executable's size and modification time. A different gongkai renders every page afresh.
enum BuildIdentity {
    static let fingerprint: Fingerprint = {
        var f = Fingerprint(Gongkai.version)
        var st = stat()
        if stat("/proc/self/exe", &st) == 0 {
            f.add(Int(st.st_size))
            f.add(st.st_mtim.tv_sec)
            f.add(st.st_mtim.tv_nsec)
        } else {
            // Unknown executable: nothing can be proved the same, so nothing is reused.
            f.add(Int.random(in: .min ... .max))
        }
        return f
    }()
}
