import Foundation

/// `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it. One run whose driver
/// lists the rules in effect and then the built-in ids that occur; one result per finding
/// (suppressed ones carry `suppressions`, baselined ones `baselineState: unchanged`);
/// locations relative to `%SRCROOT%`, the project root; columns in Unicode code points;
/// `primaryLocationLineHash` = the finding's normalised-line hash and its 1-based
/// occurrence among findings of the same rule, path and line hash (GitHub's convention),
/// so alerts follow code that moves.
public enum SARIFReporter: CheckReporter {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    public static let selection = FindingSelection.all

    public static func render(_ run: CheckRun) -> String {
        let findings = run.findings(selection)
        let descriptors = Self.descriptors(rules: run.rules, findings: findings)
        var ruleIndex: [String: Int] = [:]
        for (index, descriptor) in descriptors.enumerated() { ruleIndex[descriptor.id] = index }
        let occurrences = Self.occurrenceIndices(findings)
        let results = findings.indices.map { index in
            Self.result(findings[index], ruleIndex: ruleIndex[findings[index].ruleID] ?? 0, occurrence: occurrences[index])
        }
        let driver: SARIFNode = .object([
            ("name", "ssotlint"), ("version", .string(SSOTLintVersion.current)),
            ("semanticVersion", .string(SSOTLintVersion.current)), ("rules", .array(descriptors.map(\.node))),
        ])
        let runNode: SARIFNode = .object([
            ("tool", .object([("driver", driver)])),
            ("originalUriBaseIds", .object([("%SRCROOT%", .object([("uri", .string(Self.directoryURI(run.root)))]))])),
            ("columnKind", "unicodeCodePoints"),
            ("results", .array(results)),
        ])
        let log: SARIFNode = .object([("$schema", .string(Self.schema)), ("version", "2.1.0"), ("runs", .array([runNode]))])
        return log.text(indent: "") + "\n"
    }

    static func result(_ finding: Finding, ruleIndex: Int, occurrence: Int) -> SARIFNode {
        // SARIF's endColumn is exclusive, as a finding's is; a region may be empty, never reversed.
        let endsBefore = (finding.endLine, finding.endColumn) < (finding.line, finding.column)
        let region: SARIFNode = .object([
            ("startLine", .int(finding.line)), ("startColumn", .int(finding.column)),
            ("endLine", .int(endsBefore ? finding.line : finding.endLine)),
            ("endColumn", .int(endsBefore ? finding.column : finding.endColumn)),
        ])
        let location: SARIFNode = .object([("physicalLocation", .object([
            ("artifactLocation", .object([("uri", .string(uriEncoded(finding.path))), ("uriBaseId", "%SRCROOT%")])),
            ("region", region),
        ]))])
        let lineHash = finding.lineHash.isEmpty ? LineFingerprint.hash(bytes: []) : finding.lineHash
        var fields: [(String, SARIFNode)] = [
            ("ruleId", .string(finding.ruleID)), ("ruleIndex", .int(ruleIndex)),
            ("level", .string(level(finding.severity))), ("message", .object([("text", .string(finding.messageWithVia))])),
            ("locations", .array([location])),
            ("partialFingerprints", .object([("primaryLocationLineHash", .string("\(lineHash):\(occurrence)"))])),
        ]
        if finding.isSuppressed { fields.append(("suppressions", .array([.object([("kind", "inSource")])]))) }
        fields.append(("baselineState", finding.isBaselined ? "unchanged" : "new"))
        return .object(fields)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// For each finding, its 1-based occurrence among the findings (in output order) with
    /// the same rule, path and line hash. Code Climate fingerprints use it too.
    static func occurrenceIndices(_ findings: [Finding]) -> [Int] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let key = finding.ruleID + "\u{0}" + finding.path + "\u{0}" + finding.lineHash
            seen[key, default: 0] += 1
            return seen[key] ?? 1
        }
    }

    /// A relative path as a URI reference: every byte but RFC 3986's unreserved
    /// characters and `/` percent-encoded (spaces, `%`, `#`, `:` and non-ASCII included).
    public static func uriEncoded(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"), UInt8(ascii: "/"):
                bytes.append(byte)
            default:
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An absolute folder as a `file:` URI ending in `/`, as `originalUriBaseIds` requires.
    public static func directoryURI(_ folder: String) -> String {
        var path = folder.hasPrefix("/") ? folder : "/" + folder
        if !path.hasSuffix("/") { path += "/" }
        return "file://" + uriEncoded(path)
    }
}

/// A rule as SARIF's `reportingDescriptor` shows it.
struct SARIFRuleDescriptor {
    var id: String
    var name: String
    var shortDescription: String
    var fullDescription: String
    var help: String
    var level: String
    var tags: [String]

    var node: SARIFNode {
        .object([
            ("id", .string(id)), ("name", .string(name)),
            ("shortDescription", .object([("text", .string(shortDescription))])),
            ("fullDescription", .object([("text", .string(fullDescription))])),
            ("help", .object([("text", .string(help))])),
            ("defaultConfiguration", .object([("level", .string(level))])),
            ("properties", .object([("tags", .array(tags.map { .string($0) }))])),
        ])
    }
}

/// A JSON value printed with fixed key order and indentation, so output is byte-identical
/// from run to run.
indirect enum SARIFNode: ExpressibleByStringLiteral {
    case string(String)
    case int(Int)
    case array([SARIFNode])
    case object([(String, SARIFNode)])

    init(stringLiteral value: String) {
        self = .string(value)
    }

    func text(indent: String) -> String {
        let inner = indent + "  "
        switch self {
        case .string(let value):
            return JSONText.quoted(value)
        case .int(let value):
            return String(value)
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + $0.text(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let fields):
            if fields.isEmpty { return "{}" }
            let lines = fields.map { inner + JSONText.quoted($0.0) + ": " + $0.1.text(indent: inner) }
            return "{\n" + lines.joined(separator: ",\n") + "\n\(indent)}"
        }
    }
}

