import Yams

/// Turns the errors of Yams and libyaml into one-line, positioned `ConfigurationError`s.
extension ConfigNode {
    static func describe(_ error: YamlError, file: String) -> ConfigurationError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return ConfigurationError(file: file, line: mark.line, column: mark.column,
                                      message: "invalid YAML: " + syntaxMessage(problem, context: context))
        case let .reader(problem, offset, value, yaml):
            let character = value >= 0 ? " (U+\(hex(value)))" : ""
            let place = offset.map { Self.position(ofCharacter: $0, in: yaml) }
            return ConfigurationError(file: file, line: place?.line ?? 1, column: place?.column ?? 1,
                                      message: "invalid YAML: \(problem)\(character)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return duplicateKeyError(duplicates.sorted().first ?? "?", first: context.mark, in: context.text,
                                     file: file)
        default:
            return ConfigurationError(file: file, line: 1, column: 1,
                                      message: "invalid YAML: \(String(describing: error).split(separator: "\n").first ?? "")")
        }
    }

    /// libyaml says `did not find expected ',' or ']'` with a context `while parsing a
    /// flow sequence` at the place the construct started; one sentence says both.
    static func syntaxMessage(_ problem: String, context: YamlError.Context?) -> String {
        var problem = problem
        if problem.hasPrefix("but ") { problem.removeFirst(4) }
        guard let context else { return problem }
        return "\(problem) (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
    }

    static func hex(_ value: Int32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The 1-based line and column (in code points) of the character at `offset`.
    static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (line, column)
    }

    /// Yams reports a repeated key at its first occurrence; the error points at the
    /// repeat, which is the one to remove, and names the first.
    static func duplicateKeyError(_ key: String, first: Mark, in text: String, file: String) -> ConfigurationError {
        let firstPlace = "line \(first.line), column \(first.column)"
        if let repeated = repeatedKey(key, after: first, in: text) {
            return ConfigurationError(file: file, line: repeated.line, column: repeated.column,
                                      message: "key '\(key)' is given twice in this mapping (first at \(firstPlace)); remove one of them")
        }
        return ConfigurationError(file: file, line: first.line, column: first.column,
                                  message: "key '\(key)' is given more than once in this mapping; keep one of them")
    }

    /// Where `key` is written again in the mapping whose key at `first` is its first
    /// occurrence: in block style, on a later line at the same indentation before the
    /// mapping ends; in flow style, later on the same line.
    static func repeatedKey(_ key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = splitLines(text)
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let indent = first.column - 1
        let spellings = [key, "'\(key)'", "\"\(key)\""].map { Array($0.unicodeScalars) }

        func keyStarts(_ line: [Unicode.Scalar], at index: Int) -> Bool {
            spellings.contains { spelling in
                guard index + spelling.count <= line.count, Array(line[index..<index + spelling.count]) == spelling else {
                    return false
                }
                var next = index + spelling.count
                while next < line.count, line[next] == " " || line[next] == "\t" { next += 1 }
                return next < line.count && line[next] == ":"
            }
        }

        // Flow style: `{a: 1, a: 2}`.
        let firstLine = lines[first.line - 1]
        let opener = firstLine[..<min(indent, firstLine.count)].last { $0 != " " }
        var index = indent + 1
        while opener == "{" || opener == ",", index < firstLine.count {
            if firstLine[index - 1] == "," || firstLine[index - 1] == "{" || firstLine[index - 1] == " ",
               keyStarts(firstLine, at: index) {
                return (first.line, index + 1)
            }
            index += 1
        }
        // Block style.
        for number in first.line..<lines.count {
            let line = lines[number]
            guard let start = line.firstIndex(where: { $0 != " " }), line[start] != "#" else { continue }
            if start < indent { return nil }
            if start == indent, keyStarts(line, at: start) { return (number + 1, start + 1) }
        }
        return nil
    }

    /// Lines as code points, split at `\n`, `\r\n` and `\r` (as libyaml does).
    static func splitLines(_ text: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = [[]]
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCarriageReturn {
                previousWasCarriageReturn = false
                continue
            }
            previousWasCarriageReturn = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append([])
            } else {
                lines[lines.count - 1].append(scalar)
            }
        }
        return lines
    }
}
