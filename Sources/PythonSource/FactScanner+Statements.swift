/// What the scan knows about the statement it is in.
struct StatementState {
    /// The next code token starts a statement.
    var atStart = true
    /// For a compound statement until its header's `:`, the kind of block it opens;
    /// nil for a simple statement.
    var header: BlockKind?
    /// `global` and `nonlocal` name no references.
    var ignoresNames = false
    /// Between `case` and its guard or `:`, where bare names are captures.
    var inPattern = false
    /// After `def NAME`, `class NAME` or `type NAME`: a `[` opens type parameters and,
    /// for `def` and `class`, a `(` opens the parameters or bases.
    var expectsParameters: ParameterOwner?
    /// Index in `facts.definitions` of the class whose bases are being read.
    var classDefinition: Int?
}

enum ParameterOwner { case function, `class`, typeAlias }

/// The kind of an indented block, for `isModuleLevel`, `case` clauses and
/// `if TYPE_CHECKING:` bodies.
enum BlockKind: Equatable {
    case other, function, `class`, match
    /// The body of `if NAME:` or `if NAME.TYPE_CHECKING:`; the associated value indexes
    /// `typeCheckingCandidates`.
    case typeChecking(Int)
}

extension FactScan {
    /// Classifies the statement starting at `index`. Returns true when it has consumed
    /// tokens itself (an import, or a soft keyword acting as a keyword).
    mutating func beginStatement() -> Bool {
        let first = code[index]
        switch first.symbol {
        case .keywordImport, .keywordFrom:
            scanImport()
            return true
        case .keywordDef:
            statement.header = .function
        case .keywordClass:
            statement.header = .class
        case .keywordAsync:
            statement.header = token(at: index + 1).symbol == .keywordDef ? .function : .other
        case .keywordIf, .keywordElif:
            statement.header = typeCheckingCandidate() ?? .other
        case .keywordElse, .keywordWhile, .keywordFor, .keywordTry, .keywordExcept, .keywordFinally, .keywordWith:
            statement.header = .other
        case .keywordDel:
            levels[0].bindTargets(until: .statementEnd)
        case .keywordGlobal, .keywordNonlocal:
            statement.ignoresNames = true
        case .softMatch where isMatchStatement():
            statement.header = .match
            skipSoftKeyword()
            return true
        case .softCase where blocks.last == .match:
            statement.header = .other
            statement.inPattern = true
            skipSoftKeyword()
            return true
        case .softType where token(at: index + 1).symbol.isName
            && (token(at: index + 2).symbol == .equal || token(at: index + 2).symbol == .openBracket):
            // `type X = ...` binds X as an assignment does; `[` opens type parameters.
            statement.expectsParameters = .typeAlias
            index += 2
            note(.identifier, endsOperand: true)
            return true
        case .at:
            break  // a decorator: an expression, never a target
        default:
            if !first.symbol.isHardKeyword, let end = assignmentTargetEnd() {
                levels[0].bindTargets(until: .token(end))
                // One target, a bare name, then `=`: an alias or `__all__`, when at module level.
                if end == index + 1 && code[end].symbol == .equal && isModuleLevel && first.symbol.isName {
                    noteModuleAssignment()
                }
            }
        }
        return false
    }

    mutating func skipSoftKeyword() {
        index += 1
        note(.other, endsOperand: false)
    }

    /// For a statement starting at `index`: the index of the last `=` outside brackets
    /// (chained assignment), or of the augmented assignment operator or annotation `:`
    /// that ends its target; nil when the statement assigns nothing. The `=` of a
    /// `lambda`'s default and the `:` ending its parameters are not counted.
    mutating func assignmentTargetEnd() -> Int? {
        var depth = 0
        var lambdas = 0
        var lastEqual: Int?
        var position = index
        scan: while position < code.count {
            let current = code[position]
            if current.kind == .newline || current.kind == .endMarker { break }
            switch current.symbol {
            case .openParenthesis, .openBracket, .openBrace:
                depth += 1
            case .closeParenthesis, .closeBracket, .closeBrace:
                if depth > 0 { depth -= 1 }
            case .semicolon where depth == 0:
                break scan
            case .keywordLambda where depth == 0:
                lambdas += 1
            case .colon where depth == 0:
                if lambdas > 0 {
                    lambdas -= 1
                } else if lastEqual == nil {
                    return position
                }
            case .equal where depth == 0 && lambdas == 0:
                lastEqual = position
            case .augmentedAssign where depth == 0:
                return lastEqual ?? position
            default:
                break
            }
            position += 1
        }
        return lastEqual
    }

