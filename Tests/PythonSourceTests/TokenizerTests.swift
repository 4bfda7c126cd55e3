import PythonSource
import XCTest

/// One test per construct: a line of Python, the tokens we expect, written by hand and
/// checked against CPython (3.11 `tokenize` for token boundaries, 3.12 for f-string
/// splitting and errors). See `TokenRendering` for how a token line reads.
final class TokenizerTests: XCTestCase {
    // MARK: NEWLINE and NL

    func testNewlineEndsALogicalLineAndNLEndsOtherLines() {
        assertTokens("x = 1\n", "NAME:x OP:= NUMBER:1 NEWLINE")
        assertTokens("x  # c\n", "NAME:x COMMENT:# c NEWLINE")
        // Blank, whitespace-only and comment-only lines end with NL.
        assertTokens("\nx\n", "NL NAME:x NEWLINE")
        assertTokens("x\n\n  \ny\n", "NAME:x NEWLINE NL NL NAME:y NEWLINE")
        assertTokens("# c\nx\n", "COMMENT:# c NL NAME:x NEWLINE")
    }

    func testImplicitLineJoiningInBracketsEndsLinesWithNL() {
        assertTokens("f(a,\n  b)\n", "NAME:f OP:( NAME:a OP:, NL NAME:b OP:) NEWLINE")
        assertTokens("x = [\n  1,\n]\n", "NAME:x OP:= OP:[ NL NUMBER:1 OP:, NL OP:] NEWLINE")
        assertTokens("d = {\n'a': 1}\n", "NAME:d OP:= OP:{ NL STRING:'a' OP:: NUMBER:1 OP:} NEWLINE")
        assertTokens("(\n# c\n)\n", "OP:( NL COMMENT:# c NL OP:) NEWLINE")
        // Indentation inside brackets is not indentation.
        assertTokens("def f(\n        a,\n):\n    pass\n", "NAME:def NAME:f OP:( NL NAME:a OP:, NL OP:) OP:: NEWLINE INDENT NAME:pass NEWLINE DEDENT")
    }

    func testBackslashContinuationEmitsNoLineEnd() {
        assertTokens("x = 1 + \\\n    2\n", "NAME:x OP:= NUMBER:1 OP:+ NUMBER:2 NEWLINE")
        assertTokens("\\\nx\n", "NAME:x NEWLINE")
        // The continued line's indentation is not indentation.
        assertTokens("if a:\n    x = 1 + \\\n2\n    y\n",
                     "NAME:if NAME:a OP:: NEWLINE INDENT NAME:x OP:= NUMBER:1 OP:+ NUMBER:2 NEWLINE NAME:y NEWLINE DEDENT")
    }

    // MARK: INDENT and DEDENT

    func testIndentAndDedentInNestedBlocks() {
        assertTokens("if x:\n    y\nz\n", "NAME:if NAME:x OP:: NEWLINE INDENT NAME:y NEWLINE DEDENT NAME:z NEWLINE")
        // One line can close several blocks.
        assertTokens("if a:\n if b:\n  c\nd\n",
                     "NAME:if NAME:a OP:: NEWLINE INDENT NAME:if NAME:b OP:: NEWLINE INDENT NAME:c NEWLINE DEDENT DEDENT NAME:d NEWLINE")
        assertTokens("if a:\n\tif b:\n\t\tc\n\td\ne\n",
                     "NAME:if NAME:a OP:: NEWLINE INDENT NAME:if NAME:b OP:: NEWLINE INDENT NAME:c NEWLINE DEDENT NAME:d NEWLINE DEDENT NAME:e NEWLINE")
    }

    func testOpenBlocksCloseAtEndOfInput() {
        assertTokens("if a:\n  if b:\n    c\n", "NAME:if NAME:a OP:: NEWLINE INDENT NAME:if NAME:b OP:: NEWLINE INDENT NAME:c NEWLINE DEDENT DEDENT")
        assertTokens("if a:\n  b", "NAME:if NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE:'' DEDENT")
    }

