/// One scored file, as the json report lists it.
public struct FileScore: Sendable, Equatable {
    public var path: String
    public var category: String
    public var compliant: Bool
    /// Unsuppressed findings of a counted severity (as in the category table).
    public var findings: Int
    public var suppressed: Int
    public var baselined: Int
    public var unanalysable: Bool

    public init(path: String, category: String, compliant: Bool, findings: Int, suppressed: Int, baselined: Int,
                unanalysable: Bool) {
        self.path = path
        self.category = category
        self.compliant = compliant
        self.findings = findings
        self.suppressed = suppressed
        self.baselined = baselined
        self.unanalysable = unanalysable
    }
}

/// The files below one folder, to the depth the report asks for (`--folder-depth`).
public struct FolderScore: Sendable, Equatable {
    /// `a/b`, or `.` for the files at the project root.
    public var path: String
    public var files = 0
    public var compliant = 0
    public var findings = 0

    public var compliance: Compliance { Compliance(files: files, compliant: compliant) }

    /// Folders cut at `depth` segments below the deepest folder that holds every file (a
    /// project whose code all sits in `src/` is broken down by `src/*`), worst first:
    /// lowest exact score, then most files, then path.
    public static func breakdown(_ files: [FileScore], depth: Int) -> [FolderScore] {
        guard depth > 0 else { return [] }
        let folderSegments = files.map { $0.path.split(separator: "/").dropLast() }
        var common = folderSegments.first.map(Array.init) ?? []
        for segments in folderSegments.dropFirst() {
            common = Array(zip(common, segments).prefix { $0 == $1 }.map(\.0))
        }
        var folders: [String: FolderScore] = [:]
        for segments in folderSegments.enumerated() {
            let file = files[segments.offset]
            let kept = segments.element.prefix(common.count + depth)
            let path = kept.isEmpty ? "." : kept.joined(separator: "/")
            var folder = folders[path] ?? FolderScore(path: path)
            folder.files += 1
            folder.compliant += file.compliant ? 1 : 0
            folder.findings += file.findings
            folders[path] = folder
        }
        return folders.values.sorted { a, b in
            // a.compliant / a.files < b.compliant / b.files, in integers.
            let left = a.compliant * b.files, right = b.compliant * a.files
            if left != right { return left < right }
            if a.files != b.files { return a.files > b.files }
            return a.path.utf8.lexicographicallyPrecedes(b.path.utf8)
        }
    }
}

/// What `--new-since REF` compared with, for the report.
public struct NewSinceNote: Sendable, Equatable {
    public var ref: String
    public var mergeBase: String
    public var subject: String
    public var findingsAtBase: Int

    public init(ref: String, mergeBase: String, subject: String, findingsAtBase: Int) {
        self.ref = ref
        self.mergeBase = mergeBase
        self.subject = subject
        self.findingsAtBase = findingsAtBase
    }

    public var text: String {
        "New since \(ref): merge-base \(mergeBase.prefix(10)) (\(subject)) had \(findingsAtBase) \(findingsAtBase == 1 ? "finding" : "findings")"
    }
}
