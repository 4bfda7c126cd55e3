/// Analyses the project as it was at a commit, from git objects in memory: the tree is
/// listed (`ls-tree`), discovery runs over it, and the files' bytes come from
/// `cat-file --batch`; nothing is checked out. Always with the configuration and rules
/// of today's run, so that old code is judged by today's rules.
///
/// Per-file outcomes are kept by path and blob id (a hash of the contents): analysing
/// many commits analyses each distinct file version once.
public final class CommitAnalyzer {
    public let repository: GitRepository
    private let request: AnalysisRequest
    private var memo: [String: FileOutcome] = [:]
    private var memoRoots: Set<String>?
    /// Files that went through the per-file pass, over every commit analysed.
    public private(set) var perFilePasses = 0

    /// `request` gives the configuration, rules and jobs; PATHs, standard input, the
    /// cache and the baseline do not apply to a commit.
    public init(repository: GitRepository, request: AnalysisRequest) {
        self.repository = repository
        var request = request
        request.paths = []
        request.stdin = nil
        request.useCache = false
        request.baseline = nil
        request.planFixes = false
        self.request = request
    }

    /// The analysis of `commit`'s tree.
    public func analyze(_ commit: String) throws(GitError) -> AnalysisResult {
        try analyzeWithOutcomes(commit, reusing: nil).result
    }

    /// The analysis of `commit`'s tree; files whose bytes equal those `today` analysed
    /// reuse its outcomes (checked by content hash: today's files are not blobs yet).
    func analyzeWithOutcomes(_ commit: String, reusing today: AnalysisEngine?) throws(GitError)
        -> (result: AnalysisResult, outcomes: FileOutcomes) {
        let tree = try GitTree(commit: commit, in: repository)
        let configuration = request.configuration
        let listing = try GitTreeDiscovery.discover(tree, options: FilePlan.discoveryOptions(configuration),
                                                    projectRoot: configuration.root, repository: repository)
        var commitRequest = request
        commitRequest.treeFiles = listing.discovered
        let engine = AnalysisEngine(commitRequest)
        let files = listing.discovered.files
        let needed: [String]
        if let today {
            engine.adopt(today.fileOutcomes, paths: files)
            needed = files
        } else {
            let hits = files.compactMap { path in memo[Self.key(path, listing.objects[path])].map { (path, $0) } }
            let earlier = FileOutcomes(projectRoots: memoRoots ?? [], byPath: Dictionary(uniqueKeysWithValues: hits))
            if memoRoots == nil || !engine.adopt(earlier, paths: files) { memo = [:] }
            needed = engine.pendingPaths
        }
        let blobs = try GitBlobReader.read(needed.compactMap { listing.objects[$0] }, in: repository)
        var changes: [String: AnalysisEngine.Change] = [:]
        for path in needed {
            // A blob that cannot be read is analysed as empty rather than read from the disk.
            changes[path] = .overlay(listing.objects[path].flatMap { blobs[$0] } ?? [])
        }
        engine.update(changes)
        let result = engine.analyze()
        perFilePasses += engine.statistics.perFilePasses
        let outcomes = engine.fileOutcomes
        memoRoots = outcomes.projectRoots
        for path in files {
            if let outcome = outcomes.byPath[path] { memo[Self.key(path, listing.objects[path])] = outcome }
        }
        return (result, outcomes)
    }

    private static func key(_ path: String, _ object: String?) -> String { path + "\u{0}" + (object ?? "") }
}
