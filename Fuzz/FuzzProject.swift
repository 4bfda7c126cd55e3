import Foundation
import PythonSource
import SSOTLint

/// The fixed project of Fuzz/project: its configuration (one rule of every kind) and,
/// per cross-file rule, the occurrences of its real files, collected once.
struct FuzzProject {
    /// Where the input sits: in a package, so that relative imports resolve.
    static let inputPath = "pkg/sub/fuzz.py"

    let configuration: Configuration
    let fileRules: [any FileRule]
    let projectRules: [any ProjectRule]
    /// Per project rule (in order), the occurrences of each real file of the project.
    let projectOccurrences: [[FileOccurrences]]
    /// The bytes of the project's real files, inputs that reach every rule.
    let sampleInputs: [[UInt8]]
    /// The rules `check --fix` works for.
    var deprecatedImportRuleIDs: Set<String> {
        Set(configuration.rules.filter { $0.common.kind == "deprecated-import" }.map(\.common.id))
    }

    struct SetUpError: Error, CustomStringConvertible {
        var description: String
    }

    init(root: String) throws {
        let configurationFile = root + "/" + ConfigurationLoader.fileName
        configuration = try ConfigurationLoader.parse(String(contentsOfFile: configurationFile, encoding: .utf8),
                                                      file: configurationFile)
        fileRules = configuration.rules.compactMap { $0 as? any FileRule }
        projectRules = configuration.rules.compactMap { $0 as? any ProjectRule }
        let kinds = Set(configuration.rules.map(\.common.kind))
        let allKinds: Set = ["banned-api", "deprecated-import", "duplicate-definition", "competing-patterns", "regex"]
        guard kinds == allKinds else {
            throw SetUpError(description: "the project must have a rule of every kind; it has \(kinds.sorted())")
        }
        var occurrences = Array(repeating: [FileOccurrences](), count: projectRules.count)
        var samples: [[UInt8]] = []
        for path in try Self.pythonFiles(root: root) {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: root + "/" + path)))
            samples.append(bytes)
            guard let context = try Self.context(path: path, bytes: bytes, configuration: configuration) else {
                throw SetUpError(description: "\(path) does not lex")
            }
            for (index, rule) in projectRules.enumerated() where rule.common.applies(to: path) {
                occurrences[index].append(FileOccurrences(path: path, occurrences: rule.collect(context)))
            }
        }
        projectOccurrences = occurrences
        sampleInputs = samples
    }

    /// The project's `.py` files, relative to `root`.
    static func pythonFiles(root: String) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else {
            throw SetUpError(description: "cannot list \(root)")
        }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".py") }.sorted()
    }

    /// The analysis context of a file that must decode and lex; nil when it does not lex.
    static func context(path: String, bytes: [UInt8], configuration: Configuration) throws -> FileContext? {
        let source = try SourceFile(bytes: bytes)
        let scanned = SourceScanner.scan(source)
        guard scanned.error == nil else { return nil }
        return FileContext(path: path, moduleName: ModuleName.of(relativePath: path, srcRoots: configuration.srcRoots),
                           source: source, summary: scanned.summary, facts: scanned.facts)
    }

    /// The request `ssotlint check --stdin-filename pkg/sub/fuzz.py` makes from the root.
    func request(for bytes: [UInt8]) -> AnalysisRequest {
        var request = AnalysisRequest(configuration: configuration, rules: configuration.rules,
                                      workingDirectory: configuration.root)
        request.stdin = (Self.inputPath, bytes)
        request.jobs = 1
        request.reportUnusedSuppressions = true
        request.useCache = false   // nothing is written; every input is analysed afresh
        return request
    }
}
