/// Gathers a file's `FileFacts` from its tokens: imports, definitions, dotted
/// references and suppression directives (SPEC §4, §5).
///
/// The scan needs no syntax tree. A first pass classifies tokens and reads directives
/// from comments; a second walks the code tokens once, keeping explicit stacks (open
/// brackets, indented blocks, pending `lambda`s) instead of recursing, so input nesting
/// cannot exhaust the stack. Strings are made only for the names that become facts.
///
/// Decisions where Python's grammar is not followed to the letter:
/// - Soft keywords (`match`, `case`, `type`, `_`) are names, except `match` and `case`
///   at the start of a `match` statement or of a clause in its block, and `type` at the
///   start of `type X = ...`. A bare `_` in a `case` pattern is a wildcard, not a name.
/// - A statement is an assignment when a `=`, an augmented assignment or an annotation
///   `:` sits outside brackets (and outside a `lambda`'s parameters); everything before
///   the last such `=` is its target list.
/// - `elif TYPE_CHECKING:` opens a type-checking body like `if TYPE_CHECKING:` does.
/// - Files that do not lex are scanned as far as their tokens go.
public enum FactScanner {
    /// - Parameter roots: keep only the reference chains whose first name an import binds
    ///   to a module under one of these top-level names (`import os.path`, `from os
    ///   import environ as env`), or binds by a relative import, or is not ASCII (it is
    ///   NFKC-normalised before it binds): the others cannot resolve to what the caller
    ///   asks about (SPEC §4), and skipping them saves making their strings. Nil keeps
    ///   every chain; an empty set none.
    public static func scan(_ source: SourceFile, _ tokenized: TokenizedSource,
                            chainsBoundUnder roots: Set<String>? = nil) -> FileFacts {
        source.utf8.withUnsafeBufferPointer { bytes in
            var scan = FactScan(bytes: bytes, chainsBoundUnder: roots)
            tokenized.tokens.withUnsafeBufferPointer { scan.feed($0) }
            scan.finish()
            return scan.facts
        }
    }
}

/// A token that is code: comments and NL tokens are left out, so the parts of a chain
/// and the names of a parenthesised import are neighbours even across lines.
struct CodeToken {
    var kind: TokenKind
    var symbol: Symbol
    var start: UInt32
    var end: UInt32
}

/// The state of one scan over one file's code tokens.
///
/// The scan's hot helpers are `mutating` even where they only read: a non-mutating
/// call from a mutating method copies the whole state (some 300 bytes) to pass `self`.
struct FactScan {
    let bytes: UnsafeBufferPointer<UInt8>
    var code: [CodeToken] = []
    var facts = FileFacts()
    var index = 0

    /// Open brackets; `levels[0]` is the statement itself.
    var levels: [BracketLevel] = [BracketLevel(role: .statement)]
    /// Bracket level of each `lambda` whose parameter list has not yet reached its `:`.
    var lambdaLevels: [Int] = []
    var statement = StatementState()
    /// Indented blocks, innermost last.
    var blocks: [BlockKind] = []
    var functionOrClassBlocks = 0
    /// Set by a compound statement's `:` at the end of its line; taken by the INDENT.
    var pendingBlock: BlockKind?
    /// Whether the previous token ends an operand, making a following `(` or `[` a call
    /// or subscript rather than a tuple or list.
    var previousEndsOperand = false
    var previousSymbol = Symbol.other
    /// The next name would start a parameter of a `def`, `lambda` or type parameter
    /// list: after its `(`, `[`, `lambda` or `,`, and any `*` or `**` following those.
    var atParameterStart = false
    /// Bare names inside a bracket of a target list (`(a, b) = ...`), held back until the
    /// bracket closes: `(a or b)[0] = ...` and `[x][0]: int` turn out to assign no name.
    var heldTargets: [ReferenceFact] = []
    var referencesNeedSorting = false
    var typeCheckingCandidates: [TypeCheckingCandidate] = []
    /// A candidate whose body is the rest of the current line (`if TYPE_CHECKING: import x`).
    var inlineCandidate: Int?
    /// The rest of the current line is the body of a `def` or `class` (`def f(): import x`).
    var inFunctionOrClassLine = false

