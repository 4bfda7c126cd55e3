import PythonSource

/// What `check --fix` does with one import that a `deprecated-import` rule reports.
struct PlannedImportFix: Equatable {
    enum Outcome: Equatable {
        case rewrite([TextEdit])
        /// Left as it is, for this reason (a sentence without a full stop).
        case refuse(String)
    }

    /// Offsets of the findings the rule reports for this import.
    var anchors: [UInt32]
    var outcome: Outcome
}

/// Plans the rewrites of one `deprecated-import` rule in one file (SPEC §4). The
/// findings are matched exactly as the rule matches them (the first matching entry
/// decides); an import is rewritten only when every name it binds stays bound to the
/// same thing, and its tokens are replaced in place so that aliases, parentheses,
/// comments and line ends stay as they were.
struct ImportFixPlanner {
    typealias Entry = DeprecatedImportRule.Entry

    let file: FileContext
    let rule: DeprecatedImportRule
    let tokens: StatementTokens

    func plan() -> [PlannedImportFix] {
        var plans: [PlannedImportFix] = []
        for statement in file.facts.imports where !(rule.common.skipTypeChecking && statement.inTypeChecking) {
            switch statement.form {
            case .importModules:
                for alias in statement.names {
                    guard let entry = rule.entries.first(where: { $0.names == nil && $0.covers(alias.name) }) else { continue }
                    plans.append(PlannedImportFix(anchors: [alias.offset], outcome: rewrite(alias, entry)))
                }
            case .importFrom:
                guard let module = file.absoluteModule(of: statement),
                      let plan = planFrom(statement, module: module) else { continue }
                plans.append(plan)
            }
        }
        return plans
    }

    /// `import M.sub [as x]` → `import R.sub [as x]`. Without `as`, the statement binds
    /// its top name (`legacy`), so the rewrite is made only when nothing else in the file
    /// writes that name and the new top name (`shared`) is free.
    func rewrite(_ alias: ImportedName, _ entry: Entry) -> PlannedImportFix.Outcome {
        guard let replacement = Self.modulePath(entry) else { return .refuse(Self.notAModulePath(entry)) }
        guard let first = tokens.index(at: alias.offset) else { return .refuse("the import could not be located") }
        let newName = replacement + alias.name.dropFirst(entry.module.count)
        let edit = TextEdit(range: tokens.dottedName(from: first), replacement: newName)
        guard alias.alias == nil else { return .rewrite([edit]) }
        let oldTop = Self.topName(alias.name)
        let newTop = Self.topName(newName)
        if tokens.isWrittenOutsideImports(oldTop) {
            return .refuse("the file uses '\(oldTop)', which `import \(alias.name)` binds; "
                + "write `import \(alias.name) as NAME` or update the uses first")
        }
        // A string annotation naming the module would go stale; docstrings and comments may.
        if tokens.occursInAnnotationStrings(alias.name) {
            return .refuse("'\(alias.name)' is written in a string (an annotation?); update it by hand")
        }
        if newTop != oldTop, let conflict = conflict(binding: newTop) { return .refuse(conflict) }
        return .rewrite([edit])
    }

    /// Why binding `name` with `import name.x` would clash with the file, or nil.
    func conflict(binding name: String) -> String? {
        var boundAsPackage = false
        for statement in file.facts.imports {
            for imported in statement.names {
                let bound = imported.alias ?? (statement.form == .importModules ? Self.topName(imported.name) : imported.name)
                guard bound == name else { continue }
                if statement.form == .importModules && imported.alias == nil {
                    boundAsPackage = true
                } else {
                    return "'\(name)' is already bound by another import in the file"
                }
            }
        }
        if !boundAsPackage && tokens.isWrittenOutsideImports(name) {
            return "the file already uses the name '\(name)', which the new import would bind"
        }
        return nil
    }

