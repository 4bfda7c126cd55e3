/// Analyses the project as it was at a commit, from git objects in memory: the tree is
/// listed (`ls-tree`, or derived from a newer commit's tree and what changed), discovery
/// runs over it, and the files' bytes come from `cat-file --batch`; nothing is checked
/// out. Always with the configuration and rules of today's run, so that old code is
/// judged by today's rules.
///
/// Per-file outcomes are kept by path and blob id (a hash of the contents): analysing
/// many commits analyses each distinct file version once.
public final class CommitAnalyzer {
    public let repository: GitRepository
    private let request: AnalysisRequest
    private var memo: [String: FileOutcome] = [:]
    private var memoRoots: Set<String>?
    /// The commit analysed last: its files' blob ids and outcomes, the starting point of the next.
    private var previous: (commit: String, objects: [String: String], outcomes: FileOutcomes)?
    private var lastDiscovery: (tree: String, result: GitTreeDiscovery.Result)?
    private var blobs: [String: [UInt8]] = [:]
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

    /// Reads these blobs now, in one run of git, for the commits analysed next.
    func prefetch(_ objects: [String]) throws(GitError) {
        let missing = objects.filter { blobs[$0] == nil }
        blobs.merge(try GitBlobReader.read(missing, in: repository)) { first, _ in first }
    }

    /// The analysis of `tree`; files whose bytes equal those `today` analysed reuse its
    /// outcomes (by blob id where git knows the work-tree file is unchanged, else by
    /// content hash), and files unchanged since the commit analysed before reuse those.
    func analyze(_ tree: GitTree, reusing today: AnalysisEngine?) throws(GitError)
        -> (result: AnalysisResult, outcomes: FileOutcomes) {
        let engine = try prepare(tree, reusing: today)
        return (engine.analyze(), engine.fileOutcomes)
    }

    /// An engine for `tree` whose per-file pass is done: `analyze()` on it only assembles.
    func prepare(_ tree: GitTree, reusing today: AnalysisEngine?) throws(GitError) -> AnalysisEngine {
        let listing = try discover(tree)
        var commitRequest = request
        commitRequest.treeFiles = listing.discovered
        let engine = AnalysisEngine(commitRequest)
        let files = listing.discovered.files
        var needed: [String]
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
            needed = files
            if let previous, engine.adopt(previous.outcomes) {
                // Only files whose blob differs from the commit before need a look.
                if let modified = tree.modifiedOnly, tree.derivedFrom == previous.commit {
                    needed = modified.filter { listing.objects[$0] != nil }
                        .filter { previous.outcomes.byPath[$0] == nil || previous.objects[$0] != listing.objects[$0] }
                } else {
                    needed = files.filter { previous.objects[$0] != listing.objects[$0] || previous.outcomes.byPath[$0] == nil }
                }
            }
            if memoRoots == engine.fileOutcomes.projectRoots {
                let hits = needed.compactMap { path in memo[Self.key(path, listing.objects[path])].map { (path, $0) } }
                engine.adopt(FileOutcomes(projectRoots: memoRoots ?? [], byPath: Dictionary(uniqueKeysWithValues: hits)),
                             paths: hits.map(\.0))
                let found = Set(hits.map(\.0))
                needed.removeAll { found.contains($0) }
            } else {
                memo = [:]
            }
        }
        try prefetch(needed.compactMap { listing.objects[$0] })
        var changes: [String: AnalysisEngine.Change] = [:]
        for path in needed {
            // A blob that cannot be read is analysed as empty rather than read from the disk.
            changes[path] = .overlay(listing.objects[path].flatMap { blobs[$0] } ?? [])
        }
        engine.update(changes)
        // Files a re-export may lead to an API are analysed again, from their blobs.
        engine.contentsSource = { [repository] paths in
            let objects = Dictionary(paths.compactMap { path in listing.objects[path].map { (path, $0) } }) { first, _ in first }
            let read = (try? GitBlobReader.read(Array(Set(objects.values)), in: repository)) ?? [:]
            return Dictionary(uniqueKeysWithValues: paths.map { ($0, objects[$0].flatMap { read[$0] } ?? []) })
        }
        engine.analyzePendingFiles()
        engine.contentsSource = nil
        perFilePasses += engine.statistics.perFilePasses + engine.statistics.reexportPasses
        let outcomes = engine.fileOutcomes
        if memoRoots != outcomes.projectRoots { memo = [:] }
        memoRoots = outcomes.projectRoots
        // The other files' outcomes are in the memo already, under the same keys.
        for path in today == nil ? needed : files {
            if let outcome = outcomes.byPath[path] { memo[Self.key(path, listing.objects[path])] = outcome }
        }
        for path in needed { if let object = listing.objects[path] { blobs[object] = nil } }
        previous = (tree.commit, listing.objects, outcomes)
        return engine
    }

    /// Discovery over `tree`; a tree whose commit only changed blobs of existing files has
    /// the discovery of the tree it was derived from, with those files' blob ids changed.
    private func discover(_ tree: GitTree) throws(GitError) -> GitTreeDiscovery.Result {
        if let modified = tree.modifiedOnly, var last = lastDiscovery, last.tree == tree.derivedFrom {
            for path in modified where last.result.objects[path] != nil {
                last.result.objects[path] = tree.object(at: path)
            }
            last.tree = tree.commit
            lastDiscovery = last
            return last.result
        }
        let result = try GitTreeDiscovery.discover(tree, options: FilePlan.discoveryOptions(request.configuration),
                                                   projectRoot: request.configuration.root, repository: repository)
        lastDiscovery = (tree.commit, result)
        return result
    }

    private static func key(_ path: String, _ object: String?) -> String { path + "\u{0}" + (object ?? "") }
}
