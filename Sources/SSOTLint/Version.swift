#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The ssotlint release, shown by `--version` and recorded in caches and reports.
public enum SSOTLintVersion {
    public static let current = "0.1.0"

    /// The running executable's size and modification time (Linux), also in the cache
    /// key: a rebuilt or reinstalled ssotlint of the same version may analyse differently,
    /// and must not trust what the one before it cached.
    public static let build: String = {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return "" }
        return "\(status.st_size)-\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }()
}
