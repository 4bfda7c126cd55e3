/// The share of files with no counted finding (SPEC §6), compared exactly and shown
/// truncated to one decimal so that a shown 100.0 is really 100.
public struct Compliance: Sendable, Equatable {
    public var files: Int
    public var compliant: Int

    public init(files: Int, compliant: Int) {
        self.files = files
        self.compliant = compliant
    }

    /// A file is compliant when it was analysed and has no unsuppressed finding whose
    /// severity is counted (baselined findings still count).
    public static func isCompliant(_ findings: [Finding], unanalysable: Bool, countSeverities: Set<Severity>) -> Bool {
        !unanalysable && !findings.contains { !$0.isSuppressed && countSeverities.contains($0.severity) }
    }

    /// Meets a threshold percentage: `compliant × 100 ≥ threshold × files`, in exact
    /// integer arithmetic on hundredths of a percent. An empty set meets every threshold.
    public func meets(_ threshold: Double) -> Bool {
        let hundredths = Int((threshold * 100).rounded())
        return compliant * 10_000 >= hundredths * files
    }

    /// The score truncated to one decimal (`99.96` → `99.9`), or `n/a` with no files.
    public var display: String {
        guard files > 0 else { return "n/a" }
        let tenths = compliant * 1000 / files
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// The exact score as a fraction of 100, for JSON.
    public var percentage: Double? {
        files > 0 ? Double(compliant) * 100 / Double(files) : nil
    }
}
