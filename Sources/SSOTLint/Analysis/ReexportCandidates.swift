import Dispatch
import PythonSource

/// Tells, from a file's `ReexportProbe` and the symbol index, whether the file may hold a
/// reference whose resolution set reaches one of `apis` in one step or more: a match the
/// per-file pass (which matches each reference's own path) cannot make. Only such files
/// are analysed again with every chain into the project; for all others the per-file
/// findings are already those of following re-exports. "May" errs one way only: a file
/// in doubt is a candidate.
///
/// `via(Q)`: some `Q.R` (R possibly empty) has a path under an API at index one or more
/// of its resolution set. It over-approximates SPEC §4's resolution (no depth bound, every
/// export of every module), so `false` is certain. A path `Q.R` is resolved through a
/// module under `Q`, through `Q`'s own exports when `Q` is a module, or through `Q`'s
/// next paths (the longest module prefix before `Q`'s last part):
///
///     via(Q)     = ∃ module M under Q: via(M)
///                ∨ ∃ Y ∈ nextPaths(Q): reaches(Y)
///                ∨ Q is a module ∧ ∃ n, T ∈ exports(Q, n): reaches(T)
///     reaches(Q) = Q is under an API, or a proper prefix of one ∨ via(Q)
///
/// A file is walked from each name its imports bind, one chain part at a time, only along
/// parts that keep `via` true and that some chain of the file has (`ChainPrefixes`).
/// The memo tables grow as files are asked about (`candidates` gives each worker its
/// own). A struct, every method `mutating`: as a class, each memo access cost a runtime
/// exclusivity check (`swift_beginAccess`, 11M instructions on the stdlib), and a
/// non-mutating method called from a mutating one would copy the whole state first.
struct ReexportCandidates {
    private let index: SymbolIndex
    private let apis: [String]
    /// `via` of the paths the searches met, by their index in `viaPaths`.
    private var viaPaths = DottedNameTable()
    private var viaKnown: [Bool] = []
    /// The parts that may follow a path, their bytes one after the other (hashed onto a
    /// chain prefix per file): a module's plan has hundreds, and a string and an array
    /// each cost two allocations a part.
    private struct Parts {
        var bytes: [UInt8] = []
        var ends: [Int] = []

        var count: Int { ends.count }

        mutating func append(_ name: String) {
            bytes.append(contentsOf: name.utf8)
            ends.append(bytes.count)
        }

        func range(_ number: Int) -> Range<Int> { (number == 0 ? 0 : ends[number - 1])..<ends[number] }
    }

    /// What a walk reaching a path does there, worked out once per path.
    private enum Plan {
        /// `via` is false: no API lies on from here.
        case dead
        /// The resolution set has a path under an API after the path itself.
        case match
        /// A next path lies under an API: whatever part follows may match.
        case anyPart
        /// Only these parts may keep `via` true.
        case parts(Parts)
    }

    /// A path the walks met, with its plan and, per part of a `.parts` plan, where the
    /// node of the path one part longer is in `nodes` (`children[firstChild + i]`, -1
    /// until a walk first takes that part): a walk goes from node to node by index, and
    /// makes the text of a longer path once, not once per file.
    private struct Node {
        var plan: Plan
        var firstChild: Int
        /// The chain-prefix hashes of the path followed by each part, for the hash of the
        /// path `hashedFrom` (a bound name's, extended): most files bind a module under
        /// one name, and the loop over `os`'s hundreds of parts then hashes none of them.
        var hashedFrom: UInt64 = 0
        var partHashes: [UInt64] = []
    }

    /// By the index of their paths in `nodePaths`.
    private var nodes: [Node] = []
    private var nodePaths = DottedNameTable()
    private var children: [Int32] = []

    private let apiBytes: [[UInt8]]

    init(index: SymbolIndex, apis: [String]) {
        self.index = index
        self.apis = apis
        apiBytes = apis.map { Array($0.utf8) }
    }

