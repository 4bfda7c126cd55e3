/// How serious a finding is; ordered so that `error > warning > info`.
public enum Severity: String, CaseIterable, Comparable, Sendable {
    case info, warning, error

    public static func < (a: Severity, b: Severity) -> Bool {
        a.rank < b.rank
    }

    var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }
}
