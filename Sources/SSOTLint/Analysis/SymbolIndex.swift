import Dispatch
import PythonSource

/// The project's modules and what each exports (SPEC §4, following re-exports), built
/// after the per-file pass from every analysed file's `ModuleExports`; resolves dotted
/// paths to their resolution sets. Read-only once built, so threads share it.
final class SymbolIndex: @unchecked Sendable {
    /// A resolution set in breadth-first order: each path with the index of the path it
    /// was reached from (nil for the starting path), so the first match has a shortest chain.
    struct Resolution {
        var paths: [String] = []
        var parents: [Int?] = []
    }

    /// Paths reached in this many steps are in the set but not followed further.
    static let depthLimit = 16

    /// The project's modules by index (of two files with one module name, the first),
    /// and by the same index their exports and the names their star imports export,
    /// each to its `X.s` targets.
    private let modules: DottedNameTable
    private let exports: [ModuleExports]
    private let starExports: [[String: [String]]?]
    private let prefixes: ModulePrefixes

    /// Per dotted prefix of a module name (`a` and `a.b` of `a.b.c`), the modules under it,
    /// and the distinct parts right after it (`b` after `a`, `c` after `a.b`).
    private struct ModulePrefixes {
        var names = DottedNameTable()
        var modulesUnder: [[String]] = []
        var partsAfter: [[String]] = []

        init() {}

        init(_ moduleNames: [String]) {
            // Sorted, the modules with one part after a prefix come one after another
            // ('.' sorts before any identifier's character): a part is new unless it is
            // the last one noted (a repeat would only cost a second look).
            for name in moduleNames.sorted() {
                let utf8 = name.utf8
                var end = utf8.endIndex
                while let dot = utf8[..<end].lastIndex(of: UInt8(ascii: ".")) {
                    let (index, isNew) = names.insert(String(name[..<dot]))
                    if isNew {
                        modulesUnder.append([])
                        partsAfter.append([])
                    }
                    modulesUnder[index].append(name)
                    let part = String(name[utf8.index(after: dot)..<end])
                    if partsAfter[index].last != part { partsAfter[index].append(part) }
                    end = dot
                }
            }
        }
    }

    /// - Parameters:
    ///   - modules: module name and exports of each analysed file, in output order: of
    ///     two files with one module name, the first is the module.
    ///   - jobs: with two or more, the star exports and the module prefixes are made side
    ///     by side (neither reads the other).
    init(modules list: [(name: String, exports: ModuleExports)], jobs: Int = 1) {
        var modules = DottedNameTable()
        var exports: [ModuleExports] = []
        exports.reserveCapacity(list.count)
        for (name, moduleExports) in list where modules.insert(name).isNew { exports.append(moduleExports) }
        var starExports: [[String: [String]]?] = []
        var prefixes = ModulePrefixes()
        DispatchQueue.concurrentPerform(iterations: jobs > 1 ? 2 : 1) { part in
            if part == 0 { starExports = Self.starExports(modules, exports) }
            if part == 1 || jobs <= 1 { prefixes = ModulePrefixes(modules.names) }
        }
        self.modules = modules
        self.exports = exports
        self.starExports = starExports
        self.prefixes = prefixes
    }

    func isModule(_ path: HashedPath) -> Bool { modules.index(of: path) != nil }

    /// Every name module `module` exports, its star imports' included (a name exported
    /// both ways comes twice).
    func forEachExportedName(of module: HashedPath, _ body: (String) -> Void) {
        guard let module = modules.index(of: module) else { return }
        for name in exports[module].exported.keys { body(name) }
        for name in starExports[module]?.keys ?? [:].keys { body(name) }
    }

    /// Every target module `module` exports some name to.
    func allTargets(of module: HashedPath) -> [String] {
        guard let module = modules.index(of: module) else { return [] }
        var targets = exports[module].exported.values.flatMap { $0 }
        if let star = starExports[module] { targets += star.values.flatMap { $0 } }
        return targets
    }

    /// The project modules whose names start with `prefix` and a dot.
    func modules(under prefix: HashedPath) -> [String] { prefixes.names.index(of: prefix).map { prefixes.modulesUnder[$0] } ?? [] }

    /// The parts that follow `prefix` in the names of the modules under it.
    func parts(after prefix: HashedPath) -> [String] { prefixes.names.index(of: prefix).map { prefixes.partsAfter[$0] } ?? [] }

    /// The names `from M import *` takes from M: its literal `__all__`, else every name
    /// it defines or exports (star imports included) that does not start with `_`.
    private static func publicNames(_ exports: ModuleExports, _ star: [String: [String]]?) -> [String] {
        if let literal = exports.literalAll { return literal }
        var names = Set(exports.defined).union(exports.exported.keys)
        if let star { names.formUnion(star.keys) }
        return names.filter { !$0.hasPrefix("_") }.sorted()
    }