    /// `match` at `index` starts a match statement when its line ends with a `:` outside
    /// brackets that is not the token right after `match` (`match: int` annotates).
    mutating func isMatchStatement() -> Bool {
        var depth = 0
        var lambdas = 0
        var position = index + 1
        while position < code.count {
            let current = code[position]
            if current.kind == .newline || current.kind == .endMarker { return false }
            switch current.symbol {
            case .openParenthesis, .openBracket, .openBrace:
                depth += 1
            case .closeParenthesis, .closeBracket, .closeBrace:
                if depth > 0 { depth -= 1 }
            case .semicolon where depth == 0, .equal where depth == 0:
                return false
            case .keywordLambda where depth == 0:
                lambdas += 1
            case .colon where depth == 0:
                if lambdas == 0 { return position > index + 1 && token(at: position + 1).kind == .newline }
                lambdas -= 1
            default:
                break
            }
            position += 1
        }
        return false
    }

    /// The `:` that ends a compound statement's header: a block follows on the next
    /// lines, or the rest of the line is the body.
    mutating func endHeader() {
        guard let kind = statement.header else { return }
        if case .typeChecking(let candidate) = kind { typeCheckingCandidates[candidate].start = code[index].end }
        if token(at: index + 1).kind == .newline {
            statement.header = nil
            statement.expectsParameters = nil
            statement.inPattern = false
            pendingBlock = kind
        } else {
            if case .typeChecking(let candidate) = kind { inlineCandidate = candidate }
            if kind == .function || kind == .class { inFunctionOrClassLine = true }
            endStatement()
        }
    }

    /// Ends a simple statement (at `;` or the end of the line) or a header whose body
    /// follows on the same line.
    /// Runs once per statement: emptying arrays only when they hold something avoids
    /// `removeAll(keepingCapacity:)`'s generic path, which showed in profiles.
    mutating func endStatement() {
        if levels.count > 1 { levels.removeSubrange(1...) }
        levels[0] = BracketLevel(role: .statement)
        if !lambdaLevels.isEmpty { lambdaLevels.removeAll(keepingCapacity: true) }
        if !heldTargets.isEmpty { heldTargets.removeAll(keepingCapacity: true) }
        statement = StatementState()
    }

    mutating func endLogicalLine(at newline: CodeToken) {
        endStatement()
        inFunctionOrClassLine = false
        if let candidate = inlineCandidate {
            typeCheckingCandidates[candidate].end = newline.start
            inlineCandidate = nil
        }
        note(.other, endsOperand: false)
    }

    mutating func openBlock() {
        let kind = pendingBlock ?? .other
        pendingBlock = nil
        blocks.append(kind)
        if kind == .function || kind == .class { functionOrClassBlocks += 1 }
    }

    mutating func closeBlock(at offset: UInt32) {
        guard let kind = blocks.popLast() else { return }
        switch kind {
        case .function, .class: functionOrClassBlocks -= 1
        case .typeChecking(let candidate): typeCheckingCandidates[candidate].end = offset
        case .other, .match: break
        }
    }

    /// At the end of input every open block and a pending one-line body end there.
    mutating func closeAllBlocks() {
        let end = UInt32(truncatingIfNeeded: bytes.count)
        while !blocks.isEmpty { closeBlock(at: end) }
        if let candidate = inlineCandidate {
            typeCheckingCandidates[candidate].end = end
            inlineCandidate = nil
        }
    }
}
