import Foundation

/// One line of the `--history` file: when, at which commit, and the scores then.
public struct HistoryEntry: Sendable, Equatable {
    public var time: String
    public var commit: String?
    /// The commit's subject, for entries computed from git (`--git-history`).
    public var subject: String?
    /// Category name (and "Overall") → files and compliant files.
    public var scores: [String: Compliance]
    /// Rule id → unsuppressed findings.
    public var rules: [String: Int]
    /// Competing-patterns rule id → pattern → files that use it.
    public var patterns: [String: [String: Int]] = [:]
    /// `Migration.key` → the migration's numbers.
    public var migrations: [String: MigrationPoint] = [:]

    public init(time: String, commit: String?, scores: [String: Compliance], rules: [String: Int]) {
        self.time = time
        self.commit = commit
        self.scores = scores
        self.rules = rules
    }

    public init(report: ComplianceReport, time: Date, commit: String?) {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        self.init(report: report, time: formatter.string(from: time), commit: commit)
    }

    public init(report: ComplianceReport, time: String, commit: String?, subject: String? = nil) {
        self.time = time
        self.commit = commit
        self.subject = subject
        var scores: [String: Compliance] = [:]
        for score in report.categories + [report.overall] { scores[score.name] = score.compliance }
        self.scores = scores
        self.rules = Dictionary(uniqueKeysWithValues: report.rules.map { ($0.rule, $0.findings) })
        for distribution in report.patternDistributions {
            patterns[distribution.ruleID] = Dictionary(distribution.patterns.map { ($0.name, $0.files) }, uniquingKeysWith: { a, _ in a })
        }
        migrations = Dictionary(report.migrations.map { ($0.key, $0.point) }, uniquingKeysWith: { a, _ in a })
    }

    /// One JSON line with sorted keys.
    public var jsonLine: String {
        func object<Value>(_ values: [String: Value], _ render: (Value) -> String) -> String {
            "{" + values.keys.sorted().map { "\(JSONText.quoted($0)): \(render(values[$0]!))" }.joined(separator: ", ") + "}"
        }
        let scoreText = object(scores) { "{\"files\": \($0.files), \"compliant\": \($0.compliant)}" }
        let commitText = commit.map { JSONText.quoted($0) } ?? "null"
        var line = "{\"time\": \(JSONText.quoted(time)), \"commit\": \(commitText)"
        if let subject { line += ", \"subject\": \(JSONText.quoted(subject))" }
        line += ", \"scores\": \(scoreText), \"rules\": \(object(rules) { String($0) })"
        if !patterns.isEmpty { line += ", \"patterns\": \(object(patterns) { object($0) { String($0) } })" }
        if !migrations.isEmpty {
            line += ", \"migrations\": " + object(migrations) { point in
                "{\"files\": \(point.files)" + (point.of.map { ", \"of\": \($0)" } ?? "") + "}"
            }
        }
        return line + "}"
    }

    /// Parses one line; nil for a line that is not a history entry.
    public init?(jsonLine: String) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(jsonLine.utf8)) as? [String: Any],
              let time = object["time"] as? String,
              let scores = object["scores"] as? [String: [String: Any]] else { return nil }
        self.time = time
        commit = object["commit"] as? String
        subject = object["subject"] as? String
        var parsed: [String: Compliance] = [:]
        for (name, value) in scores {
            guard let files = (value["files"] as? NSNumber)?.intValue,
                  let compliant = (value["compliant"] as? NSNumber)?.intValue else { return nil }
            parsed[name] = Compliance(files: files, compliant: compliant)
        }
        self.scores = parsed
        rules = ((object["rules"] as? [String: Any]) ?? [:]).compactMapValues { ($0 as? NSNumber)?.intValue }
        for (rule, value) in (object["patterns"] as? [String: [String: Any]]) ?? [:] {
            patterns[rule] = value.compactMapValues { ($0 as? NSNumber)?.intValue }
        }
        for (key, value) in (object["migrations"] as? [String: [String: Any]]) ?? [:] {
            guard let files = (value["files"] as? NSNumber)?.intValue else { continue }
            migrations[key] = MigrationPoint(files: files, of: (value["of"] as? NSNumber)?.intValue)
        }
    }
}

/// The commit checked out at `root`, read from `.git` without running git.
public enum GitCommit {
    public static func current(root: String) -> String? {
        var gitDirectory = root + "/.git"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: gitDirectory, isDirectory: &isDirectory) else { return nil }
        if !isDirectory.boolValue {
            // A worktree or submodule: `.git` is a file saying `gitdir: PATH`.
            guard let text = try? String(contentsOfFile: gitDirectory, encoding: .utf8),
                  text.hasPrefix("gitdir:") else { return nil }
            let path = text.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespacesAndNewlines)
            gitDirectory = path.hasPrefix("/") ? path : root + "/" + path
        }
        guard let head = try? String(contentsOfFile: gitDirectory + "/HEAD", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        guard head.hasPrefix("ref:") else { return head.isEmpty ? nil : head }
        let ref = head.dropFirst(4).trimmingCharacters(in: .whitespaces)
        if let value = try? String(contentsOfFile: gitDirectory + "/" + ref, encoding: .utf8) {
            return value.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let packed = (try? String(contentsOfFile: gitDirectory + "/packed-refs", encoding: .utf8)) ?? ""
        for line in packed.split(separator: "\n") where line.hasSuffix(" " + ref) {
            return String(line.prefix { $0 != " " })
        }
        return nil
    }
}
