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
    /// The paths import statements reference that are no binding's target: the whole
    /// module path of `import a.b.c`, and the module of `from M import *`.
    var importReferences: [String] = []
    var chainPrefixes = ChainPrefixes(hashes: [])

    init() {}

    init(_ file: FileContext) {
        bindings.reserveCapacity(file.bindings.targets.count)
        for (name, targets) in file.bindings.targets {
            // `ChainPrefixes.start` of the name, which is its FNV-1a hash.
            bindings.append(Binding(nameHash: FNV1a.hash(utf8: name), targets: targets))
        }
        // In name order, so that the same file gives the same probe (the cache compares them).
        if bindings.count > 1 { bindings.sort { $0.nameHash < $1.nameHash } }
        for statement in file.facts.imports {
            switch statement.form {
            case .importModules:
                for imported in statement.names where imported.alias == nil && Self.isDotted(imported.name) {
                    importReferences.append(imported.name)
                }
            case .importFrom:
                if statement.isStar, let module = file.absoluteModule(of: statement) { importReferences.append(module) }
            }
        }
        chainPrefixes = file.facts.chainPrefixes ?? ChainPrefixes(words: [], admitsEverything: true)
    }

    /// Whether `name` has a dot, looked for on its contiguous bytes (the UTF-8 view's
    /// `contains` cost ~230 instructions a name).
    private static func isDotted(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { $0.contains(UInt8(ascii: ".")) }
    }
}
