import PythonSource

/// What one module exports through its module-level statements (SPEC §4, following
/// re-exports): made in the per-file pass from the file's facts, kept (and cached) so
/// that the project's symbol index is built without reading any file again.
struct ModuleExports: Sendable, Equatable {
    /// The module's name (SPEC §3), so that the index is built without naming files again.
    var moduleName = ""
    /// Names defined by a module-level `def`, `async def` or `class`, in source order (a
    /// name defined twice comes twice: the index reads them as a set).
    var defined: [String] = []
    /// Name → the dotted paths it is bound to by module-level imports and aliases.
    var exported: [String: [String]] = [:]
    /// The absolute modules of module-level `from X import *`, in source order.
    var starImports: [String] = []
    /// The strings of the module's one literal `__all__`, when it has exactly one
    /// module-level plain assignment to it and that is a list or tuple of strings.
    var literalAll: [String]?

    init() {}

    init(_ file: FileContext) {
        let facts = file.facts
        moduleName = file.moduleName
        for definition in facts.definitions where definition.isModuleLevel { defined.append(definition.name) }
        let moduleImports = facts.imports.filter(\.isModuleLevel)
        // Most files import only at module level: their bindings are the file's own.
        exported = moduleImports.count == facts.imports.count ? file.bindings.targets
            : ImportResolver.Bindings(imports: moduleImports, moduleName: file.moduleName, isPackage: file.isPackage).targets
        for statement in moduleImports where statement.isStar {
            if let module = file.absoluteModule(of: statement) { starImports.append(module) }
        }
        // An alias binds through any import of the file, and through the module's own
        // module-level names.
        let local = facts.aliases.isEmpty ? [] : Set(defined).union(facts.aliases.map(\.name))
        for alias in facts.aliases {
            let rest = alias.value.dropFirst().map { "." + $0 }.joined()
            var targets = (file.bindings.targets[alias.value[0]] ?? []).map { $0 + rest }
            if local.contains(alias.value[0]) { targets.append(file.moduleName + "." + alias.value.joined(separator: ".")) }
            for target in targets where !(exported[alias.name]?.contains(target) ?? false) {
                exported[alias.name, default: []].append(target)
            }
        }
        if facts.allAssignments.count == 1 { literalAll = facts.allAssignments[0].names }
    }
}
