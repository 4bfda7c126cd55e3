/// One open bracket (or the statement itself) and what a bare name directly inside it is.
struct BracketLevel {
    enum Role {
        case statement
        /// `f(...)`: `NAME=` is a keyword argument.
        case call
        /// `x[...]`
        case subscription
        /// A parenthesised expression, tuple, list, set, dict or f-string replacement field.
        case group
        /// `def f(...)`, and the type parameters of `def`, `class` and `type`.
        case parameters
        /// `class C(...)`: a call whose positional arguments may be base names.
        case classBases
    }

    /// Where the current target list ends.
    enum TargetEnd: Equatable {
        case none
        /// An assignment's last `=`, its augmented operator or annotation `:`.
        case token(Int)
        /// `for` targets end at `in`.
        case keywordIn
        /// `with ... as` and `except ... as` targets end at `,` or `:`.
        case commaOrColon
        /// `del` targets end with the statement.
        case statementEnd
    }

    var role: Role
    /// A bare name here is a target: assigned, deleted or bound by `for` or `as`.
    var bindsNames = false
    var targetEnd = TargetEnd.none
    /// A tuple or list opened inside a target list; its bare names are held back until
    /// it closes (see `FactScan.heldTargets`).
    var inheritsTargets = false
    /// For `inheritsTargets`: the first of its entries in `heldTargets`.
    var heldStart = 0
    /// For `classBases`: the first token of the current argument.
    var argumentStart = 0

    init(role: Role) {
        self.role = role
    }

    /// A bare name here is held back as a possible target rather than decided now.
    var holdsTargets: Bool { inheritsTargets && bindsNames && targetEnd == .none }

    mutating func bindTargets(until end: TargetEnd) {
        bindsNames = true
        targetEnd = end
    }

    mutating func endTargets() {
        bindsNames = false
        targetEnd = .none
    }
}

extension FactScan {
    /// Opens a bracket level. After an operand, `(` is a call and `[` a subscript;
    /// otherwise the bracket groups, and a tuple or list inside a target list is itself
    /// a target list (`a, (b, *c) = ...`, `for [x, y] in ...`).
    mutating func openBracket(_ symbol: Symbol) {
        let parent = levels[levels.count - 1]
        var role: BracketLevel.Role
        let owner = levels.count == 1 ? statement.expectsParameters : nil
        if owner != nil && symbol == .openBracket && previousSymbol == .identifier {
            role = .parameters
        } else if let owner, owner != .typeAlias, symbol == .openParenthesis,
                  previousSymbol == .identifier || previousSymbol == .closeBracket {
            role = owner == .class ? .classBases : .parameters
            statement.expectsParameters = nil
        } else if previousEndsOperand && symbol == .openParenthesis {
            role = .call
        } else if previousEndsOperand && symbol == .openBracket {
            role = .subscription
        } else {
            role = .group
        }
        var level = BracketLevel(role: role)
        if role == .group && parent.bindsNames {
            level.bindsNames = true
            level.inheritsTargets = true
            level.heldStart = heldTargets.count
        }
        level.argumentStart = index + 1
        levels.append(level)
    }

    mutating func closeBracket() {
        guard levels.count > 1 else { return }  // an unmatched closing bracket
        let closing = levels.removeLast()
        if closing.role == .classBases {
            levels.append(closing)
            noteClassBase()
            levels.removeLast()
        }
        while let last = lambdaLevels.last, last >= levels.count { lambdaLevels.removeLast() }
        guard closing.inheritsTargets else { return }
        let next = token(at: index + 1).symbol
        if next == .dot || next == .openParenthesis || next == .openBracket {
            // Not a target after all: `(a or b)[0] = ...`.
            facts.references.append(contentsOf: heldTargets[closing.heldStart...])
            referencesNeedSorting = true
            heldTargets.removeSubrange(closing.heldStart...)
        } else if !levels[levels.count - 1].inheritsTargets {
            heldTargets.removeSubrange(closing.heldStart...)
        }
    }

    /// A name that is not a hard keyword: the start of a dotted chain, unless it follows
    /// a `.` (an attribute of something else) or a `!` (an f-string conversion).
    mutating func scanName() {
        if previousSymbol == .dot || previousSymbol == .exclamation {
            index += 1
            note(.identifier, endsOperand: true)
            return
        }
        let first = index
        var last = index
        while token(at: last + 1).symbol == .dot && token(at: last + 2).kind == .name {
            last += 2
        }
        noteChainPrefixes(from: first, through: last)
        let next = token(at: last + 1)
        let excluded = isExcludedChain(single: last == first, next: next.symbol)
        if !excluded || levels[levels.count - 1].holdsTargets && !statement.inPattern && !statement.ignoresNames,
           shouldMakeChain(startingAt: code[first], held: excluded) {
            var parts: [String] = []
            parts.reserveCapacity((last - first) / 2 + 1)
            for position in stride(from: first, through: last, by: 2) { parts.append(text(code[position])) }
            let reference = ReferenceFact(parts: parts, offset: code[first].start, end: code[last].end)
            if excluded { heldTargets.append(reference) } else { facts.references.append(reference) }
        }
        index = last + 1
        note(.identifier, endsOperand: true)
    }

    /// SPEC §4 "Not references". A chain is excluded only when it is a single bare name
    /// (not followed by `.`, `[` or `(`), except in `global`/`nonlocal` statements.
    mutating func isExcludedChain(single: Bool, next: Symbol) -> Bool {
        if statement.ignoresNames { return true }
        // Pattern captures, `Point(x=v)` keyword names included; `Color.RED` and the
        // class of a class pattern are references.
        if statement.inPattern { return single && next != .openParenthesis }
        guard single && next != .openParenthesis && next != .openBracket && next != .dot else { return false }
        let depth = levels.count - 1
        let level = levels[depth]
        if level.bindsNames || next == .walrus { return true }
        switch level.role {
        case .call, .classBases:
            if next == .equal { return true }  // keyword argument
        case .parameters:
            if atParameterStart { return true }
        case .statement, .subscription, .group:
            break
        }
        return atParameterStart && lambdaLevels.last == depth
    }
}
