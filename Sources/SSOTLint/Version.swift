/// The ssotlint release, shown by `--version` and recorded in caches and reports.
public enum SSOTLintVersion {
    public static let current = "0.1.0"
}
