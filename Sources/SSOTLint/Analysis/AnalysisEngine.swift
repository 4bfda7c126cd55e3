import Dispatch
import PythonSource

/// A project held in memory between analyses: its configuration, its files and each
/// file's per-file outcome. `Analyzer.run` uses it once; a long-lived caller (an editor
/// session, `check --fix`) changes some files or in-memory buffers and analyses again,
/// and only files whose bytes changed go through the per-file pass again, while the
/// cross-file pass, suppressions and the baseline are always applied anew.
///
/// Not thread-safe: one caller at a time (the per-file pass itself runs in parallel).
public final class AnalysisEngine {
    /// What the next `analyze()` does with a file.
    public enum Change: Sendable {
        /// The file's contents are these bytes (an editor buffer), whatever is on disk.
        case overlay([UInt8])
        /// Back to the file on disk: an overlay closed, or the file created, changed or deleted.
        case disk
    }

    /// How much work the analyses did, for tests and benchmarks.
    public struct Statistics: Sendable, Equatable {
        /// Files read, decoded, lexed and scanned.
        public var perFilePasses = 0
        /// Files whose outcome came from the cache on disk instead.
        public var cacheHits = 0
        /// Files analysed a second time with every chain into the project, because a
        /// re-export may lead one of their references to an API (`ReexportCandidates`).
        public var reexportPasses = 0

        public init(perFilePasses: Int = 0, cacheHits: Int = 0, reexportPasses: Int = 0) {
            self.perFilePasses = perFilePasses
            self.cacheHits = cacheHits
            self.reexportPasses = reexportPasses
        }
    }

    public let request: AnalysisRequest
    public private(set) var statistics = Statistics()
    /// Symbol indexes made so far (one is kept while no file's exports change).
    public private(set) var symbolIndexesMade = 0
    /// Files whose `ReexportProbe` was asked about so far.
    public private(set) var probesAsked = 0
    private var plan: FilePlan
    /// The per-file pass: with a rule that follows re-exports, one that probes each file.
    private var worker: FileAnalysis
    /// With a rule that follows re-exports: the pass for the files whose probe shows a
    /// reference that re-exports may lead to an API, and for those analysed so before.
    private var followingWorker: FileAnalysis?
    /// The top-level names of the project's modules, which `followingWorker` depends on.
    private var projectRoots: Set<String> = []
    /// The symbol index of the outcomes as they are, once the per-file pass made it.
    private(set) var symbolIndex: SymbolIndex?
    /// The symbol index of the outcomes before the files now pending changed (made by the
    /// last `analyze`, or taken with the outcomes of another version of the project): it
    /// still holds when none of them exports otherwise now, and so do the verdicts of the
    /// other files' probes (a language server's edit, a commit of history, rarely changes
    /// what a module exports).
    private var indexOfOutcomes: SymbolIndex?
    /// Where a file's bytes come from when it has no overlay and is not on disk (the
    /// blobs of a git commit); given paths, their bytes.
    var contentsSource: (([String]) -> [String: [UInt8]])?
    let projectRules: [any ProjectRule]
    /// The rules that follow re-exports (SPEC §4).
    let followers: [any ReexportFollowing]
    private var overlays: [String: [UInt8]] = [:]
    /// Outcomes by path; a path without one, or in `changed`, is analysed by the next
    /// `analyze()` (a changed file whose bytes turn out the same keeps its outcome).
    private(set) var outcomes: [String: FileOutcome] = [:]
    private var changed: Set<String> = []
    private var cache: AnalysisCache?

    public init(_ request: AnalysisRequest) {
        self.request = request
        plan = FilePlan(request)
        projectRules = request.rules.compactMap { $0 as? any ProjectRule }
        followers = request.rules.compactMap { $0 as? any ReexportFollowing }.filter(\.followsReexports)
        worker = FileAnalysis(configuration: request.configuration, fileRules: [], projectRules: [])
        if let stdin = request.stdin,
           let path = plan.analysedPath(stdin.path, workingDirectory: request.workingDirectory, root: request.configuration.root) {
            overlays[path] = stdin.bytes
        }
        followProjectRoots()
    }

    /// Makes the per-file pass for the project's current top-level module names; when
    /// they changed, every file is analysed again (the cache is keyed by them too).
    private func followProjectRoots() {
        let srcRoots = request.configuration.srcRoots
        let follows = !followers.isEmpty
        let roots = !follows ? []
            : Set(plan.files.map { ImportResolver.topLevelName(of: ModuleName.of(relativePath: $0, srcRoots: srcRoots)) })
        if roots == projectRoots && !outcomes.isEmpty { return }
        projectRoots = roots
        outcomes = [:]
        symbolIndex = nil
        indexOfOutcomes = nil
        let fileRules = request.rules.compactMap { $0 as? any FileRule }
        let planFixes = request.planFixes || request.keepsFixSources
        worker = FileAnalysis(configuration: request.configuration, fileRules: fileRules, projectRules: projectRules,
                              planFixes: planFixes,
                              following: !follows ? .off : request.probesReexports ? .probe : .project(roots))
        followingWorker = !follows ? nil
            : FileAnalysis(configuration: request.configuration, fileRules: fileRules, projectRules: projectRules,
                           planFixes: planFixes, following: .project(roots))
        guard request.useCache else { return }
        let configuration = request.configuration
        let folder = configuration.cacheDir.hasPrefix("/") ? configuration.cacheDir
            : configuration.root + "/" + configuration.cacheDir
        cache = AnalysisCache.load(folder: folder,
                                   key: RuleSetFingerprint.of(configuration, rules: request.rules, projectRoots: roots))
    }