    /// Where the comments and strings are, for the passes after the tokens are gone.
    var summary = TokenSummary()
    /// Set when only chains bound under these top-level modules are wanted (`scan`).
    let bindingRoots: Set<String>?
    /// The names the imports so far bind under `bindingRoots`.
    var boundNames = NameFilter()
    /// Chains left out because their first name was not bound (yet): an import further
    /// down may still bind it, so `finish` looks at them again.
    var deferredChains: [DeferredChain] = []
    /// Set when the scan notes chain prefixes (`ChainPrefixes`): one pointer, so that
    /// scans that do not (most) copy no more state than before, and one that every
    /// chain reaches through without retaining it. The caller owns the recorder.
    let prefixes: UnsafeMutablePointer<ChainPrefixRecorder>?

    init(bytes: UnsafeBufferPointer<UInt8>, chainsBoundUnder roots: Set<String>? = nil,
         recordingInto recorder: UnsafeMutablePointer<ChainPrefixRecorder>? = nil) {
        self.bytes = bytes
        bindingRoots = roots
        prefixes = recorder
    }

    /// Scans the next tokens of the file. Each call must end after a NEWLINE (or at the
    /// end of input), so that every statement is seen whole: the scan looks ahead within
    /// a statement, never past it.
    mutating func feed(_ tokens: UnsafeBufferPointer<Token>) {
        classify(tokens)
        index = 0
        scanCode()
    }

    /// Keeps the code tokens with their symbols in `code`, reads directives from
    /// comments and summarises comments and strings.
    mutating func classify(_ tokens: UnsafeBufferPointer<Token>) {
        let bytes = self.bytes
        var directives: [DirectiveFact] = []
        code = [CodeToken](unsafeUninitializedCapacity: tokens.count) { buffer, count in
            count = 0
            for token in tokens {
                let start = Int(token.start)
                let end = Int(token.end)
                let symbol: Symbol
                switch token.kind {
                case .comment:
                    summary.add(token, bytes)
                    if let directive = FactScan.directive(in: bytes, start, end) { directives.append(directive) }
                    continue
                case .string, .fstringStart, .fstringMiddle, .fstringEnd:
                    summary.add(token, bytes)
                    symbol = .other
                case .nl:
                    continue
                case .name:
                    symbol = Symbol.ofName(bytes, start, end)
                case .op:
                    symbol = Symbol.ofOperator(bytes, start, end)
                default:
                    symbol = .other
                }
                buffer.initializeElement(at: count, to: CodeToken(kind: token.kind, symbol: symbol, start: token.start, end: token.end))
                count += 1
            }
        }
        if !directives.isEmpty { facts.directives += directives }
    }

    /// The token at `position`, or an empty ENDMARKER past the end.
    @inline(__always) func token(at position: Int) -> CodeToken {
        position < code.count ? code[position] : CodeToken(kind: .endMarker, symbol: .other, start: UInt32(truncatingIfNeeded: bytes.count), end: UInt32(truncatingIfNeeded: bytes.count))
    }

    /// Scans the classified code tokens of the current chunk.
    mutating func scanCode() {
        while index < code.count {
            let current = code[index]
            switch current.kind {
            case .newline:
                endLogicalLine(at: current)
                index += 1
                continue
            case .indent:
                openBlock()
                index += 1
                continue
            case .dedent:
                pendingBlock = nil
                closeBlock(at: current.start)
                index += 1
                continue
            case .endMarker:
                index += 1
                continue
            default:
                pendingBlock = nil
            }
            if statement.atStart {
                statement.atStart = false
                if beginStatement() { continue }
            }
            switch current.kind {
            case .name where current.symbol.isName:
                scanName()
            case .name:
                scanKeyword(current.symbol)
            case .op:
                scanOperator(current.symbol)
                index += 1
            default:
                note(.other, endsOperand: current.kind == .number || current.kind == .string || current.kind == .fstringEnd)
                index += 1
            }
        }
    }

