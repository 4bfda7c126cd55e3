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
    public static func of(relativePath: String, srcRoots: [String]) -> String {
        var segments = normalisedSegments(relativePath)
        var deepest = 0
        for root in srcRoots {
            let rootSegments = normalisedSegments(root)
            guard rootSegments.count > deepest, rootSegments.count < segments.count,
                  segments.starts(with: rootSegments) else { continue }
            deepest = rootSegments.count
        }
        segments.removeFirst(deepest)
        guard var last = segments.popLast() else { return "" }
        // Suffixes compared as UTF-8 (`hasSuffix` goes grapheme by grapheme).
        for suffix in [".py", ".pyi"] where last.utf8.count >= suffix.utf8.count
            && last.utf8.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) {
            last = last.dropLast(suffix.count)
            break
        }
        if last != "__init__" { segments.append(last) }
        return segments.joined(separator: ".")
    }

    /// The file is a package's `__init__.py` (or `__init__.pyi`): its module is its own
    /// package for relative imports.
    public static func isPackageInitializer(relativePath: String) -> Bool {
        let utf8 = relativePath.utf8
        let name = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8[utf8.index(after: $0)...] } ?? utf8[...]
        return name.elementsEqual("__init__.py".utf8) || name.elementsEqual("__init__.pyi".utf8)
    }

    /// Split as UTF-8 bytes: splitting Characters showed in profiles (a run names every file).
    static func normalisedSegments(_ path: String) -> [Substring] {
        path.utf8.split(separator: UInt8(ascii: "/")).compactMap { segment in
            segment.count == 1 && segment.first == UInt8(ascii: ".") ? nil : Substring(segment)
        }
    }
}