    /// Notes changes to files (paths relative to the project root) for the next `analyze()`.
    public func update(_ changes: [String: Change]) {
        let filesBefore = plan.files
        for (path, change) in changes {
            switch change {
            case .overlay(let bytes):
                guard plan.admit(path) else { continue }
                overlays[path] = bytes
            case .disk:
                overlays[path] = nil
                plan.refresh(path, root: request.configuration.root)
            }
            changed.insert(path)
        }
        // Project roots follow the file list: edits of known files cannot change them.
        if !outcomes.isEmpty && plan.files != filesBefore { followProjectRoots() }
    }

    /// `update(changes)`, then `analyze()`.
    public func analyze(after changes: [String: Change]) -> AnalysisResult {
        update(changes)
        return analyze()
    }

    /// The findings of the project as it is now: per-file passes for the files not
    /// analysed yet or changed since, then the cross-file pass, suppressions and baseline.
    public func analyze() -> AnalysisResult {
        analyzePendingFiles()
        return assemble(plan.files, outcomes)
    }

    /// The per-file pass alone, over the files not analysed yet or changed since; the next
    /// `analyze()` then only assembles (a git history prepares many commits' engines in turn,
    /// each from the outcomes of the one before, and assembles them in parallel).
    func analyzePendingFiles() {
        let pending = pendingPaths
        // A file analysed with every chain into the project stays so: that outcome is
        // right whatever the other files export, a probe's only until they change.
        let fresh = perFilePass(pending) { path in
            let previous = outcomes[path]
            let worker = previous?.projectReferences != nil ? followingWorker ?? worker : worker
            return worker.analyze(path: path, replacement: overlays[path], cache: cache, previous: previous)
        }
        if !pending.isEmpty { symbolIndex = nil }
        // Every outcome from a cache that is one analysis of exactly these files: each
        // probe's verdict is in its outcome already (a closer look made it project references).
        let fromSnapshot = cache?.isSnapshot == true && cache?.entries.count == plan.files.count
            && pending.count == plan.files.count && fresh.allSatisfy { $0?.origin == .cache }
        var exportsUnchanged = indexOfOutcomes != nil
        outcomes.reserveCapacity(outcomes.count + pending.count)
        for (index, path) in pending.enumerated() {
            guard let outcome = fresh[index] else { continue }
            switch outcome.origin {
            case .analysed: statistics.perFilePasses += 1
            case .cache: statistics.cacheHits += 1
            case .unchanged: break
            }
            if exportsUnchanged, !Self.exportAlike(outcomes[path], outcome) { exportsUnchanged = false }
            outcomes[path] = outcome
        }
        changed = []
        // Every file of the plan has an outcome now: more outcomes than files means some
        // are of files the plan no longer has (deleted, excluded). Filtering them out in
        // every run copied every outcome.
        if outcomes.count > plan.files.count {
            exportsUnchanged = false
            let analysed = Set(plan.files)
            for path in outcomes.keys.filter({ !analysed.contains($0) }) { outcomes.removeValue(forKey: path) }
        }
        let reusable = exportsUnchanged ? indexOfOutcomes : nil
        followReexportsWhereNeeded(reusing: reusable, probing: fromSnapshot ? [] : reusable != nil ? pending : plan.files)
        indexOfOutcomes = symbolIndex
        if let cache { updateCache(cache) }
    }

    /// Whether `fresh` exports what `earlier` did (a symbol index made with one holds for the other).
    private static func exportAlike(_ earlier: FileOutcome?, _ fresh: FileOutcome) -> Bool {
        guard let earlier else { return false }
        return earlier.isUnanalysable == fresh.isUnanalysable && earlier.exports == fresh.exports
    }

    /// `analyze` for each path, in parallel, with the path's category; results in the paths' order.
    private func perFilePass(_ paths: [String], _ analyze: (String) -> FileOutcome) -> [FileOutcome?] {
        var fresh = [FileOutcome?](repeating: nil, count: paths.count)
        let configuration = request.configuration
        fresh.withUnsafeMutableBufferPointer { slots in
            let next = WorkCounter()
            let jobs = max(1, min(request.jobs, paths.count))
            DispatchQueue.concurrentPerform(iterations: jobs) { _ in
                while let index = next.take(below: slots.count) {
                    var outcome = analyze(paths[index])
                    if outcome.category == nil { outcome.category = configuration.category(of: paths[index]) }
                    slots[index] = outcome
                }
            }
        }
        return fresh
    }