    func testCommentAndBlankLinesDoNotAffectIndentation() {
        assertTokens("if x:\n    # c\n    pass\n", "NAME:if NAME:x OP:: NEWLINE COMMENT:# c NL INDENT NAME:pass NEWLINE DEDENT")
        assertTokens("if a:\n    b\n# c\n        # d\n    e\n",
                     "NAME:if NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE COMMENT:# c NL COMMENT:# d NL NAME:e NEWLINE DEDENT")
        assertTokens("if a:\n    b\n\n    \n  # c\n    d\n",
                     "NAME:if NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE NL NL COMMENT:# c NL NAME:d NEWLINE DEDENT")
    }

    func testIndentCoversTheIndentationAndDedentIsEmptyAtTheNextToken() {
        assertRanges("if a:\n  b\nc\n",
                     "NAME:if@0..<2 NAME:a@3..<4 OP::@4..<5 NEWLINE@5..<6 INDENT@6..<8 NAME:b@8..<9 NEWLINE@9..<10 "
                         + "DEDENT@10..<10 NAME:c@10..<11 NEWLINE@11..<12 ENDMARKER@12..<12")
    }

    func testTabsAdvanceToTheNextMultipleOfEight() {
        // Two spaces and a tab reach column 8 on both lines.
        assertTokens("if a:\n  \tb\n  \tc\n", "NAME:if NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE NAME:c NEWLINE DEDENT")
        // Seven spaces are less than one tab (8), and match no outer level.
        XCTAssertEqual(TokenRendering.error("if a:\n\tb\n       c\n"), "3:8 unindent does not match any outer indentation level")
    }

    func testFormFeedResetsTheColumn() {
        assertTokens("\u{0C}x = 1\n", "NAME:x OP:= NUMBER:1 NEWLINE")
        assertTokens("if a:\n    b\n  \u{0C}    c\n", "NAME:if NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE NAME:c NEWLINE DEDENT")
        assertTokens("if a:\n    b\n\u{0C}c\n", "NAME:if NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE DEDENT NAME:c NEWLINE")
    }

    /// The tokens before this error are in `TokenizerErrorBoundaryTests`.
    func testDedentToNoOuterLevelIsAnError() {
        XCTAssertEqual(TokenRendering.error("if a:\n    b\n  c\n"), "3:3 unindent does not match any outer indentation level")
        XCTAssertEqual(TokenRendering.error("if a:\n if b:\n    c\n  d\n"), "4:3 unindent does not match any outer indentation level")
    }

    func testTabsAndSpacesThatDisagreeAreAnError() {
        // A tab and eight spaces are both column 8, but not with a tab size of 1.
        // Tokens go on as CPython 3.11 gives them; the error is CPython 3.12's TabError.
        assertTokens("if a:\n\tb\n        c\n", "NAME:if NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE NAME:c NEWLINE DEDENT",
                     error: "3:9 inconsistent use of tabs and spaces in indentation")
        assertTokens("if a:\n    b\n\tc\n", "NAME:if NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE INDENT NAME:c NEWLINE DEDENT DEDENT",
                     error: "3:2 inconsistent use of tabs and spaces in indentation")
    }

    // MARK: Comments

    func testComments() {
        assertTokens("#\n", "COMMENT:# NL")
        assertTokens("#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n", "COMMENT:#!/usr/bin/env python NL COMMENT:# -*- coding: utf-8 -*- NL")
        assertTokens("x = '#not a comment'  # comment\n", "NAME:x OP:= STRING:'#not a comment' COMMENT:# comment NEWLINE")
    }

    // MARK: String literals

