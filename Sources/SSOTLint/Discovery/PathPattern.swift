/// One compiled gitignore-style pattern: the engine shared by `Glob` (configuration globs)
/// and `IgnoreRules` (`.gitignore` lines). Patterns are split into `/`-separated segments
/// once; matching walks the UTF-8 bytes of a path without allocating and without recursion.
struct PathPattern: Sendable {
    /// How a pattern's leading characters are read.
    enum Flavor {
        /// Configuration globs: leading `./` and `/` are dropped (and anchor the pattern).
        case glob
        /// `.gitignore` lines: only a leading `/` anchors; `./` is literal, as in git.
        case gitignore
    }

    /// A syntax error, with the 1-based column (in characters) where it was found.
    struct SyntaxError: Error, Equatable {
        var message: String
        var column: Int
    }

    /// Segments to match, in order. A trailing `**` is stored as `**` then `*`, so that
    /// `x/**` matches everything below `x` but not `x` itself (git's rule).
    let segments: [PatternSegment]
    /// Whether the pattern is matched against the whole path (it contains a `/` other than
    /// a trailing one) rather than against any single segment.
    let anchored: Bool
    /// Whether the pattern had a trailing `/` and so matches folders only.
    let directoryOnly: Bool
    let hasGlobstar: Bool
    /// Whether the last segment has no wildcard, so the pattern names a file or folder.
    let lastSegmentIsLiteral: Bool

    init(_ text: String, flavor: Flavor) throws(SyntaxError) {
        let scalars = Array(text.unicodeScalars)
        var start = 0
        var anchored = false
        if flavor == .glob {
            while start + 1 < scalars.count, scalars[start] == ".", scalars[start + 1] == "/" {
                start += 2
                anchored = true
            }
        }
        if start < scalars.count, scalars[start] == "/" {
            start += 1
            anchored = true
        }
        var end = scalars.count
        var directoryOnly = false
        if end > start, scalars[end - 1] == "/" {
            end -= 1
            directoryOnly = true
        }
        guard end > start else {
            throw SyntaxError(message: "the pattern names no path", column: 1)
        }
        if scalars[start..<end].contains("/") { anchored = true }

        var segments: [PatternSegment] = []
        var segmentStart = start
        for index in start...end where index == end || scalars[index] == "/" {
            let part = scalars[segmentStart..<index]
            let segment = try PatternSegment(part, allowGlobstar: anchored, column: segmentStart + 1)
            if segment == .globstar, segments.last == .globstar { segmentStart = index + 1; continue }
            segments.append(segment)
            segmentStart = index + 1
        }
        let lastIsLiteral: Bool
        if case .literal = segments.last { lastIsLiteral = true } else { lastIsLiteral = false }
        if segments.last == .globstar, segments.count > 1 { segments.append(.any) }
        self.segments = segments
        self.anchored = anchored
        self.directoryOnly = directoryOnly
        self.hasGlobstar = segments.contains(.globstar)
        self.lastSegmentIsLiteral = lastIsLiteral
    }

    /// Whether the path in `path[start...]` itself matches (its parent folders are not
    /// looked at). `path` is `/`-separated, with no leading, trailing or doubled `/`.
    func matchesItself(_ path: UnsafeBufferPointer<UInt8>, from start: Int, isDirectory: Bool) -> Bool {
        if directoryOnly, !isDirectory { return false }
        guard start < path.count else { return false }
        if !anchored {
            var segmentStart = path.count
            while segmentStart > start, path[segmentStart - 1] != slash { segmentStart -= 1 }
            return segments[0].matches(path, segmentStart, path.count)
        }
        return matchesSegments(path, from: start, to: path.count)
    }

    /// Whether the path in `path[start...]` or one of its parent folders matches.
    func matchesItselfOrParent(_ path: UnsafeBufferPointer<UInt8>, from start: Int, isDirectory: Bool) -> Bool {
        guard start < path.count else { return false }
        // A parent folder is always a folder; the path itself only when `isDirectory`.
        let needsParent = directoryOnly && !isDirectory
        if anchored {
            return matchesSegments(path, from: start, to: path.count, acceptingRest: true, needsParent: needsParent)
        }
        var segmentStart = start
        for index in start...path.count where index == path.count || path[index] == slash {
            if index == path.count, needsParent { return false }
            if segments[0].matches(path, segmentStart, index) { return true }
            segmentStart = index + 1
        }
        return false
    }

    /// Anchored matching of the segments against `path[start..<end]`. `**` spans any number
    /// of path segments; like `*` in a wildcard match, only the last `**` is backtracked to,
    /// so the cost is at most segments × path segments. With `acceptingRest`, a match of a
    /// leading part of the path (a parent folder) counts, as if the pattern ended in `/**`;
    /// `needsParent` then demands that at least one path segment is left over.
    private func matchesSegments(
        _ path: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
        acceptingRest: Bool = false, needsParent: Bool = false
    ) -> Bool {
        var patternIndex = 0
        var position = start  // start of the next path segment; `end + 1` once all are used
        var globstarIndex = -1
        var globstarPosition = 0
        while true {
            if patternIndex < segments.count {
                let segment = segments[patternIndex]
                if segment == .globstar {
                    globstarIndex = patternIndex
                    globstarPosition = position
                    patternIndex += 1
                    continue
                }
                if position <= end {
                    let segmentEnd = nextSlash(path, from: position, end: end)
                    if segment.matches(path, position, segmentEnd) {
                        patternIndex += 1
                        position = segmentEnd + 1
                        continue
                    }
                }
            } else if position > end {
                if !needsParent { return true }
            } else if acceptingRest {
                return true
            }
            guard globstarIndex >= 0, globstarPosition <= end else { return false }
            globstarPosition = nextSlash(path, from: globstarPosition, end: end) + 1
            position = globstarPosition
            patternIndex = globstarIndex + 1
        }
    }

    private func nextSlash(_ path: UnsafeBufferPointer<UInt8>, from position: Int, end: Int) -> Int {
        var index = position
        while index < end, path[index] != slash { index += 1 }
        return index
    }
}

private let slash = UInt8(ascii: "/")