    /// Per probe, whether some reference of its file may match an API only through the
    /// index, worked out in parallel. Each worker takes the paths whose hash falls to it,
    /// in every file: files name the same few targets, and what a worker learns of a
    /// path (the memo tables) then serves every file naming it.
    static func candidates(_ probes: [ReexportProbe], index: SymbolIndex, apis: [String], jobs: Int) -> [Bool] {
        let jobs = max(1, min(jobs, probes.count / 64))
        var found = [Bool](repeating: false, count: probes.count * jobs)
        found.withUnsafeMutableBufferPointer { found in
            DispatchQueue.concurrentPerform(iterations: jobs) { job in
                var candidates = ReexportCandidates(index: index, apis: apis)
                let isMine = { (path: HashedPath) in jobs == 1 || Int(path.hash % UInt64(jobs)) == job }
                for (position, probe) in probes.enumerated() {
                    found[job * probes.count + position] = candidates.mayMatchThroughReexports(probe, isMine)
                }
            }
        }
        return probes.indices.map { position in (0..<jobs).contains { found[$0 * probes.count + position] } }
    }

    /// Whether some reference of the probed file to a path `isMine` takes may match an API
    /// only through the index.
    private mutating func mayMatchThroughReexports(_ probe: ReexportProbe, _ isMine: (HashedPath) -> Bool) -> Bool {
        for path in probe.importReferences.lazy.map(HashedPath.init) where isMine(path) {
            if case .match = nodes[Int(node(path))].plan { return true }
        }
        for binding in probe.bindings {
            for target in binding.targets.lazy.map(HashedPath.init)
            where isMine(target) && visit(node(target), hash: binding.nameHash, depth: 0, probe.chainPrefixes) {
                return true
            }
        }
        return false
    }

    /// The node at `id` is a chain's path (or the start of one) in the file: a binding's
    /// target, or a binding's target extended by parts that some chain of the file has.
    private mutating func visit(_ id: Int32, hash: UInt64, depth: Int, _ prefixes: ChainPrefixes) -> Bool {
        let names: Parts
        switch nodes[Int(id)].plan {
        case .dead: return false
        case .match, .anyPart: return true
        case .parts(let parts): names = parts
        }
        if depth >= 2 * SymbolIndex.depthLimit { return true }
        if nodes[Int(id)].partHashes.isEmpty || nodes[Int(id)].hashedFrom != hash {
            nodes[Int(id)].hashedFrom = hash
            nodes[Int(id)].partHashes = names.bytes.withUnsafeBufferPointer { bytes in
                (0..<names.count).map { ChainPrefixes.extend(hash, UnsafeBufferPointer(rebasing: bytes[names.range($0)])) }
            }
        }
        let hashes = nodes[Int(id)].partHashes
        for (number, extended) in hashes.enumerated() {
            // The file's chains first: most of the parts that might matter, it never uses.
            if prefixes.mayContain(extended), visit(child(of: id, number, names.bytes[names.range(number)]), hash: extended, depth: depth + 1, prefixes) {
                return true
            }
        }
        return false
    }

    /// The node of `path`, made (with its plan) when no walk met the path before.
    private mutating func node(_ path: HashedPath) -> Int32 {
        if let known = nodePaths.index(of: path) { return Int32(known) }
        let plan: Plan = !via(path) ? .dead : matchesThroughIndex(path.text) ? .match : nextNames(path).map(Plan.parts) ?? .anyPart
        nodes.append(Node(plan: plan, firstChild: children.count))
        if case .parts(let parts) = plan { children += repeatElement(-1, count: parts.count) }
        return Int32(nodePaths.insert(path).index)
    }

    /// The node of the path of node `id` followed by its plan's part number `number`.
    private mutating func child(of id: Int32, _ number: Int, _ part: ArraySlice<UInt8>) -> Int32 {
        let slot = nodes[Int(id)].firstChild + number
        if children[slot] >= 0 { return children[slot] }
        let child = node(nodePaths.path(at: Int(id)).extended(by: part))
        children[slot] = child
        return child
    }

    /// Whether the resolution set of `path` has a path under an API after `path` itself.
    private mutating func matchesThroughIndex(_ path: String) -> Bool {
        index.resolution(of: path).paths.dropFirst().contains { reached in
            apis.contains { APIList.references(reached, $0) }
        }
    }

    private mutating func isUnderOrAboveAPI(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { path in
            // Most paths the search meets differ from every API in their first byte.
            apiBytes.contains { api in
                path.first == api.first && api.withUnsafeBufferPointer { APIList.references(path, $0) || APIList.references($0, path) }
            }
        }
    }

    /// The paths one step on from `path` in the definition of `via`.
    private mutating func successors(_ path: HashedPath) -> [String] {
        var successors = index.nextPaths(path.text)
        let under = index.modules(under: path)
        let targets = index.allTargets(of: path)
        // Most paths have one kind of successor at most.
        if successors.isEmpty && under.isEmpty { return targets }
        successors += under
        successors += targets
        return successors
    }