    func testStringPrefixesInEveryCaseAndOrder() {
        assertTokens("r'x' R\"x\" b'x' B\"x\" u'x' U\"x\"\n", "STRING:r'x' STRING:R\"x\" STRING:b'x' STRING:B\"x\" STRING:u'x' STRING:U\"x\" NEWLINE")
        assertTokens("rb'x' rB'x' Rb'x' RB'x' br'x' bR'x' Br'x' BR'x'\n",
                     "STRING:rb'x' STRING:rB'x' STRING:Rb'x' STRING:RB'x' STRING:br'x' STRING:bR'x' STRING:Br'x' STRING:BR'x' NEWLINE")
    }

    func testFStringPrefixesInEveryCaseAndOrder() {
        assertTokens("f'x' F'x'\n", "FSTRING_START:f' FSTRING_MIDDLE:x FSTRING_END:' FSTRING_START:F' FSTRING_MIDDLE:x FSTRING_END:' NEWLINE")
        for prefix in ["fr", "fR", "Fr", "FR", "rf", "rF", "Rf", "RF"] {
            assertTokens("\(prefix)\"x\"\n", "FSTRING_START:\(prefix)\" FSTRING_MIDDLE:x FSTRING_END:\" NEWLINE")
        }
    }

    func testOtherLetterPairsAreNamesBeforeAString() {
        assertTokens("ur\"x\" bu'x' fb'x' rr'x' ub'x' bf'x'\n",
                     "NAME:ur STRING:\"x\" NAME:bu STRING:'x' NAME:fb STRING:'x' NAME:rr STRING:'x' NAME:ub STRING:'x' NAME:bf STRING:'x' NEWLINE")
        assertTokens("print'x'\n", "NAME:print STRING:'x' NEWLINE")
        assertTokens("rb = f\n", "NAME:rb OP:= NAME:f NEWLINE")
    }

    func testEscapedQuotesDoNotEndAString() {
        assertTokens("'it\\'s' \"say \\\"hi\\\"\" '\\\\'\n", "STRING:'it\\'s' STRING:\"say \\\"hi\\\"\" STRING:'\\\\' NEWLINE")
        assertTokens("r'\\'' r'\\\\'\n", "STRING:r'\\'' STRING:r'\\\\' NEWLINE")
    }

    func testTripleQuotedStrings() {
        assertTokens("'''a'b''c''' \"\"\"x\"\"\"\n", "STRING:'''a'b''c''' STRING:\"\"\"x\"\"\" NEWLINE")
        assertTokens("x = '''\n\\'''\n'''\n", "NAME:x OP:= STRING:'''⏎\\'''⏎''' NEWLINE")
    }

    func testBackslashNewlineContinuesASingleQuotedString() {
        assertTokens("'a\\\nb'\n", "STRING:'a\\⏎b' NEWLINE")
        assertTokens("'a\\\r\nb'\r\n", "STRING:'a\\␍⏎b' NEWLINE:␍⏎")
    }

    // MARK: F-strings

    func testFStringSplitsAroundReplacementFields() {
        assertTokens("f'a{x}b'\n", "FSTRING_START:f' FSTRING_MIDDLE:a OP:{ NAME:x OP:} FSTRING_MIDDLE:b FSTRING_END:' NEWLINE")
        assertTokens("f'{x}{y}' f''\n", "FSTRING_START:f' OP:{ NAME:x OP:} OP:{ NAME:y OP:} FSTRING_END:' FSTRING_START:f' FSTRING_END:' NEWLINE")
    }

