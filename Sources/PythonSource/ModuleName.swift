/// Module names (SPEC §3): a file's path relative to the deepest `src-root` that contains
/// it, else to the project root, with `/` → `.`, `.py` dropped and a package's
/// `__init__.py` named after its folder (`a/b/__init__.py` is `a.b`). No `__init__.py`
/// is needed for a folder to count as a package.
public enum ModuleName {
    /// - Parameters:
    ///   - relativePath: the file's path relative to the project root, with `/`.
    ///   - srcRoots: roots relative to the project root; `./src/` is `src` and `.` (or an
    ///     empty string) is the project root itself.
    ///
    /// Empty and `.` path segments are ignored. A `.pyi` stub is named like its `.py`.
    /// The root-level `__init__.py` of a root has the empty name.
    /// Works on UTF-8 bytes throughout: a run names every file, and Character-based
    /// splitting and joining showed in profiles.
    public static func of(relativePath: String, srcRoots: [String]) -> String {
        var path = relativePath
        return path.withUTF8 { bytes in
            var segments = segmentRanges(bytes)
            var deepest = 0
            for var root in srcRoots {
                let rootSegments = root.withUTF8 { root in segmentRanges(root).map { Array(root[$0]) } }
                guard rootSegments.count > deepest, rootSegments.count < segments.count,
                      zip(rootSegments, segments).allSatisfy({ $0.elementsEqual(bytes[$1]) }) else { continue }
                deepest = rootSegments.count
            }
            segments.removeFirst(deepest)
            guard var last = segments.popLast() else { return "" }
            for suffix in [Array(".py".utf8), Array(".pyi".utf8)]
            where last.count >= suffix.count && bytes[(last.upperBound - suffix.count)..<last.upperBound].elementsEqual(suffix) {
                last = last.lowerBound..<(last.upperBound - suffix.count)
                break
            }
            if !bytes[last].elementsEqual("__init__".utf8) { segments.append(last) }
            var name: [UInt8] = []
            for segment in segments {
                if !name.isEmpty { name.append(UInt8(ascii: ".")) }
                name.append(contentsOf: bytes[segment])
            }
            return String(decoding: name, as: UTF8.self)
        }
    }

    /// The byte ranges of the path's segments between `/`, empty and `.` ones left out.
    private static func segmentRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
            if index > start && !(index - start == 1 && bytes[start] == UInt8(ascii: ".")) { ranges.append(start..<index) }
            start = index + 1
        }
        return ranges
    }

    /// The file is a package's `__init__.py` (or `__init__.pyi`): its module is its own
    /// package for relative imports.
    public static func isPackageInitializer(relativePath: String) -> Bool {
        let utf8 = relativePath.utf8
        let name = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8[utf8.index(after: $0)...] } ?? utf8[...]
        return name.elementsEqual("__init__.py".utf8) || name.elementsEqual("__init__.pyi".utf8)
    }
}