    /// Star imports as the least fixed point: modules that star-import each other
    /// export each other's names.
    private static func starExports(_ modules: DottedNameTable, _ exports: [ModuleExports]) -> [[String: [String]]?] {
        var starExports = [[String: [String]]?](repeating: nil, count: exports.count)
        let importers = exports.indices.filter { !exports[$0].starImports.isEmpty }.sorted { modules.names[$0] < modules.names[$1] }
        // Per importer, the project module of each of its star imports (nil for others).
        let sources = importers.map { exports[$0].starImports.map(modules.index(of:)) }
        // The public names of a module without star imports never change.
        var fixedNames = [[String]?](repeating: nil, count: exports.count)
        // Per importer, and per source in its star imports, how many names it took last
        // time. A source's public names only grow, so as many as before means no new one.
        var taken = sources.map { [Int](repeating: -1, count: $0.count) }
        var changed = true
        while changed {
            changed = false
            for (number, module) in importers.enumerated() {
                var exported = starExports[module] ?? [:]
                starExports[module] = nil
                for (slot, source) in sources[number].enumerated() {
                    guard let source else { continue }
                    let names: [String]
                    if exports[source].starImports.isEmpty {
                        if fixedNames[source] == nil { fixedNames[source] = publicNames(exports[source], nil) }
                        names = fixedNames[source]!
                    } else {
                        names = publicNames(exports[source], source == module ? exported : starExports[source])
                    }
                    if taken[number][slot] == names.count { continue }
                    taken[number][slot] = names.count
                    exported.reserveCapacity(exported.count + names.count)
                    for name in names {
                        // The target names its source: taken once per name and source.
                        let target = modules.names[source] + "." + name
                        add(target, to: &exported[name, default: []], &changed)
                    }
                }
                if !exported.isEmpty { starExports[module] = exported }
            }
        }
        return starExports
    }

    private static func add(_ target: String, to targets: inout [String], _ changed: inout Bool) {
        guard !targets.contains(target) else { return }
        targets.append(target)
        changed = true
    }

    /// The targets module `module` exports `name` to, or nil when it does not export it.
    private func exports(_ module: Int, _ name: String) -> [String]? {
        let direct = exports[module].exported[name]
        guard let star = starExports[module]?[name] else { return direct }
        return (direct ?? []) + star.filter { !(direct ?? []).contains($0) }
    }

    /// The paths `path` leads to in one step: through the longest prefix that is a
    /// project module and is followed by at least one more part.
    func nextPaths(_ path: String) -> [String] {
        var path = path
        return path.withUTF8 { bytes in
            // The hash of each prefix that ends before a dot, first to last.
            var dots = 0
            for byte in bytes where byte == UInt8(ascii: ".") { dots += 1 }
            guard dots > 0 else { return [] }
            return withUnsafeTemporaryAllocation(of: (end: Int, hash: UInt64).self, capacity: dots) { prefixes in
                var hash = FNV1a.offsetBasis
                var count = 0
                for (offset, byte) in bytes.enumerated() {
                    if byte == UInt8(ascii: ".") {
                        prefixes[count] = (offset, hash)
                        count += 1
                    }
                    hash = FNV1a.step(hash, byte)
                }
                // From the last dot back to the first: the prefix before it is a candidate module.
                var nameEnd = bytes.count
                for (moduleEnd, moduleHash) in prefixes.reversed() {
                    defer { nameEnd = moduleEnd }
                    guard let module = modules.index(of: UnsafeBufferPointer(rebasing: bytes[..<moduleEnd]), hash: moduleHash) else { continue }
                    let name = String(decoding: bytes[(moduleEnd + 1)..<nameEnd], as: UTF8.self)
                    // Star exports are looked up only in the modules that have some.
                    guard let targets = starExports[module] == nil ? exports[module].exported[name] : self.exports(module, name) else { return [] }
                    if nameEnd == bytes.count { return targets }
                    let rest = String(decoding: bytes[nameEnd...], as: UTF8.self)
                    return targets.map { $0 + rest }
                }
                return []
            }
        }
    }

    /// `path` and every path reached from it.
    func resolution(of path: String) -> Resolution {
        var resolution = Resolution(paths: [path], parents: [nil])
        var depths = [0]
        var seen: Set<String> = [path]
        var position = 0
        while position < resolution.paths.count {
            if depths[position] < Self.depthLimit {
                for next in nextPaths(resolution.paths[position]) where seen.insert(next).inserted {
                    resolution.paths.append(next)
                    resolution.parents.append(position)
                    depths.append(depths[position] + 1)
                }
            }
            position += 1
        }
        return resolution
    }

    /// The first list (in order) with an API that some path of a target's resolution set
    /// references, that API (the first in its list), and a shortest chain from a target
    /// to the matched path (empty when a target itself matches).
    /// `resolutions` are the targets' `resolution(of:)`, made once for every rule.
    func match(_ resolutions: [Resolution], against lists: [APIList]) -> (list: Int, api: String, via: [String])? {
        for (listIndex, list) in lists.enumerated() {
            for api in list.paths {
                var best: [String]?
                for resolution in resolutions {
                    guard let found = resolution.paths.firstIndex(where: { APIList.references($0, api) }) else { continue }
                    let chain = resolution.chain(to: found)
                    if best == nil || chain.count < best!.count { best = chain }
                }
                if let best { return (listIndex, api, best.count == 1 ? [] : best) }
            }
        }
        return nil
    }
}

extension SymbolIndex.Resolution {
    /// The paths from the start to the path at `index`.
    func chain(to index: Int) -> [String] {
        var chain = [paths[index]]
        var current = parents[index]
        while let parent = current {
            chain.append(paths[parent])
            current = parents[parent]
        }
        return chain.reversed()
    }
}
