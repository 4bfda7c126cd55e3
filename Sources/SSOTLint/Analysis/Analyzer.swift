import Dispatch
import Foundation
import PythonSource

/// What to analyse and how.
public struct AnalysisRequest {
    public var configuration: Configuration
    /// The rules that run (after `--select` / `--ignore`).
    public var rules: [any Rule]
    /// PATH arguments as typed (relative to `workingDirectory` or absolute); empty: the project.
    public var paths: [String] = []
    public var workingDirectory: String
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// `--stdin-filename`: this file's source comes from standard input (path as typed).
    public var stdin: (path: String, bytes: [UInt8])?
    public var reportUnusedSuppressions = false
    /// Reuse and update per-file outcomes under `cache-dir` (`--no-cache` turns it off).
    public var useCache = true

    public init(configuration: Configuration, rules: [any Rule], workingDirectory: String) {
        self.configuration = configuration
        self.rules = rules
        self.workingDirectory = workingDirectory
    }
}

/// One file that was analysed.
public struct AnalyzedFile: Sendable {
    public var path: String
    public var category: String
    /// It could not be read, decoded or lexed.
    public var isUnanalysable: Bool
    /// A PATH argument named it (or none were given).
    public var isReported: Bool

    public init(path: String, category: String, isUnanalysable: Bool = false, isReported: Bool = true) {
        self.path = path
        self.category = category
        self.isUnanalysable = isUnanalysable
        self.isReported = isReported
    }
}

/// How a `competing-patterns` rule's patterns are used across the project.
public struct PatternDistribution: Sendable {
    public var ruleID: String
    public var canonical: String?
    public var patterns: [(name: String, files: Int)]

    public init(ruleID: String, canonical: String?, patterns: [(name: String, files: Int)]) {
        self.ruleID = ruleID
        self.canonical = canonical
        self.patterns = patterns
    }
}

public struct AnalysisResult {
    /// Findings of the reported files, suppressed ones included, in output order.
    public var findings: [Finding]
    public var files: [AnalyzedFile]
    public var skippedSymlinks: [String]
    /// Folders and names discovery could not read, with the reason.
    public var unreadablePaths: [UnreadablePath]
    public var patternDistributions: [PatternDistribution]
}

/// The pipeline: discover → read → tokenize → facts → per-file rules (in parallel) →
/// cross-file rules → suppressions → sorted findings.
public enum Analyzer {
    public static func run(_ request: AnalysisRequest) -> AnalysisResult {
        let configuration = request.configuration
        let plan = FilePlan(request)
        let fileRules = request.rules.compactMap { $0 as? any FileRule }
        let projectRules = request.rules.compactMap { $0 as? any ProjectRule }
        let worker = FileAnalysis(configuration: configuration, fileRules: fileRules, projectRules: projectRules)

        let cacheFolder = configuration.cacheDir.hasPrefix("/") ? configuration.cacheDir
            : configuration.root + "/" + configuration.cacheDir
        let cache = request.useCache
            ? AnalysisCache.load(folder: cacheFolder, key: RuleSetFingerprint.of(configuration, rules: request.rules)) : nil
        var outcomes = [FileOutcome?](repeating: nil, count: plan.files.count)
        outcomes.withUnsafeMutableBufferPointer { slots in
            let next = WorkCounter()
            let jobs = max(1, min(request.jobs, plan.files.count))
            DispatchQueue.concurrentPerform(iterations: jobs) { _ in
                while let index = next.take(below: slots.count) {
                    slots[index] = worker.analyze(path: plan.files[index], replacement: plan.replacement(for: index), cache: cache)
                }
            }
        }
        if let cache { updateCache(cache, plan: plan, outcomes: outcomes) }

        var findingsByFile = outcomes.map { $0?.findings ?? [] }
        let indexOfPath = Dictionary(uniqueKeysWithValues: plan.files.enumerated().map { ($1, $0) })
        var distributions: [PatternDistribution] = []
        for (ruleIndex, rule) in projectRules.enumerated() {
            let occurrences = plan.files.indices.compactMap { index -> FileOccurrences? in
                guard let outcome = outcomes[index], !outcome.isUnanalysable,
                      rule.common.applies(to: plan.files[index]) else { return nil }
                return FileOccurrences(path: plan.files[index], occurrences: outcome.occurrences[ruleIndex])
            }
            for finding in rule.findings(occurrences) {
                if let index = indexOfPath[finding.path] { findingsByFile[index].append(finding) }
            }
            if let patterns = rule as? CompetingPatternsRule {
                let canonical = patterns.canonical(occurrences).map { patterns.patterns[$0].name }
                distributions.append(PatternDistribution(ruleID: rule.common.id, canonical: canonical,
                                                         patterns: patterns.distribution(occurrences)))
            }
        }

        let rulesByID = Dictionary(request.rules.map { ($0.common.id, $0.common) }, uniquingKeysWith: { first, _ in first })
        var findings: [Finding] = []
        var files: [AnalyzedFile] = []
        for (index, path) in plan.files.enumerated() {
            let outcome = outcomes[index]
            var fileFindings = findingsByFile[index]
            if let suppressions = outcome?.suppressions {
                fileFindings += suppressions.apply(to: &fileFindings, path: path, rules: rulesByID,
                                                   requireReason: configuration.requireReason,
                                                   reportUnused: request.reportUnusedSuppressions)
            }
            let isReported = plan.isReported(index)
            files.append(AnalyzedFile(path: path, category: configuration.category(of: path),
                                      isUnanalysable: outcome?.isUnanalysable ?? true, isReported: isReported))
            if isReported { findings += fileFindings }
        }
        findings.sort(by: Finding.outputOrder)
        return AnalysisResult(findings: findings, files: files, skippedSymlinks: plan.discovered.skippedSymlinks,
                              unreadablePaths: plan.discovered.unreadable,
                              patternDistributions: distributions)
    }
}

extension Analyzer {
    /// Rewrites the cache when anything changed; a cache that cannot be written only
    /// costs speed next time, so the failure is not an error of the run.
    static func updateCache(_ cache: AnalysisCache, plan: FilePlan, outcomes: [FileOutcome?]) {
        var entries: [(path: String, entry: AnalysisCache.Entry)] = []
        var changed = false
        for (index, path) in plan.files.enumerated() {
            guard let outcome = outcomes[index], let identity = outcome.identity else { continue }
            let previous = cache.entries[path]
            if previous?.identity != identity || previous?.contentHash != outcome.contentHash { changed = true }
            entries.append((path, AnalysisCache.Entry(identity: identity, contentHash: outcome.contentHash, outcome: outcome)))
        }
        if entries.count != cache.entries.count { changed = true }
        if changed { try? cache.save(entries) }
    }
}

/// Hands out file indices to worker threads.
final class WorkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < limit else { return nil }
        next += 1
        return next - 1
    }
}

extension AnalysisResult {
    /// Symbolic links and unreadable paths, each with why it was not analysed.
    public var skippedPaths: [UnreadablePath] {
        (skippedSymlinks.map { UnreadablePath(path: $0, reason: "symbolic link (not followed)") } + unreadablePaths)
            .sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// Compliance over the reported files.
    public func compliance(countSeverities: Set<Severity>) -> Compliance {
        var byPath: [String: [Finding]] = [:]
        for finding in findings { byPath[finding.path, default: []].append(finding) }
        let reported = files.filter(\.isReported)
        let compliant = reported.filter { file in
            Compliance.isCompliant(byPath[file.path] ?? [], unanalysable: file.isUnanalysable, countSeverities: countSeverities)
        }.count
        return Compliance(files: reported.count, compliant: compliant)
    }
}
