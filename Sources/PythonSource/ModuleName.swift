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
            // A run names every file: no allocation but the name's own.
            withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: bytes.count / 2 + 1) { ranges in
                let count = segmentRanges(bytes, into: ranges)
                var deepest = 0
                for var root in srcRoots {
                    root.withUTF8 { root in
                        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: root.count / 2 + 1) { rootRanges in
                            let rootCount = segmentRanges(root, into: rootRanges)
                            guard rootCount > deepest, rootCount < count,
                                  (0..<rootCount).allSatisfy({ root[rootRanges[$0]].elementsEqual(bytes[ranges[$0]]) }) else { return }
                            deepest = rootCount
                        }
                    }
                }
                guard count > deepest else { return "" }
                var last = ranges[count - 1]
                if bytes[last].hasSuffix(".py") {
                    last = last.lowerBound..<(last.upperBound - 3)
                } else if bytes[last].hasSuffix(".pyi") {
                    last = last.lowerBound..<(last.upperBound - 4)
                }
                let named = bytes[last].elementsEqual("__init__".utf8) ? count - 1 : count
                var length = 0
                for index in deepest..<named { length += (index == deepest ? 0 : 1) + (index == count - 1 ? last : ranges[index]).count }
                return String(unsafeUninitializedCapacity: length) { name in
                    var position = 0
                    for index in deepest..<named {
                        if index > deepest {
                            name[position] = UInt8(ascii: ".")
                            position += 1
                        }
                        for byte in bytes[index == count - 1 ? last : ranges[index]] {
                            name[position] = byte
                            position += 1
                        }
                    }
                    return position
                }
            }
        }
    }

    /// Writes the byte ranges of the path's segments between `/`, empty and `.` ones left
    /// out, and returns how many there are (at most `bytes.count / 2 + 1`).
    private static func segmentRanges(_ bytes: UnsafeBufferPointer<UInt8>, into ranges: UnsafeMutableBufferPointer<Range<Int>>) -> Int {
        var count = 0
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
            if index > start && !(index - start == 1 && bytes[start] == UInt8(ascii: ".")) {
                ranges[count] = start..<index
                count += 1
            }
            start = index + 1
        }
        return count
    }

    /// The file is a package's `__init__.py` (or `__init__.pyi`): its module is its own
    /// package for relative imports.
    public static func isPackageInitializer(relativePath: String) -> Bool {
        let utf8 = relativePath.utf8
        let name = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8[utf8.index(after: $0)...] } ?? utf8[...]
        return name.elementsEqual("__init__.py".utf8) || name.elementsEqual("__init__.pyi".utf8)
    }
}

private extension Slice<UnsafeBufferPointer<UInt8>> {
    func hasSuffix(_ suffix: StaticString) -> Bool {
        let suffix = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
        return count >= suffix.count && self[(endIndex - suffix.count)...].elementsEqual(suffix)
    }
}
