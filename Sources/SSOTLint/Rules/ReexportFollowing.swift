/// A rule kind whose references follow re-exports and aliases of project modules
/// (SPEC §4, `follow-reexports`). The per-file pass matches each reference by its own
/// path; in the files whose probe shows that a re-export may lead one to an API
/// (`ReexportCandidates`), the references into project modules wait for the symbol index
/// instead, and the cross-file stage matches them here.
protocol ReexportFollowing: Rule {
    var followsReexports: Bool { get }
    /// The API lists, in the order a reference's match is decided (a banned-api rule has
    /// one; a competing-patterns rule one per pattern).
    var apiLists: [APIList] { get }
    /// What a reference in the file at `path` matched: a finding, or an occurrence for the
    /// cross-file rule's own pass.
    func matched(_ reference: ProjectReference, path: String, list: Int, api: String, via: [String]) -> ReexportMatch
}

enum ReexportMatch {
    case finding(Finding)
    case occurrence(Occurrence)
}

extension ReexportFollowing {
    /// The `follow-reexports` key. SPEC §4 makes `true` the default; until following
    /// costs little beside a run without it (today ~1.3× when every import is a project
    /// module: the symbol index and the files' probes), it is opt-in, so that rule packs
    /// written before it keep their speed.
    static func followsReexports(_ fields: ConfigMapping) throws(ConfigurationError) -> Bool {
        try fields["follow-reexports"]?.bool("follow-reexports") ?? false
    }
}

extension Array where Element == String {
    /// A `via` chain as messages and text output show it: `a → b → c`.
    var viaText: String { joined(separator: " → ") }
}