    /// A search of the paths `path` leads to for one under or above an API. When none is
    /// found, no path the search met leads to one either (each was searched through), so
    /// all are known `false` at once; when one is, so are those on the way to it.
    private mutating func via(_ path: HashedPath) -> Bool {
        if let known = viaPaths.index(of: path) { return viaKnown[known] }
        // Most paths lead nowhere (a name their module defines) or straight to an API.
        let first = successors(path)
        if first.isEmpty {
            remember(path, false)
            return false
        }
        // Most modules import a path under or above an API: decided without a search.
        if first.contains(where: { isUnderOrAboveAPI($0) || Self.isOverlong($0) }) {
            remember(path, true)
            return true
        }
        var startingNexts: [String]? = first
        var cameFrom: [HashedPath: HashedPath] = [path: path]
        // Breadth first: most paths that reach an API do so in a step or two.
        var pending = [path]
        var position = 0
        while position < pending.count {
            let current = pending[position]
            position += 1
            /// `current` and the paths on the way to it lead to an API.
            func found() -> Bool {
                var onTheWay = current
                while true {
                    remember(onTheWay, true)
                    if onTheWay == path { return true }
                    onTheWay = cameFrom[onTheWay]!
                }
            }
            let nexts = startingNexts ?? successors(current)
            startingNexts = nil
            // Aliases of themselves (`n = n.x`, or two in turn) make ever longer paths,
            // which resolution stops after `depthLimit` steps: a path this long is "maybe".
            // Looked at before any memo: most modules import a path under or above an API.
            if nexts.contains(where: { isUnderOrAboveAPI($0) || Self.isOverlong($0) }) { return found() }
            for next in nexts.lazy.map(HashedPath.init) {
                let known = viaPaths.index(of: next).map { viaKnown[$0] }
                if known == true { return found() }
                if known == false || cameFrom[next] != nil { continue }
                cameFrom[next] = current
                pending.append(next)
            }
        }
        for searched in cameFrom.keys { remember(searched, false) }
        return false
    }

    /// Notes `via` of `path`.
    private mutating func remember(_ path: HashedPath, _ value: Bool) {
        let (index, isNew) = viaPaths.insert(path)
        if isNew { viaKnown.append(value) } else { viaKnown[index] = value }
    }

    /// The parts `n` for which `via(path.n)` may hold (a superset: `visit` asks `via` of
    /// those the file has), or nil when any part may (a next path lies under an API).
    private mutating func nextNames(_ path: HashedPath) -> Parts? {
        // Repeats only cost a second look at the same part, which a set would cost on every part.
        var names = Parts()
        var seen: Set<HashedPath> = []
        /// The parts that may follow `path` in a path whose `via` holds; with `asTarget`,
        /// also those that put it under an API (it is then a next path of the start).
        func collect(_ path: HashedPath, asTarget: Bool) -> Bool {
            guard seen.insert(path).inserted else { return true }
            if Self.isOverlong(path.text) { return false }
            if asTarget {
                for api in apis {
                    if APIList.references(path.text, api) { return false }
                    if APIList.references(api, path.text) { names.append(Self.part(of: api, after: path.text)) }
                }
            }
            for part in index.parts(after: path) { names.append(part) }
            if index.isModule(path) {
                index.forEachExportedName(of: path) { names.append($0) }
                return true
            }
            return index.nextPaths(path.text).allSatisfy { collect(HashedPath($0), asTarget: true) }
        }
        // In no particular order: any part that leads to a candidate decides.
        return collect(path, asTarget: false) ? names : nil
    }

    /// Whether `path` has `4 * depthLimit` dots or more, which a path of no more than twice
    /// as many bytes cannot have (filtering the dots of every path over 64 bytes lazily
    /// cost 9M instructions on the stdlib).
    private static func isOverlong(_ path: String) -> Bool {
        let dotsNeeded = 4 * SymbolIndex.depthLimit
        guard path.utf8.count > 2 * dotsNeeded else { return false }
        var dots = 0
        for byte in path.utf8 where byte == UInt8(ascii: ".") { dots += 1 }
        return dots >= dotsNeeded
    }

    /// The part of `path` right after `prefix` and its dot.
    private static func part(of path: String, after prefix: String) -> String {
        let rest = path.utf8.dropFirst(prefix.utf8.count + 1)
        return String(decoding: rest.prefix { $0 != UInt8(ascii: ".") }, as: UTF8.self)
    }
}