    func testFormatSpecsAreLiteralWithNestedFields() {
        assertTokens("f\"{x:>{w}.{p}f}\"\n",
                     "FSTRING_START:f\" OP:{ NAME:x OP:: FSTRING_MIDDLE:> OP:{ NAME:w OP:} FSTRING_MIDDLE:. OP:{ NAME:p OP:} FSTRING_MIDDLE:f OP:} FSTRING_END:\" NEWLINE")
        assertTokens("f'{x:%H:%M}'\n", "FSTRING_START:f' OP:{ NAME:x OP:: FSTRING_MIDDLE:%H:%M OP:} FSTRING_END:' NEWLINE")
        // At a field's top level `:=` is a spec starting with `=`; in parentheses it is an operator.
        assertTokens("f'{x:=5}'\n", "FSTRING_START:f' OP:{ NAME:x OP:: FSTRING_MIDDLE:=5 OP:} FSTRING_END:' NEWLINE")
        assertTokens("f'{(y:=1)}'\n", "FSTRING_START:f' OP:{ OP:( NAME:y OP::= NUMBER:1 OP:) OP:} FSTRING_END:' NEWLINE")
        // Other colons inside brackets do not start a spec either.
        assertTokens("f'{d[1:2]}'\n", "FSTRING_START:f' OP:{ NAME:d OP:[ NUMBER:1 OP:: NUMBER:2 OP:] OP:} FSTRING_END:' NEWLINE")
        assertTokens("f'{(lambda x: x)(1)}'\n",
                     "FSTRING_START:f' OP:{ OP:( NAME:lambda NAME:x OP:: NAME:x OP:) OP:( NUMBER:1 OP:) OP:} FSTRING_END:' NEWLINE")
    }

    func testConversionsAndSelfDocumentingEquals() {
        assertTokens("f'{x!r}'\n", "FSTRING_START:f' OP:{ NAME:x OP:! NAME:r OP:} FSTRING_END:' NEWLINE")
        assertTokens("f'{x!r:>10}'\n", "FSTRING_START:f' OP:{ NAME:x OP:! NAME:r OP:: FSTRING_MIDDLE:>10 OP:} FSTRING_END:' NEWLINE")
        assertTokens("f'{x=}'\n", "FSTRING_START:f' OP:{ NAME:x OP:= OP:} FSTRING_END:' NEWLINE")
        assertTokens("f'{x = !r}'\n", "FSTRING_START:f' OP:{ NAME:x OP:= OP:! NAME:r OP:} FSTRING_END:' NEWLINE")
        assertTokens("f'{a!=b}'\n", "FSTRING_START:f' OP:{ NAME:a OP:!= NAME:b OP:} FSTRING_END:' NEWLINE")
    }

    /// By design a FSTRING_MIDDLE is the literal's source text and never empty; CPython 3.12
    /// unescapes `{{` (splitting the middle there) and emits empty middles, as for `{x:}`.
    func testMiddlesAreSourceTextAndNeverEmpty() {
        assertTokens("f'{{a}}'\n", "FSTRING_START:f' FSTRING_MIDDLE:{{a}} FSTRING_END:' NEWLINE")
        assertTokens("f'{x}}}'\n", "FSTRING_START:f' OP:{ NAME:x OP:} FSTRING_MIDDLE:}} FSTRING_END:' NEWLINE")
        assertTokens("f'{x:}'\n", "FSTRING_START:f' OP:{ NAME:x OP:: OP:} FSTRING_END:' NEWLINE")
    }

