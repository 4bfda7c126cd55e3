/// A category of files for scoring (SPEC §3): the first category whose globs match a
/// file holds it.
public struct Category: Sendable {
    public var name: String
    public var patterns: [String]
    public var globs: [Glob]

    public init(name: String, patterns: [String]) throws(GlobError) {
        self.name = name
        self.patterns = patterns
        var globs: [Glob] = []
        for pattern in patterns { globs.append(try Glob(pattern)) }
        self.globs = globs
    }

    public func contains(_ path: String) -> Bool {
        globs.contains { $0.matches(path, isDirectory: false) }
    }

    /// Used when the configuration names none.
    public static let defaultPatterns: [(String, [String])] = [
        ("Tests", ["tests/**", "test/**", "**/tests/**", "test_*.py", "*_test.py", "conftest.py"]),
        ("Source", ["**"]),
    ]
    /// Where files no configured category matches go.
    public static let otherName = "Other"
}

public struct Thresholds: Sendable, Equatable {
    public var overall: Double?
    public var categories: [String: Double]

    public init(overall: Double? = nil, categories: [String: Double] = [:]) {
        self.overall = overall
        self.categories = categories
    }
}

/// Everything a run needs from `.ssotlint.yml` (or the defaults when there is none).
public struct Configuration: Sendable {
    /// The configuration file, absolute; nil when running without one.
    public var file: String?
    /// The project root, absolute: the configuration's folder, else the enclosing git
    /// work tree, else the current directory.
    public var root: String
    public var include: [String] = ["**/*.py"]
    public var exclude: [String] = []
    public var respectGitignore = true
    public var srcRoots: [String] = ["."]
    public var categories: [Category] = []
    /// True when `categories` are the defaults, so unmatched files cannot occur.
    public var usesDefaultCategories = true
    public var rules: [any Rule] = []
    public var thresholds = Thresholds()
    public var countSeverities: Set<Severity> = [.error, .warning]
    public var baseline: String?
    public var cacheDir = ".ssotlint_cache"
    public var requireReason = false

    public init(file: String?, root: String) {
        self.file = file
        self.root = root
    }

    /// The category holding the file at `path` (relative to the root).
    public func category(of path: String) -> String {
        categories.first { $0.contains(path) }?.name ?? Category.otherName
    }
}