    /// After the last chunk: closes what is open and settles the deferred chains.
    mutating func finish() {
        closeAllBlocks()
        takeDeferredChains()
        if referencesNeedSorting {
            // Stable: references released by `closeBracket` join in source order.
            facts.references = facts.references.enumerated()
                .sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
                .map(\.element)
        }
        markTypeCheckingBodies()
        if let prefixes { facts.chainPrefixes = chainPrefixes(&prefixes.pointee) }
    }

    @inline(__always) mutating func note(_ symbol: Symbol, endsOperand: Bool) {
        previousSymbol = symbol
        previousEndsOperand = endsOperand
        atParameterStart = false
    }

    /// The hard keywords that change the scan's state; the others are skipped.
    /// Moves `index` past what it reads.
    mutating func scanKeyword(_ symbol: Symbol) {
        switch symbol {
        case .keywordImport:
            // Always the keyword; `from ... import` statements are read whole elsewhere.
            scanImport()
            return
        case .keywordDef, .keywordClass:
            scanDefinition(symbol)
            return
        case .keywordLambda:
            lambdaLevels.append(levels.count - 1)
        case .keywordFor:
            levels[levels.count - 1].bindTargets(until: .keywordIn)
        case .keywordIn:
            if levels[levels.count - 1].targetEnd == .keywordIn { levels[levels.count - 1].endTargets() }
        case .keywordAs:
            levels[levels.count - 1].bindTargets(until: .commaOrColon)
        case .keywordIf:
            if statement.inPattern && levels.count == 1 {
                // The guard: `case [x] as y if y > 0:`.
                statement.inPattern = false
                levels[0].endTargets()
            }
        default:
            break
        }
        note(symbol, endsOperand: symbol == .keywordNone || symbol == .keywordTrue || symbol == .keywordFalse)
        atParameterStart = symbol == .keywordLambda
        index += 1
    }

    mutating func scanOperator(_ symbol: Symbol) {
        let level = levels.count - 1
        let wasAtParameterStart = atParameterStart
        switch symbol {
        case .openParenthesis, .openBracket, .openBrace:
            openBracket(symbol)
        case .closeParenthesis, .closeBracket, .closeBrace:
            closeBracket()
        case .comma:
            if levels[level].targetEnd == .commaOrColon { levels[level].endTargets() }
            if levels[level].role == .classBases { noteClassBase() }
        case .colon:
            scanColon()
        case .semicolon where level == 0:
            endStatement()
        case .equal, .augmentedAssign:
            if level == 0 {
                if case .token(let end) = levels[0].targetEnd, index == end { levels[0].endTargets() }
                if statement.expectsParameters == .typeAlias { statement.expectsParameters = nil }
            }
        default:
            break
        }
        note(symbol, endsOperand: symbol.isClosing)
        switch symbol {
        case .star, .doubleStar:
            atParameterStart = wasAtParameterStart
        case .openParenthesis, .openBracket, .comma:
            let depth = levels.count - 1
            atParameterStart = levels[depth].role == .parameters || lambdaLevels.last == depth
        default:
            break
        }
    }

    /// A `:` ends a `lambda`'s parameters, a compound statement's header, a `case`
    /// pattern, or an annotated assignment's target.
    mutating func scanColon() {
        let level = levels.count - 1
        if let last = lambdaLevels.last, last == level {
            lambdaLevels.removeLast()
            return
        }
        if levels[level].targetEnd == .commaOrColon { levels[level].endTargets() }
        guard level == 0 else { return }
        if case .token(let end) = levels[0].targetEnd, index == end { levels[0].endTargets() }
        if statement.header != nil { endHeader() }
    }
}
