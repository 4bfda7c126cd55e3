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
    /// For git's literal-prefix quirk (see `gitPrefixSplit`): bytes the path must start
    /// with; `segments` (starting with `**`) then match the rest, from mid-segment on.
    let literalPrefix: [UInt8]?

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

        var body = start..<end
        var literalPrefix: [UInt8]?
        if flavor == .gitignore, anchored, let split = Self.gitPrefixSplit(scalars, body) {
            literalPrefix = split.prefix
            body = split.rest
        }
        var segments = try Self.compileSegments(scalars, body, anchored: anchored)
        if literalPrefix != nil, !segments.isEmpty, segments[0] != .globstar { segments.insert(.globstar, at: 0) }
        let lastIsLiteral: Bool
        if case .literal = segments.last { lastIsLiteral = true } else { lastIsLiteral = false }
        if segments.last == .globstar, segments.count > 1 { segments.append(.any) }
        self.segments = segments
        self.anchored = anchored
        self.directoryOnly = directoryOnly
        self.hasGlobstar = segments.contains(.globstar)
        self.lastSegmentIsLiteral = lastIsLiteral && literalPrefix == nil
        self.literalPrefix = literalPrefix
    }

    private static func compileSegments(
        _ scalars: [Unicode.Scalar], _ body: Range<Int>, anchored: Bool
    ) throws(SyntaxError) -> [PatternSegment] {
        guard !body.isEmpty else { return [] }
        var segments: [PatternSegment] = []
        var segmentStart = body.lowerBound
        for index in body.lowerBound...body.upperBound where index == body.upperBound || scalars[index] == "/" {
            let part = scalars[segmentStart..<index]
            let segment = try PatternSegment(part, allowGlobstar: anchored, column: segmentStart + 1)
            if segment != .globstar || segments.last != .globstar { segments.append(segment) }
            segmentStart = index + 1
        }
        return segments
    }

    /// git compares the literal part of an anchored pattern (up to its first `*`, `?`, `[`
    /// or `\`) by itself and wildmatches only the rest. When that rest starts with `**`
    /// followed by `/` or the end, wildmatch sees a whole-segment `**` even though it sits
    /// mid-segment in the pattern: `a**/x` matches `ax`, `ab/x` and `ab/c/x`. ssotlint
    /// reproduces this so that `.gitignore` decisions are git's. Returns the literal part
    /// and what follows `**/` (empty for a trailing `**`, which then matches everything).
    private static func gitPrefixSplit(
        _ scalars: [Unicode.Scalar], _ body: Range<Int>
    ) -> (prefix: [UInt8], rest: Range<Int>)? {
        guard let first = body.first(where: { "*?[\\".unicodeScalars.contains(scalars[$0]) }),
              first > body.lowerBound, scalars[first - 1] != "/",
              first + 1 < body.upperBound, scalars[first] == "*", scalars[first + 1] == "*"
        else { return nil }
        var runEnd = first
        while runEnd < body.upperBound, scalars[runEnd] == "*" { runEnd += 1 }
        guard runEnd == body.upperBound || scalars[runEnd] == "/" else { return nil }
        var prefix: [UInt8] = []
        for scalar in scalars[body.lowerBound..<first] { prefix += UTF8.encode(scalar)! }
        return (prefix, min(runEnd + 1, body.upperBound)..<body.upperBound)
    }

    /// Whether the path in `path[start...]` itself matches (its parent folders are not
    /// looked at). `path` is `/`-separated, with no leading, trailing or doubled `/`.
    func matchesItself(_ path: UnsafeBufferPointer<UInt8>, from start: Int, isDirectory: Bool) -> Bool {
        if directoryOnly, !isDirectory { return false }
        guard start < path.count else { return false }
        if let prefix = literalPrefix {
            guard path.count - start >= prefix.count, prefix.indices.allSatisfy({ path[start + $0] == prefix[$0] })
            else { return false }
            return segments.isEmpty || matchesSegments(path, from: start + prefix.count, to: path.count)
        }
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
        if literalPrefix != nil {
            // Only `.gitignore` patterns have a literal prefix, and they never ask this.
            var end = path.count
            while end > start {
                let candidate = UnsafeBufferPointer(rebasing: path[..<end])
                if matchesItself(candidate, from: start, isDirectory: end < path.count || isDirectory) { return true }
                repeat { end -= 1 } while end > start && path[end] != slash
            }
            return false
        }
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
