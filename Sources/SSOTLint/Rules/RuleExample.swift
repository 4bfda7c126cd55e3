/// A runnable example of a rule kind: the kind's own YAML keys and a few Python files.
/// A line that must be reported ends in `# expect: EX@COL` (the grammar of
/// Fixtures/rules/README.md, with the id `RuleExample.ruleID`); every other line must
/// produce nothing. `explain` prints the examples, drawing each marker as a `↓`, and
/// RuleExampleTests runs them, so a kind's documentation and its tests are one text.
public struct RuleExample: Sendable {
    public struct File: Sendable {
        /// Relative to the project root.
        public var path: String
        /// Python source, `\n`-separated; a final newline is added when written.
        public var text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// The id of the example's rule, in its markers.
    public static let ruleID = "EX"

    /// One line: what the example shows.
    public var summary: String
    /// Whether a finding is expected; false for an example of what the kind leaves alone.
    public var isTriggering: Bool
    /// YAML keys of the rule besides `id`, `kind`, `severity` and `message`, one per line.
    public var settings: String
    public var files: [File]

    public init(summary: String, isTriggering: Bool, settings: String, files: [File]) {
        self.summary = summary
        self.isTriggering = isTriggering
        self.settings = settings
        self.files = files
    }

    /// An example with findings; `files` are `(path, Python)` pairs.
    static func reported(_ summary: String, settings: String, _ files: KeyValuePairs<String, String>) -> RuleExample {
        RuleExample(summary: summary, isTriggering: true, settings: settings, files: files.map { File(path: $0, text: $1) })
    }

    /// An example without findings.
    static func notReported(_ summary: String, settings: String, _ files: KeyValuePairs<String, String>) -> RuleExample {
        RuleExample(summary: summary, isTriggering: false, settings: settings, files: files.map { File(path: $0, text: $1) })
    }

    /// A `.ssotlint.yml` whose one rule, of kind `kind`, has the example's settings.
    public func configuration(kind: String) -> String {
        var lines = ["version: 1", "rules:", "  - id: \(RuleExample.ruleID)", "    kind: \(kind)", "    severity: error",
                     "    message: \"\(kind) example\""]
        lines += settings.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension RuleExample.File {
    /// The file's lines as `explain` shows them: markers removed, a `↓` before the
    /// column of each finding.
    public var renderedLines: [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var columns = Array(repeating: Set<Int>(), count: lines.count)
        var shown: [Bool] = Array(repeating: true, count: lines.count)
        for (index, line) in lines.enumerated() {
            if let range = line.range(of: "# expect-at:") {
                var words = line[range.upperBound...].split(separator: " ")
                guard let target = words.first.flatMap({ Int($0) }), target >= 1, target <= lines.count else { continue }
                words.removeFirst()
                columns[target - 1].formUnion(words.compactMap(Self.column(of:)))
                shown[index] = false
            } else if let range = line.range(of: "# expect:") {
                columns[index].formUnion(line[range.upperBound...].split(separator: " ").compactMap(Self.column(of:)))
                var code = line[..<range.lowerBound]
                while code.last == " " { code.removeLast() }
                lines[index] = String(code)
            }
        }
        for index in lines.indices where !columns[index].isEmpty {
            var scalars = Array(lines[index].unicodeScalars)
            for column in columns[index].sorted(by: >) {
                scalars.insert("↓", at: min(max(column - 1, 0), scalars.count))
            }
            lines[index] = String(String.UnicodeScalarView(scalars))
        }
        return zip(lines, shown).filter(\.1).map(\.0)
    }

    /// `COL` of a mark `ID@COL`; nil without one.
    static func column(of mark: Substring) -> Int? {
        mark.split(separator: "@").dropFirst().first.flatMap { Int($0) }
    }
}
