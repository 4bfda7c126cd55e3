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
    private var lastDiscovery: (shape: [String], result: GitTreeDiscovery.Result)?
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
        let listing = try discover(tree)
        var commitRequest = request
        commitRequest.treeFiles = listing.discovered
        let engine = AnalysisEngine(commitRequest)
        let files = listing.discovered.files
        let needed: [String]
        if let today {
            let todays = today.fileOutcomes
            engine.adopt(todays, paths: files)
            // Files with the blob the work tree has are taken as they are; the others are
            // read and reused only where their bytes hash the same.
            let workTree = try WorkTreeBlobs.unchanged(in: repository)
            needed = files.filter { path in
                guard let object = listing.objects[path], workTree[path] == object,
                      todays.byPath[path]?.identity != nil else { return true }
                return false
            }
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
        // The other files' outcomes came from the memo, under the same keys.
        let fresh = memoRoots == outcomes.projectRoots && today == nil ? needed : files
        memoRoots = outcomes.projectRoots
        for path in fresh {
            if let outcome = outcomes.byPath[path] { memo[Self.key(path, listing.objects[path])] = outcome }
        }
        return (result, outcomes)
    }

    /// Discovery over `tree`; consecutive commits mostly have the same paths and
    /// `.gitignore` files, and then the same files are analysed (with other blob ids).
    private func discover(_ tree: GitTree) throws(GitError) -> GitTreeDiscovery.Result {
        let shape = tree.entries.map { entry in
            entry.path + (entry.kind == .file ? "" : entry.kind == .symlink ? "\u{0}l" : "\u{0}s")
                + (entry.path.hasSuffix(".gitignore") ? "\u{0}" + entry.object : "")
        }
        if let last = lastDiscovery, last.shape == shape {
            var result = last.result
            let objects = Dictionary(tree.entries.map { ($0.path, $0.object) }, uniquingKeysWith: { first, _ in first })
            result.objects = Dictionary(uniqueKeysWithValues: result.discovered.files.map { ($0, objects[$0] ?? "") })
            return result
        }
        let result = try GitTreeDiscovery.discover(tree, options: FilePlan.discoveryOptions(request.configuration),
                                                   projectRoot: request.configuration.root, repository: repository)
        lastDiscovery = (shape, result)
        return result
    }

    private static func key(_ path: String, _ object: String?) -> String { path + "\u{0}" + (object ?? "") }
}
