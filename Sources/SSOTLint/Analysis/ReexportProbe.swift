import PythonSource

/// What the per-file pass keeps of a file so that, once the symbol index exists, the
/// engine can tell whether any of the file's references may reach an API through a
/// re-export (`ReexportCandidates`) without reading the file again. Only files that may
/// are analysed again with every chain into the project (`FileAnalysis.Following.project`).
struct ReexportProbe: Sendable, Equatable {
    struct Binding: Sendable, Equatable {
        /// `ChainPrefixes.start` of the bound name.
        var nameHash: UInt64
        var targets: [String]
    }

    /// Every name the file's imports bind (at any level, `if TYPE_CHECKING:` included).
    var bindings: [Binding] = []
    /// The distinct paths the import statements themselves reference.
    var importReferences: [String] = []
    var chainPrefixes = ChainPrefixes(hashes: [])

    init() {}

    init(_ file: FileContext) {
        for (name, targets) in file.bindings.targets.sorted(by: { $0.key < $1.key }) {
            bindings.append(Binding(nameHash: ChainPrefixes.start(name.utf8), targets: targets))
        }
        var seen: Set<String> = []
        for statement in file.facts.imports {
            for reference in ImportResolver.references(of: statement, moduleName: file.moduleName, isPackage: file.isPackage)
            where seen.insert(reference.path).inserted {
                importReferences.append(reference.path)
            }
        }
        chainPrefixes = file.facts.chainPrefixes ?? ChainPrefixes(words: [], admitsEverything: true)
    }
}
