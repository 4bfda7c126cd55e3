/// `--format junit`: JUnit XML for the test tabs of CI servers (GitLab, Jenkins, Azure).
/// Every reported file is one test case, named by its path and classed by its category; a
/// clean file passes, and a file with new findings fails with one `<failure>` per
/// finding (`FindingSelection.new`: what fails `check`). `tests` counts files and
/// `failures` the files that fail, as the JUnit schema defines them.
public enum JUnitReporter: CheckReporter {
    public static let suiteName = "ssotlint"
    public static let selection = FindingSelection.new

    public static func render(_ run: CheckRun) -> String {
        var byPath: [String: [Finding]] = [:]
        for finding in run.findings(selection) {
            byPath[finding.path, default: []].append(finding)
        }
        var categories: [String: String] = [:]
        for file in run.files where file.isReported { categories[file.path] = file.category }
        // A finding on a file the run did not list still gets its test case.
        let paths = Set(categories.keys).union(byPath.keys).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let failing = paths.filter { byPath[$0] != nil }.count

        let counts = "tests=\"\(paths.count)\" failures=\"\(failing)\" errors=\"0\""
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<testsuites name=\"\(suiteName)\" \(counts)>\n"
        output += "  <testsuite name=\"\(suiteName)\" \(counts) skipped=\"0\">\n"
        for path in paths {
            let category = categories[path] ?? Category.otherName
            output += "    <testcase classname=\"\(XMLText.attribute(category))\" name=\"\(XMLText.attribute(path))\" "
                + "file=\"\(XMLText.attribute(path))\""
            guard let failures = byPath[path] else {
                output += "/>\n"
                continue
            }
            output += ">\n"
            for finding in failures {
                let text = "\(finding.path):\(finding.line):\(finding.column): \(finding.ruleID) \(finding.messageWithVia)"
                output += "      <failure type=\"\(XMLText.attribute(finding.ruleID))\" "
                    + "message=\"\(XMLText.attribute(finding.messageWithVia))\">\(XMLText.content(text))</failure>\n"
            }
            output += "    </testcase>\n"
        }
        output += "  </testsuite>\n</testsuites>\n"
        return output
    }
}