    func testFieldsMayReuseTheQuoteAndNestFStrings() {
        assertTokens("f'{d['k']}'\n", "FSTRING_START:f' OP:{ NAME:d OP:[ STRING:'k' OP:] OP:} FSTRING_END:' NEWLINE")
        assertTokens(#"f"{d["k"]}""# + "\n", #"FSTRING_START:f" OP:{ NAME:d OP:[ STRING:"k" OP:] OP:} FSTRING_END:" NEWLINE"#)
        assertTokens("f'{f'{x}'}'\n", "FSTRING_START:f' OP:{ FSTRING_START:f' OP:{ NAME:x OP:} FSTRING_END:' OP:} FSTRING_END:' NEWLINE")
        assertTokens("f'{x:{y:{z}}}'\n", "FSTRING_START:f' OP:{ NAME:x OP:: OP:{ NAME:y OP:: OP:{ NAME:z OP:} OP:} OP:} FSTRING_END:' NEWLINE")
    }

    func testBackslashesInFieldsAndLiterals() {
        assertTokens("f'{\"\\n\".join(a)}'\n", "FSTRING_START:f' OP:{ STRING:\"\\n\" OP:. NAME:join OP:( NAME:a OP:) OP:} FSTRING_END:' NEWLINE")
        assertTokens("f'\\''\n", "FSTRING_START:f' FSTRING_MIDDLE:\\' FSTRING_END:' NEWLINE")
        assertTokens("f'\\{x}'\n", "FSTRING_START:f' FSTRING_MIDDLE:\\ OP:{ NAME:x OP:} FSTRING_END:' NEWLINE")
    }

    func testNamedEscapeIsLiteralUnlessRaw() {
        assertTokens("f'\\N{BULLET}{x}'\n", "FSTRING_START:f' FSTRING_MIDDLE:\\N{BULLET} OP:{ NAME:x OP:} FSTRING_END:' NEWLINE")
        assertTokens("rf'\\N{x}'\n", "FSTRING_START:rf' FSTRING_MIDDLE:\\N OP:{ NAME:x OP:} FSTRING_END:' NEWLINE")
    }

    func testMultiLineTripleQuotedFStrings() {
        assertTokens("f'''a\n{x}\nb'''\n", "FSTRING_START:f''' FSTRING_MIDDLE:a⏎ OP:{ NAME:x OP:} FSTRING_MIDDLE:⏎b FSTRING_END:''' NEWLINE")
        assertTokens("f'''{\nx\n:>10}'''\n", "FSTRING_START:f''' OP:{ NL NAME:x NL OP:: FSTRING_MIDDLE:>10 OP:} FSTRING_END:''' NEWLINE")
        // Fields of triple-quoted f-strings may hold comments.
        assertTokens("f'''{x # comment\n}'''\n", "FSTRING_START:f''' OP:{ NAME:x COMMENT:# comment NL OP:} FSTRING_END:''' NEWLINE")
    }

    // MARK: Numbers

    func testNumbers() {
        assertTokens("0x1F 0XdEaD_bEeF 0o17 0O7 0b101 0B1_0\n",
                     "NUMBER:0x1F NUMBER:0XdEaD_bEeF NUMBER:0o17 NUMBER:0O7 NUMBER:0b101 NUMBER:0B1_0 NEWLINE")
        assertTokens("1_000_000 0 00 0_0 123\n", "NUMBER:1_000_000 NUMBER:0 NUMBER:00 NUMBER:0_0 NUMBER:123 NEWLINE")
        assertTokens("1if x else 2\n", "NUMBER:1 NAME:if NAME:x NAME:else NUMBER:2 NEWLINE")
        // Floats, exponents and imaginary numbers.
        assertTokens("1e10 1E-5 2.5e+3 1.e5 0e0\n", "NUMBER:1e10 NUMBER:1E-5 NUMBER:2.5e+3 NUMBER:1.e5 NUMBER:0e0 NEWLINE")
        assertTokens("3j 3.5J 1e5j .5j\n", "NUMBER:3j NUMBER:3.5J NUMBER:1e5j NUMBER:.5j NEWLINE")
        assertTokens(".5 5. 1_000.000_1e1_0j\n", "NUMBER:.5 NUMBER:5. NUMBER:1_000.000_1e1_0j NEWLINE")
        assertTokens("1..real\n", "NUMBER:1. OP:. NAME:real NEWLINE")
    }

    // MARK: Operators and delimiters

    func testEveryOperatorAndDelimiter() {
        let operators = "( ) [ ] { } : , ; . ... + - * / // % ** @ << >> & | ^ ~ < > <= >= == != = -> :="
        assertTokens(operators + "\n", operators.split(separator: " ").map { "OP:\($0)" }.joined(separator: " ") + " NEWLINE")
        assertTokens("+= -= *= /= //= %= **= @= &= |= ^= <<= >>=\n",
                     "OP:+= OP:-= OP:*= OP:/= OP://= OP:%= OP:**= OP:@= OP:&= OP:|= OP:^= OP:<<= OP:>>= NEWLINE")
    }

    func testTheLongestOperatorWins() {
        assertTokens("a**=b//=c>>=d<<=e@=f\n", "NAME:a OP:**= NAME:b OP://= NAME:c OP:>>= NAME:d OP:<<= NAME:e OP:@= NAME:f NEWLINE")
        assertTokens("a<=b>=c|=d^=e&=f%=g\n", "NAME:a OP:<= NAME:b OP:>= NAME:c OP:|= NAME:d OP:^= NAME:e OP:&= NAME:f OP:%= NAME:g NEWLINE")
        assertTokens("a:=b->c\n", "NAME:a OP::= NAME:b OP:-> NAME:c NEWLINE")
        assertTokens("x=-1==~y!=z\n", "NAME:x OP:= OP:- NUMBER:1 OP:== OP:~ NAME:y OP:!= NAME:z NEWLINE")
        assertTokens(".. ....\n", "OP:. OP:. OP:... OP:. NEWLINE")
    }

    // MARK: Names

    func testNonASCIIIdentifiers() {
        assertTokens("café = 变量\n", "NAME:café OP:= NAME:变量 NEWLINE")
        // Any non-ASCII character continues a name, as in CPython 3.12 (3.11's `tokenize` splits
        // off `€` as an ERRORTOKEN); whether it is an identifier is checked later.
        assertTokens("x€y = 1\n", "NAME:x€y OP:= NUMBER:1 NEWLINE")
    }

    // MARK: Line ends

    func testCRLFLineEnds() {
        assertRanges("x = 1\r\ny\r\n", "NAME:x@0..<1 OP:=@2..<3 NUMBER:1@4..<5 NEWLINE:␍⏎@5..<7 NAME:y@7..<8 NEWLINE:␍⏎@8..<10 ENDMARKER@10..<10")
        assertTokens("\r\n# c\r\nx = \\\r\n1\r\n", "NL:␍⏎ COMMENT:# c NL:␍⏎ NAME:x OP:= NUMBER:1 NEWLINE:␍⏎")
        assertCPythonView("x = 1\r\ny\r\n",
                          "NAME:x@1:0-1:1 OP:=@1:2-1:3 NUMBER:1@1:4-1:5 NEWLINE@1:5-1:6 NAME:y@2:0-2:1 NEWLINE@2:1-2:2 ENDMARKER@3:0-3:0")
    }

    func testLoneCRLineEnds() {
        assertRanges("x\ry\r", "NAME:x@0..<1 NEWLINE:␍@1..<2 NAME:y@2..<3 NEWLINE:␍@3..<4 ENDMARKER@4..<4")
        assertCPythonView("x\ry\r", "NAME:x@1:0-1:1 NEWLINE@1:1-1:2 NAME:y@2:0-2:1 NEWLINE@2:1-2:2 ENDMARKER@3:0-3:0")
        assertCPythonView("'''a\r\nb'''\r\n", "STRING:'''a⏎b'''@1:0-2:4 NEWLINE@2:4-2:5 ENDMARKER@3:0-3:0")
    }

    // MARK: End of input

    func testLastLineWithoutLineEndAndEmptyFile() {
        assertTokens("x = 1", "NAME:x OP:= NUMBER:1 NEWLINE:''")
        assertTokens("x = 1  # c", "NAME:x OP:= NUMBER:1 COMMENT:# c NEWLINE:''")
        assertTokens("# c", "COMMENT:# c NL:''")
        assertTokens("if a:\n    b\n    ", "NAME:if NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE DEDENT")
        assertTokens("", "")
        XCTAssertEqual(Tokenizer.tokenize(utf8: []).tokens, [Token(kind: .endMarker, start: 0, end: 0)])
        assertCPythonView("", "ENDMARKER@1:0-1:0")
    }

    func testEndOfInputInTheCPythonView() {
        assertCPythonView("x = 1", "NAME:x@1:0-1:1 OP:=@1:2-1:3 NUMBER:1@1:4-1:5 NEWLINE:''@1:5-1:6 ENDMARKER@2:0-2:0")
        assertCPythonView("# c", "COMMENT:# c@1:0-1:3 NL:''@1:3-1:3 ENDMARKER@2:0-2:0")
        assertCPythonView("if a:\n  b", "NAME:if@1:0-1:2 NAME:a@1:3-1:4 OP::@1:4-1:5 NEWLINE@1:5-1:6 INDENT@2:0-2:2 "
                              + "NAME:b@2:2-2:3 NEWLINE:''@2:3-2:4 DEDENT@3:0-3:0 ENDMARKER@3:0-3:0")
    }

    // MARK: Not errors

    func testStrayCharactersAndUnmatchedClosersAreNotErrors() {
        assertTokens("a$b?c`d`\n", "NAME:a ERRORTOKEN:$ NAME:b ERRORTOKEN:? NAME:c ERRORTOKEN:` NAME:d ERRORTOKEN:` NEWLINE")
        assertTokens("x)\n", "NAME:x OP:) NEWLINE")
        assertTokens("x = (]\n", "NAME:x OP:= OP:( OP:] NEWLINE")
    }

    // MARK: CPython view

    func testCPythonViewCountsCodePointsAndJoinsFStrings() {
        assertCPythonView("café = '€'; x = 1\n", "NAME:café@1:0-1:4 OP:=@1:5-1:6 STRING:'€'@1:7-1:10 OP:;@1:10-1:11 "
                              + "NAME:x@1:12-1:13 OP:=@1:14-1:15 NUMBER:1@1:16-1:17 NEWLINE@1:17-1:18 ENDMARKER@2:0-2:0")
        // An f-string is one STRING there, as in CPython 3.11.
        assertCPythonView("s = '变量' + f'{x}€'\n", "NAME:s@1:0-1:1 OP:=@1:2-1:3 STRING:'变量'@1:4-1:8 OP:+@1:9-1:10 "
                              + "STRING:f'{x}€'@1:11-1:18 NEWLINE@1:18-1:19 ENDMARKER@2:0-2:0")
        assertCPythonView("f'''a\n{x}\nb''' + 1\n", "STRING:f'''a⏎{x}⏎b'''@1:0-3:4 OP:+@3:5-3:6 NUMBER:1@3:7-3:8 NEWLINE@3:8-3:9 ENDMARKER@4:0-4:0")
    }
}

/// What the tokenizer has produced, and where it stops, when an error ends lexing.
final class TokenizerErrorBoundaryTests: XCTestCase {
    /// CPython 3.11 and 3.12 raise before yielding any DEDENT for the line.
    func testInconsistentDedentYieldsNoDedentBeforeTheError() {
        assertTokens("if a:\n    b\n  c\n", "NAME:if NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE",
                     error: "3:3 unindent does not match any outer indentation level")
        assertTokens("if a:\n if b:\n    c\n  d\n", "NAME:if NAME:a OP:: NEWLINE INDENT NAME:if NAME:b OP:: NEWLINE INDENT NAME:c NEWLINE",
                     error: "4:3 unindent does not match any outer indentation level")
    }

    /// A triple-quoted f-string closed inside an open field: CPython 3.12 reports the
    /// error on the line of the closing quotes, (1, 7) and (2, 2).
    func testUnclosedFieldErrorIsOnTheLineOfTheClosingQuotes() {
        XCTAssertEqual(TokenRendering.errorLine("f'''{x'''\ny = 1\n"), "line 1: f-string: expecting '}'")
        XCTAssertEqual(TokenRendering.errorLine("x = f'''{a}\n{b'''\n"), "line 2: f-string: expecting '}'")
    }
}
