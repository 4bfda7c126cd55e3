/// Words one of which every match of a pattern contains, read conservatively, for
/// patterns with alternatives that `RequiredLiteral` gives up on:
/// `(create|get)_\w+_(factory|manager)|\w+(Factory|Manager)` → factory, manager,
/// Factory, Manager. Nil when it cannot be sure. An ASCII name without any of them
/// cannot match, so the engine need not run (Swift's costs ~37,000 instructions a name).
enum RequiredLiteralSet {
    static func anyOf(in pattern: String) -> [[UInt8]]? {
        // Flags (`(?i)`), and anything not ASCII, change what a literal matches.
        guard pattern.utf8.allSatisfy({ $0 < 0x80 }), !pattern.contains("(?") else { return nil }
        var words: [[UInt8]] = []
        for branch in topLevelBranches(Array(pattern.utf8)) {
            guard let best = bestRequirement(branch) else { return nil }
            words += best
        }
        return words.isEmpty ? nil : words
    }

    /// The pattern split at `|` outside groups, classes and escapes.
    static func topLevelBranches(_ pattern: [UInt8]) -> [ArraySlice<UInt8>] {
        var branches: [ArraySlice<UInt8>] = []
        var depth = 0
        var inClass = false
        var start = 0
        var index = 0
        while index < pattern.count {
            switch pattern[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "[") where !inClass: inClass = true
            case UInt8(ascii: "]") where inClass: inClass = false
            case UInt8(ascii: "(") where !inClass: depth += 1
            case UInt8(ascii: ")") where !inClass: depth -= 1
            case UInt8(ascii: "|") where !inClass && depth == 0:
                branches.append(pattern[start..<index])
                start = index + 1
            default: break
            }
            index += 1
        }
        branches.append(pattern[start..<min(index, pattern.count)])
        return branches
    }

    /// Of what one branch surely contains (a literal run, or one word of a group of plain
    /// words), the requirement whose shortest word is longest.
    static func bestRequirement(_ branch: ArraySlice<UInt8>) -> [[UInt8]]? {
        var requirements: [[[UInt8]]] = []
        var run: [UInt8] = []
        func endRun() {
            if !run.isEmpty { requirements.append([run]) }
            run = []
        }
        var index = branch.startIndex
        func isOptionalQuantifier(at position: Int) -> Bool {
            position < branch.endIndex && [UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "{")].contains(branch[position])
        }
        while index < branch.endIndex {
            let byte = branch[index]
            switch byte {
            case UInt8(ascii: "\\"):
                guard index + 1 < branch.endIndex else { return nil }
                let escaped = branch[index + 1]
                index += 2
                if isLetterOrDigit(escaped) {
                    endRun()  // `\w`, `\b`, `\d`…: a class or an assertion
                } else if isOptionalQuantifier(at: index) {
                    endRun()
                } else {
                    run.append(escaped)  // `\.`, `\(`: the character itself
                }
                continue
            case UInt8(ascii: "("):
                guard let close = branch[index...].firstIndex(of: UInt8(ascii: ")")) else { return nil }
                let words = branch[(index + 1)..<close].split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
                endRun()
                index = close + 1
                // A group of plain words, there exactly once: one of them is in the match.
                if words.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isWordByte) }), !isOptionalQuantifier(at: index) {
                    requirements.append(words.map(Array.init))
                }
                continue
            case UInt8(ascii: "["):
                endRun()
                var position = index + 1
                while position < branch.endIndex && branch[position] != UInt8(ascii: "]") {
                    position += branch[position] == UInt8(ascii: "\\") ? 2 : 1
                }
                index = position + 1
                continue
            case UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "{"):
                if !run.isEmpty { run.removeLast() }  // the character before may be absent
                endRun()
                if byte == UInt8(ascii: "{") {
                    guard let close = branch[index...].firstIndex(of: UInt8(ascii: "}")) else { return nil }
                    index = close
                }
            case UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "$"):
                endRun()
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                return nil  // unbalanced: not read
            default:
                if byte <= 0x20 || byte == 0x7F { endRun() } else { run.append(byte) }
            }
            index += 1
        }
        endRun()
        return requirements.max { ($0.map(\.count).min() ?? 0) < ($1.map(\.count).min() ?? 0) }
    }

    static func isWordByte(_ byte: UInt8) -> Bool { isLetterOrDigit(byte) || byte == UInt8(ascii: "_") }

    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
    }

    /// Whether ASCII `text` contains one of `words`.
    static func containsAny(_ words: [[UInt8]], in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            words.contains { word in
                guard word.count <= bytes.count else { return false }
                return (0...(bytes.count - word.count)).contains { start in
                    UnsafeBufferPointer(rebasing: bytes[start..<(start + word.count)]).elementsEqual(word)
                }
            }
        }
    }
}