extension SARIFReporter {
    /// The rules in effect, then each built-in id that occurs, then (a safety net) any
    /// other id that occurs, so every result's `ruleIndex` points at its rule.
    static func descriptors(rules: [any Rule], findings: [Finding]) -> [SARIFRuleDescriptor] {
        var descriptors = rules.map(descriptor(for:))
        var known = Set(descriptors.map(\.id))
        let occurring = Set(findings.map(\.ruleID))
        for builtin in builtinRules where occurring.contains(builtin.id) && !known.contains(builtin.id) {
            descriptors.append(builtin)
            known.insert(builtin.id)
        }
        for finding in findings where !known.contains(finding.ruleID) {
            descriptors.append(SARIFRuleDescriptor(
                id: finding.ruleID, name: pascalCase(finding.ruleID), shortDescription: finding.ruleID,
                fullDescription: finding.ruleID, help: finding.ruleID, level: level(finding.severity), tags: ["ssot"]))
            known.insert(finding.ruleID)
        }
        return descriptors
    }

    static func descriptor(for rule: any Rule) -> SARIFRuleDescriptor {
        let common = rule.common
        var help = [common.docs, ""]
        if common.docs != common.message.text { help.append("Message: \(common.message.text)") }
        help += rule.settings.map { "\($0.key): \($0.value)" }
        help.append("Paths: " + (common.pathPatterns.isEmpty ? "all files" : common.pathPatterns.joined(separator: ", ")))
        if !common.excludePatterns.isEmpty { help.append("Excluded: " + common.excludePatterns.joined(separator: ", ")) }
        help.append("")
        help.append(common.suppressible
            ? "Suppress one finding with `# ssotlint: ignore[\(common.id)] -- reason`, or accept today's findings with `ssotlint baseline`."
            : "This rule cannot be suppressed inline (suppressible: false); only `ssotlint baseline` can accept a finding.")
        return SARIFRuleDescriptor(
            id: common.id, name: pascalCase(common.kind), shortDescription: firstSentence(common.docs),
            fullDescription: common.docs, help: help.joined(separator: "\n"), level: level(common.severity),
            tags: ["ssot", common.kind])
    }

    /// The findings ssotlint itself produces (SPEC §5, §6), described once here.
    static let builtinRules: [SARIFRuleDescriptor] = [
        builtin(BuiltinFindingID.syntaxError, .error, "The file cannot be tokenized as Python.",
                "The file fails to lex the way CPython 3.12's tokenize module would (an unterminated string, end of "
                    + "file inside brackets, inconsistent indentation, an invalid number literal, a NUL byte). It is "
                    + "unanalysable: never compliant, and it contributes nothing to cross-file rules.",
                "Fix the syntax error. This finding cannot be suppressed."),
        builtin(BuiltinFindingID.encodingError, .error, "The file cannot be decoded.",
                "The file's bytes cannot be decoded: invalid UTF-8, or a PEP 263 coding line that names an "
                    + "unknown codec. It is unanalysable: never compliant.",
                "Save the file as UTF-8 or fix its coding line. This finding cannot be suppressed."),
        builtin(BuiltinFindingID.unreadableFile, .error, "The file cannot be read.",
                "ssotlint could not read the file (permissions, a broken link, an I/O error). It is reported, not "
                    + "fatal, and the file is never compliant.",
                "Make the file readable, or exclude it in .ssotlint.yml."),
        builtin(BuiltinFindingID.suppressionWithoutReason, .error, "A suppression comment gives no reason.",
                "The configuration sets `suppressions: {require-reason: true}`, so a `# ssotlint: ignore` comment "
                    + "must give a reason after `--`. Without one it suppresses nothing.",
                "Add a reason: `# ssotlint: ignore[ID] -- why this is acceptable`."),
        builtin(BuiltinFindingID.forbiddenSuppression, .error, "A suppression comment names a rule that cannot be suppressed.",
                "The rule is declared `suppressible: false`: an inline comment cannot silence it, so the comment is "
                    + "reported and the finding stays.",
                "Fix the finding, or accept it with `ssotlint baseline`; remove the comment."),
        builtin(BuiltinFindingID.unusedSuppression, .info, "A suppression comment suppresses nothing.",
                "Reported with --report-unused-suppressions: no finding on the comment's line (or, for ignore-file, "
                    + "in its file) matches the rules it names.",
                "Remove the comment, or correct the rule ids it names."),
    ]

    static func builtin(_ id: String, _ severity: Severity, _ short: String, _ full: String, _ help: String) -> SARIFRuleDescriptor {
        SARIFRuleDescriptor(id: id, name: pascalCase(id), shortDescription: short, fullDescription: full,
                            help: full + "\n\n" + help, level: level(severity), tags: ["ssot", "builtin"])
    }

    /// `banned-api` → `BannedApi`: SARIF's `name` is an identifier for people.
    static func pascalCase(_ text: String) -> String {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The docs up to the end of their first sentence or line.
    static func firstSentence(_ text: String) -> String {
        var end = text.endIndex
        if let newline = text.firstIndex(of: "\n") { end = newline }
        if let stop = text.range(of: ". "), stop.lowerBound < end { end = text.index(after: stop.lowerBound) }
        let sentence = text[..<end].trimmingCharacters(in: .whitespaces)
        return sentence.isEmpty ? text : sentence
    }
}