    /// A from-statement: the module path is replaced when a whole-module entry covers it;
    /// otherwise each imported name needs its own entry, and all of them must move to one
    /// module, or the statement would have to be split.
    func planFrom(_ statement: ImportFact, module: String) -> PlannedImportFix? {
        func nameMatch(_ entry: Entry, _ name: String) -> Bool {
            if let names = entry.names { return entry.module == module && names.contains(name) }
            return entry.module == (module.isEmpty ? name : module + "." + name)
        }
        guard let entry = rule.entries.first(where: { entry in
            (entry.names == nil && entry.covers(module)) || statement.names.contains { nameMatch(entry, $0.name) }
        }) else { return nil }
        if entry.names == nil && entry.covers(module) {
            let outcome: PlannedImportFix.Outcome
            if let replacement = Self.modulePath(entry) {
                outcome = moduleEdit(statement, to: replacement + module.dropFirst(entry.module.count)).map { .rewrite([$0]) }
                    ?? .refuse("the module path could not be located")
            } else {
                outcome = .refuse(Self.notAModulePath(entry))
            }
            return PlannedImportFix(anchors: [statement.moduleOffset], outcome: outcome)
        }

        var anchors: [UInt32] = []
        var unmatched: [String] = []
        var targets: [(imported: ImportedName, package: String?, name: String)] = []
        var problem: String?
        for imported in statement.names {
            guard let entry = rule.entries.first(where: { nameMatch($0, imported.name) }) else {
                unmatched.append(imported.name)
                continue
            }
            anchors.append(imported.offset)
            guard let replacement = Self.modulePath(entry) else {
                problem = problem ?? Self.notAModulePath(entry)
                continue
            }
            if entry.names != nil {
                targets.append((imported, replacement, imported.name))
            } else if let dot = replacement.lastIndex(of: ".") {
                targets.append((imported, String(replacement[..<dot]), String(replacement[replacement.index(after: dot)...])))
            } else {
                targets.append((imported, nil, replacement))
            }
        }
        return PlannedImportFix(anchors: anchors, outcome: {
            if let problem { return .refuse(problem) }
            if !unmatched.isEmpty {
                return .refuse("the statement also imports \(unmatched.joined(separator: ", ")), which "
                    + "\(unmatched.count == 1 ? "is" : "are") not deprecated; split it by hand")
            }
            return rewriteNames(statement, targets)
        }())
    }

    /// `from P import n [as b], ...` whose names all move to one module `Q`: the module
    /// path becomes `Q` and a renamed module keeps its binding with `as`.
    func rewriteNames(_ statement: ImportFact,
                      _ targets: [(imported: ImportedName, package: String?, name: String)]) -> PlannedImportFix.Outcome {
        let packages = Set(targets.map { $0.package ?? $0.name })
        guard packages.count == 1, let target = targets.first else {
            return .refuse("its names move to different modules (\(packages.sorted().joined(separator: ", "))); split it by hand")
        }
        guard let package = target.package else {
            // The replacement is a top-level module: the statement becomes `import R as b`.
            let binding = target.imported.alias ?? target.imported.name
            guard targets.count == 1, let keyword = tokens.index(at: statement.offset),
                  let code = tokens.singleLineCode(tokens.statement(from: keyword), in: file.source) else {
                return .refuse("'\(target.name)' is a top-level module, and only a one-line statement "
                    + "without comments can become `import \(target.name) as \(binding)`")
            }
            let text = target.name == binding ? "import \(target.name)" : "import \(target.name) as \(binding)"
            return .rewrite([TextEdit(range: code, replacement: text)])
        }
        guard let moduleEdit = moduleEdit(statement, to: package) else {
            return .refuse("the module path could not be located")
        }
        var edits = [moduleEdit]
        for target in targets where target.name != target.imported.name {
            guard let index = tokens.index(at: target.imported.offset) else { return .refuse("a name could not be located") }
            let text = target.imported.alias == nil ? "\(target.name) as \(target.imported.name)" : target.name
            edits.append(TextEdit(range: tokens.tokens[index].range, replacement: text))
        }
        return .rewrite(edits)
    }

    /// The edit that replaces a from-statement's module path (dots included) with `module`.
    func moduleEdit(_ statement: ImportFact, to module: String) -> TextEdit? {
        guard let first = tokens.index(at: statement.moduleOffset), let range = tokens.modulePath(from: first) else { return nil }
        return TextEdit(range: range, replacement: module)
    }

    static func modulePath(_ entry: Entry) -> String? {
        APIList.isDottedPath(entry.replacement) ? entry.replacement : nil
    }

    static func notAModulePath(_ entry: Entry) -> String {
        "the replacement '\(entry.replacement)' of \(entry.module) is not a module path"
    }

    static func topName(_ dotted: String) -> String {
        String(dotted.prefix { $0 != "." })
    }
}