    /// With a rule that follows re-exports: the symbol index from every file's exports,
    /// then the files whose probe shows a reference that may reach an API through it are
    /// analysed again with every chain into the project (their references then wait for
    /// the index, `matchThroughReexports`).
    /// `reusing`: the index of the outcomes as they are. `probing`: the files whose probes are
    /// asked about (the others were, with this index or one made from the same exports).
    private func followReexportsWhereNeeded(reusing reusable: SymbolIndex?, probing: [String]) {
        guard let followingWorker, symbolIndex == nil else { return }
        let index = reusable ?? SymbolIndex(modules: plan.files.compactMap { path -> (name: String, exports: ModuleExports)? in
            guard let outcome = outcomes[path], !outcome.isUnanalysable, let exports = outcome.exports else { return nil }
            return (exports.moduleName, exports)
        }, jobs: request.jobs)
        if reusable == nil { symbolIndexesMade += 1 }
        symbolIndex = index
        var apis: [String] = []
        for api in followers.flatMap({ $0.apiLists.flatMap(\.paths) }) where !apis.contains(api) { apis.append(api) }
        let probed = probing.compactMap { path -> (path: String, probe: ReexportProbe)? in
            guard let probe = outcomes[path]?.probe, followers.contains(where: { $0.common.applies(to: path) }) else { return nil }
            return (path, probe)
        }
        probesAsked += probed.count
        let needs = ReexportCandidates.candidates(probed.map(\.probe), index: index, apis: apis, jobs: request.jobs)
        // The largest first: the pass ends when its last file does (one large file taken
        // last doubled the pass for a package-internal API on the stdlib).
        let needing = probed.indices.filter { needs[$0] }
            .map { (path: probed[$0].path, size: outcomes[probed[$0].path]?.identity?.size ?? 0) }
            .sorted { $0.size != $1.size ? $0.size > $1.size : $0.path < $1.path }
            .map(\.path)
        guard !needing.isEmpty else { return }
        let elsewhere = contentsSource?(needing.filter { overlays[$0] == nil }) ?? [:]
        let fresh = perFilePass(needing) { path in
            followingWorker.analyze(path: path, replacement: overlays[path] ?? elsewhere[path])
        }
        for (index, path) in needing.enumerated() { outcomes[path] = fresh[index] }
        statistics.reexportPasses += needing.count
    }

    // MARK: Other versions of the project (git commits, the merge-base)

    /// The per-file outcomes so far and the project roots they were made under.
    var fileOutcomes: FileOutcomes { FileOutcomes(projectRoots: projectRoots, byPath: outcomes, symbolIndex: symbolIndex) }

    /// Takes another engine's outcomes for `paths`, files whose bytes the caller knows to be
    /// the same here (equal blob ids), so they skip the per-file pass; or, followed by
    /// `update` with every file's bytes, outcomes that are reused where the bytes hash the
    /// same. Outcomes made under other project roots are not taken (returns false).
    @discardableResult
    func adopt(_ earlier: FileOutcomes, paths: some Sequence<String>) -> Bool {
        guard earlier.projectRoots == projectRoots else { return false }
        symbolIndex = nil
        // Their probes were asked about with the index of whatever version they come from.
        indexOfOutcomes = nil
        for path in paths {
            if let outcome = earlier.byPath[path] { outcomes[path] = outcome }
        }
        return true
    }

    /// Takes all of `earlier`'s outcomes at once (the commit before, whose files mostly
    /// have the same blobs); the caller updates the files that differ. Returns false, taking
    /// nothing, for outcomes made under other project roots.
    @discardableResult
    func adopt(_ earlier: FileOutcomes) -> Bool {
        guard earlier.projectRoots == projectRoots else { return false }
        symbolIndex = nil
        outcomes = earlier.byPath
        indexOfOutcomes = earlier.symbolIndex
        return true
    }

    /// The files the next `analyze()` gives the per-file pass.
    var pendingPaths: [String] { plan.files.filter { outcomes[$0] == nil || changed.contains($0) } }

    var discovered: DiscoveredFiles { plan.discovered }

    func isReported(_ path: String) -> Bool { plan.isReported(path) }

    /// Rewrites the cache when anything changed; a cache that cannot be written only
    /// costs speed next time, so the failure is not an error of the run.
    private func updateCache(_ cache: AnalysisCache) {
        var entries: [(path: String, entry: AnalysisCache.Entry)] = []
        var changed = false
        var isSnapshot = true
        for path in plan.files {
            // An in-memory file leaves the cache's entry for the file on disk as it was.
            guard let outcome = outcomes[path], let identity = outcome.identity else {
                if let kept = cache.entries[path] { entries.append((path, kept)) }
                isSnapshot = false
                continue
            }
            let previous = cache.entries[path]
            if previous?.identity != identity || previous?.contentHash != outcome.contentHash { changed = true }
            entries.append((path, AnalysisCache.Entry(identity: identity, contentHash: outcome.contentHash, outcome: outcome)))
        }
        if entries.count != cache.entries.count || isSnapshot != cache.isSnapshot { changed = true }
        if changed { try? cache.save(entries, isSnapshot: isSnapshot) }
    }
}
