/// How far one migration has come (SSOT consolidations are migrations): for a
/// `competing-patterns` rule, the files that use the canonical pattern among the files
/// that use any; for each module of a `deprecated-import` rule, the files that still import it.
public struct Migration: Sendable, Equatable {
    public enum Kind: String, Sendable { case canonicalPattern = "competing-patterns", deprecatedModule = "deprecated-import" }

    public var rule: String
    public var kind: Kind
    /// The canonical pattern, or the deprecated module.
    public var subject: String
    /// Files that use the canonical pattern, or that still import the module.
    public var files: Int
    /// Files that use any of the rule's patterns (canonical patterns only).
    public var of: Int?

    public init(rule: String, kind: Kind, subject: String, files: Int, of: Int? = nil) {
        self.rule = rule
        self.kind = kind
        self.subject = subject
        self.files = files
        self.of = of
    }

    /// What the history records it under: `WS001 factory`, `DEP001 legacy.config`.
    public var key: String { rule + " " + subject }

    public var point: MigrationPoint { MigrationPoint(files: files, of: of) }

    /// `WS001 factory: 131 of 519 files, 25.2%` or `DEP001 legacy.config: 12 files still import it`.
    public var text: String { "\(key): \(point.text)" }

    /// The migrations of a report: one per competing-patterns rule with a canonical
    /// pattern, one per module of each deprecated-import rule (finished ones included).
    static func of(_ distributions: [PatternDistribution], findings: [Finding], rules: [any Rule]) -> [Migration] {
        var migrations: [Migration] = []
        for distribution in distributions {
            guard let canonical = distribution.canonical,
                  let files = distribution.patterns.first(where: { $0.name == canonical })?.files else { continue }
            migrations.append(Migration(rule: distribution.ruleID, kind: .canonicalPattern, subject: canonical, files: files,
                                        of: distribution.filesUsingAny))
        }
        for rule in rules.compactMap({ $0 as? DeprecatedImportRule }) {
            var importers: [String: Set<String>] = [:]
            for finding in findings where finding.ruleID == rule.common.id {
                importers[finding.subject, default: []].insert(finding.path)
            }
            var seen = Set<String>()
            for entry in rule.entries where seen.insert(entry.module).inserted {
                migrations.append(Migration(rule: rule.common.id, kind: .deprecatedModule, subject: entry.module,
                                            files: importers[entry.module]?.count ?? 0))
            }
        }
        return migrations
    }
}

/// A migration's numbers at one run, as the history keeps them.
public struct MigrationPoint: Sendable, Equatable {
    public var files: Int
    /// Files that use any pattern (canonical patterns only).
    public var of: Int?

    public init(files: Int, of: Int? = nil) {
        self.files = files
        self.of = of
    }

    /// The canonical share, 0–100 (nil for a deprecated module, or when no file uses a pattern).
    public var share: Compliance? { of.map { Compliance(files: $0, compliant: files) } }

    public var text: String {
        if let share, let of { return "\(files) of \(of) \(of == 1 ? "file" : "files"), \(share.display)%" }
        return "\(files) \(files == 1 ? "file still imports" : "files still import") it"
    }

    /// How this point differs from `earlier`: `+3 files (+0.5 points)`, `−2 files`.
    public func change(since earlier: MigrationPoint) -> String {
        let delta = files - earlier.files
        var text = (delta > 0 ? "+" : delta < 0 ? "−" : "±") + "\(abs(delta)) \(abs(delta) == 1 ? "file" : "files")"
        if let now = share?.percentage, let then = earlier.share?.percentage {
            let points = ((now - then) * 10).rounded(.towardZero) / 10
            text += " (" + (points > 0 ? "+" : points < 0 ? "−" : "±") + "\(abs(points)) points)"
        }
        return text
    }
}
