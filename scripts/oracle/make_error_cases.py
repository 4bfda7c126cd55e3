#!/usr/bin/env python3
"""Error-class corpus for the tokenizer, with CPython 3.12's verdict on each case.

Run with `PYENV_VERSION=3.12.1 python3.12 scripts/oracle/make_error_cases.py`.

Each case is a (possibly broken) Python source. For each one we record what
`tokenize.generate_tokens(io.StringIO(src, newline=None).readline)` does: whether it raises and,
if so, the exception type, message, line and column. `line`/`col` are CPython's
SyntaxError `lineno`/`offset` as given (TokenError carries the same pair): usually
1-based, 0 where CPython gives none (EOF, NUL bytes). The StringIO reads with
universal newlines, as `tokenize.open` reads files: "\r\n" and a lone "\r" end lines.
We record; we never judge. Output: one JSON object per line (name, source_b64,
raises, exception, line, col, message, and a readable `source` truncated to 120
characters), sorted by name, deterministic.

Written to Tests/PythonSourceTests/Fixtures/error-cases.json.
"""

import base64
import io
import json
import pathlib
import sys
import tokenize
import warnings

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "PythonSourceTests" / "Fixtures" / "error-cases.json"

CASES = {}


def case(name, source):
    if name in CASES:
        raise SystemExit(f"duplicate case name {name!r}")
    CASES[name] = source


def with_line_ends(name, source):
    """The case as written (LF), and with CRLF and lone-CR line ends."""
    case(name, source)
    if "\n" in source:
        case(name + "/crlf", source.replace("\n", "\r\n"))
        case(name + "/cr", source.replace("\n", "\r"))


# --- empty input and the final line -----------------------------------------
def final_lines():
    for name, src in [
        ("empty", ""),
        ("newline-only", "\n"),
        ("blank-lines", "\n\n\n"),
        ("code-no-newline", "x = 1"),
        ("code-newline", "x = 1\n"),
        ("comment-no-newline", "# comment"),
        ("comment-newline", "# comment\n"),
        ("code-then-comment-no-newline", "x = 1\n# comment"),
        ("spaces-only-no-newline", "   "),
        ("spaces-only-line", "   \n"),
        ("tab-only-no-newline", "\t"),
        ("formfeed-only", "\f"),
        ("code-then-spaces-no-newline", "x = 1\n    "),
        ("indented-last-line-no-newline", "if x:\n    y = 1"),
        ("indented-comment-no-newline", "if x:\n    y = 1\n    # c"),
        ("block-then-dedent-no-newline", "if x:\n    y = 1\nz"),
        ("string-no-newline", "'abc'"),
        ("triple-string-no-newline", "'''abc'''"),
    ]:
        with_line_ends("final/" + name, src)


# --- strings ----------------------------------------------------------------
STRING_PREFIXES = ["", "r", "R", "b", "B", "u", "U", "rb", "Rb", "bR", "BR", "rB", "br",
                   "f", "F", "rf", "fR", "Rf", "FR", "fr"]


def strings():
    for prefix in STRING_PREFIXES:
        p = prefix or "none"
        for qname, q in [("single", "'"), ("double", '"')]:
            case(f"string/{qname}/{p}/unterminated-eol", f"x = {prefix}{q}abc\ny = 1\n")
            case(f"string/{qname}/{p}/unterminated-eof", f"x = {prefix}{q}abc")
            case(f"string/{qname}/{p}/ok", f"x = {prefix}{q}abc{q}\n")
        for qname, q in [("triple-single", "'''"), ("triple-double", '"""')]:
            case(f"string/{qname}/{p}/unterminated-eof", f"x = {prefix}{q}abc\ndef\n")
            case(f"string/{qname}/{p}/ok", f"x = {prefix}{q}abc\ndef{q}\n")
    # Escapes and odd shapes.
    with_line_ends("string/escaped-quote-unterminated", "x = 'abc\\'\ny = 1\n")
    case("string/escaped-backslash-ok", "x = 'abc\\\\'\n")
    case("string/raw-escaped-quote-unterminated", "x = r'abc\\'\n")
    case("string/raw-escaped-quote-ok", "x = r'abc\\''\n")
    with_line_ends("string/backslash-newline-continues-ok", "x = 'abc\\\ndef'\n")
    case("string/backslash-newline-then-eof", "x = 'abc\\\n")
    case("string/backslash-eof", "x = 'abc\\")
    case("string/empty-ok", "x = ''\n")
    case("string/empty-triple-ok", "x = ''''''\n")
    case("string/four-quotes-unterminated", "x = ''''\n")
    case("string/five-quotes-unterminated", "x = '''''\n")
    case("string/mixed-quotes-unterminated", "x = 'abc\"\n")
    case("string/second-line-unterminated", "x = 1\ny = 'abc\nz = 2\n")
    case("string/unterminated-then-valid", "x = 'abc\ny = 'def'\n")
    case("string/unterminated-in-brackets", "f(\n  'abc\n)\n")
    case("string/non-ascii-before-unterminated", "é = 'abc\n")
    case("string/non-ascii-inside-unterminated", "x = 'é€abc\n")
    case("string/invalid-prefix-ok", "x = ub'abc'\n")
    case("string/invalid-prefix-unterminated", "x = ub'abc\n")
    case("string/bytes-non-ascii-ok", "x = b'é'\n")
    for name, src in [
        ("eof-first-line", "'''abc"),
        ("eof-after-lines", "x = 1\ny = '''abc\ndef\nghi\n"),
        ("eof-after-blank-lines", "x = '''\n\n\n"),
        ("eof-escaped-close", "x = '''abc\\'''\n"),
        ("eof-partial-close", "x = '''abc''\n"),
        ("eof-wrong-close", "x = '''abc\"\"\"\n"),
        ("eof-in-brackets", "f(\n  '''abc\n"),
        ("eof-docstring", "def f():\n    \"\"\"doc\n    more\n"),
        ("closed-docstring-ok", "def f():\n    \"\"\"doc\n    more\n    \"\"\"\n"),
    ]:
        with_line_ends("triple/" + name, src)


# --- f-strings --------------------------------------------------------------
def fstrings():
    items = [
        ("open-brace", "f'{'\n"),
        ("open-brace-eof", "f'{"),
        ("name-no-close", "f'{x'\n"),
        ("name-no-close-eof", "f'{x"),
        ("conversion-no-close", "f'{x!r'\n"),
        ("bang-no-close", "f'{x!'\n"),
        ("colon-no-close", "f'{x:'\n"),
        ("spec-no-close", "f'{x:>10'\n"),
        ("equals-no-close", "f'{x='\n"),
        ("single-close-brace", "f'}'\n"),
        ("single-close-brace-after-text", "f'abc}def'\n"),
        ("close-after-field", "f'{x}}'\n"),
        ("double-open-ok", "f'{{'\n"),
        ("double-close-ok", "f'}}'\n"),
        ("double-both-ok", "f'{{}}'\n"),
        ("double-open-then-field-ok", "f'{{{x}'\n"),
        ("double-open-then-close", "f'{{x}'\n"),
        ("triple-close-after-field-ok", "f'{x}}}'\n"),
        ("empty-field", "f'{}'\n"),
        ("space-field", "f'{ }'\n"),
        ("field-ok", "f'{x}'\n"),
        ("conversion-ok", "f'{x!r}'\n"),
        ("conversion-spec-ok", "f'{x!r:>10}'\n"),
        ("bad-conversion", "f'{x!z}'\n"),
        ("debug-ok", "f'{x=}'\n"),
        ("debug-conversion-ok", "f'{x=!r:^20}'\n"),
        ("walrus-paren-ok", "f'{(x:=5)}'\n"),
        ("walrus-bare", "f'{x:=5}'\n"),
        ("nested-spec-ok", "f'{x:{y}}'\n"),
        ("nested-spec-2-ok", "f'{x:{y:{z}}}'\n"),
        ("nested-spec-3", "f'{x:{y:{z:{w}}}}'\n"),
        ("nested-spec-3-empty-spec-ok", "f'{x:{y:{z:}}}'\n"),
        ("nested-spec-3-conversion-ok", "f'{x:{y:{z!r}}}'\n"),
        ("nested-spec-3-sibling", "f'{x:{y:{z}{w:{v}}}}'\n"),
        ("nested-spec-3-via-inner-fstring-ok", "f'{x:{f\"{y:{z:{w}}}\"}}'\n"),
        ("nested-spec-unclosed", "f'{x:{y}'\n"),
        ("nested-spec-unclosed-inner", "f'{x:{y'\n"),
        ("spec-close-brace", "f'{x:}}'\n"),
        ("spec-double-brace", "f'{x:{{}}}'\n"),
        ("spec-with-bang-ok", "f'{x:!<10}'\n"),
        ("n-escape-ok", "f'\\N{EM DASH}'\n"),
        ("n-escape-lower-ok", "f'\\N{em dash} {x}'\n"),
        ("n-escape-unclosed", "f'\\N{EM DASH'\n"),
        ("n-escape-raw-is-field", "rf'\\N{x}'\n"),
        ("n-escape-raw-unclosed", "rf'\\N{x'\n"),
        ("n-escape-in-spec", "f'{x:\\N{EM DASH}}'\n"),
        ("n-escape-bytes-ok", "b'\\N{x'\n"),
        ("n-escape-plain-ok", "'\\N{x'\n"),
        ("backslash-brace", "f'\\{x}'\n"),
        ("backslash-double-brace-ok", "f'\\{{x}}'\n"),
        ("newline-in-field-single", "f'{\nx}'\n"),
        ("newline-in-field-double", 'f"{x\n}"\n'),
        ("newline-in-field-triple-ok", "f'''{\nx\n}'''\n"),
        ("newline-in-text-single", "f'abc\ndef'\n"),
        ("newline-in-spec-single", "f'{x:\n}'\n"),
        ("newline-in-spec-triple", "f'''{x:\n}'''\n"),
        ("newline-in-spec-text-single", "f'{x:abc\ndef}'\n"),
        ("newline-in-spec-no-close", "f'{x:abc\n'\n"),
        ("newline-in-spec-after-conversion", "f'{x!r:\n}'\n"),
        ("comment-in-field-single", "f'{x # c}'\n"),
        ("comment-in-field-single-newline", "f'{x # c\n}'\n"),
        ("comment-in-field-triple-ok", "f'''{x # c\n}'''\n"),
        ("comment-in-field-triple-unclosed", "f'''{x # c}'''\n"),
        ("hash-in-string-in-field-ok", "f'{\"#\"}'\n"),
        ("quote-reuse-ok", 'f"{d["k"]}"\n'),
        ("quote-reuse-single-ok", "f'{d['k']}'\n"),
        ("quote-reuse-unterminated-inner", 'f"{d["k]}"\n'),
        ("nested-fstring-ok", 'f"{f"{x}"}"\n'),
        ("nested-fstring-unclosed-inner", 'f"{f"{x}}"\n'),
        ("nested-fstring-triple-ok", "f'''{f'{x}'}'''\n"),
        ("backslash-in-field-ok", "f'{\"\\n\".join(x)}'\n"),
        ("lambda-paren-ok", "f'{(lambda x: x)(1)}'\n"),
        ("dict-in-field-ok", "f'{ {1: 2}[1] }'\n"),
        ("brace-dict-no-space", "f'{{1: 2}[1]}'\n"),
        ("bracket-unclosed-in-field", "f'{x[1}'\n"),
        ("paren-unclosed-in-field", "f'{f(x}'\n"),
        ("mismatched-in-field", "f'{x)}'\n"),
        ("close-bracket-in-field", "f'{x]}'\n"),
        ("close-paren-in-field-unclosed", "f'{x)'\n"),
        ("two-closers-in-field", "f'{x])}'\n"),
        ("mismatched-pair-in-field-ok", "f'{(x]}'\n"),
        ("mismatched-pair-in-field-2-ok", "f'{[x)}'\n"),
        ("close-paren-then-double-brace", "f'{x)}}'\n"),
        ("string-unterminated-in-field", "f'{\"abc}'\n"),
        ("concat-ok", "x = f'{a}' 'b' f\"{c}\"\n"),
        ("triple-unterminated", "f'''{x}\n"),
        ("triple-field-unclosed-eof", "f'''{x\n"),
        ("triple-close-brace", "f'''}'''\n"),
        ("field-eof-in-brackets", "f(f'{x'\n"),
        ("bytes-fstring-prefix", "bf'{x}'\n"),
        ("unicode-fstring-prefix", "uf'{x}'\n"),
        ("field-with-unicode-ok", "f'{é}'\n"),
        ("spec-nested-fstring-ok", "f'{x:{f'{y}'}}'\n"),
        ("equals-spec-ok", "f'{x = }'\n"),
        ("field-continuation-ok", "f'{x \\\n}'\n"),
        ("text-continuation-ok", "f'abc\\\ndef'\n"),
        ("second-line-error", "x = 1\ny = f'{'\n"),
        ("error-after-second-field", "f'{a}{b'\n"),
    ]
    for name, src in items:
        case("fstring/" + name, src)
    for name, src in [
        ("newline-in-field-single", "x = 1\nf'{\nx}'\n"),
        ("triple-field-ok", "x = f'''\n{a}\n{b!r}\n'''\n"),
        ("triple-unterminated", "x = f'''\n{a}\n"),
        ("comment-in-triple-field", "x = f'''{a # c\n}'''\n"),
    ]:
        with_line_ends("fstring-lines/" + name, src)


# --- EOF inside brackets ----------------------------------------------------
def brackets():
    for name, src in [
        ("paren", "("),
        ("paren-newline", "(\n"),
        ("bracket-newline", "[\n"),
        ("brace-newline", "{\n"),
        ("call-args", "foo(1,\n    2"),
        ("call-args-newline", "foo(1,\n    2\n"),
        ("list-comment", "x = [1,  # c\n"),
        ("nested-open", "x = ([{\n"),
        ("nested-partly-closed", "x = ([{}]\n"),
        ("after-block", "if x:\n    y = (1,\n"),
        ("blank-lines-after", "x = (\n\n\n"),
        ("closed-ok", "x = (1,\n     2)\n"),
        ("closed-no-newline-ok", "x = (1,\n     2)"),
    ]:
        with_line_ends("eof-bracket/" + name, src)
    for name, src in [
        ("close-paren", ")\n"),
        ("close-bracket", "]\n"),
        ("close-brace", "}\n"),
        ("extra-close", "f(x))\n"),
        ("extra-close-second-line", "x = 1\ny = 2)\n"),
        ("paren-bracket", "(]\n"),
        ("bracket-paren", "[)\n"),
        ("brace-paren", "{)\n"),
        ("tuple-bracket", "(1, 2]\n"),
        ("mismatch-multiline", "x = (\n  1,\n]\n"),
        ("mismatch-nested", "x = [(1, 2]]\n"),
        ("close-then-open", ")(\n"),
        ("close-then-open-closed", ")()\n"),
    ]:
        case("close-bracket/" + name, src)


# --- indentation ------------------------------------------------------------
def indentation():
    for name, src in [
        ("inconsistent-dedent", "if x:\n    y\n  z\n"),
        ("inconsistent-dedent-deep", "if x:\n    if y:\n        z\n      w\n"),
        ("inconsistent-dedent-between", "if x:\n  if y:\n      z\n    w\n"),
        ("inconsistent-dedent-no-newline", "if x:\n    y\n  z"),
        ("dedent-ok", "if x:\n    if y:\n        z\n    w\nv\n"),
        ("dedent-to-zero-ok", "if x:\n    if y:\n        z\nw\n"),
        ("unexpected-indent", "x\n    y\n"),
        ("unexpected-indent-first-line", "    x\n"),
        ("dedent-after-unexpected-indent", "x\n    y\n  z\n"),
        ("comment-dedent-ok", "if x:\n    y\n  # c\n    z\n"),
        ("blank-line-dedent-ok", "if x:\n    y\n  \n    z\n"),
        ("dedent-in-brackets-ok", "if x:\n    y = (\n  1)\n    z\n"),
        ("continuation-dedent-ok", "if x:\n    y = 1 + \\\n  2\n    z\n"),
        ("dedent-in-triple-string-ok", "if x:\n    y = '''\n  a'''\n    z\n"),
    ]:
        with_line_ends("indent/" + name, src)
    for name, src in [
        ("tab-then-8-spaces", "if x:\n\ty\n        z\n"),
        ("8-spaces-then-tab", "if x:\n        y\n\tz\n"),
        ("4-spaces-then-tab", "if x:\n    y\n\tz\n"),
        ("tab-then-4-spaces", "if x:\n\ty\n    z\n"),
        ("space-tab-then-tab", "if x:\n \ty\n\tz\n"),
        ("tab-then-space-tab", "if x:\n\ty\n \tz\n"),
        ("4-spaces-tab-then-2-tabs", "if x:\n    \ty\n\t\tz\n"),
        ("tab-space-then-tab-space-ok", "if x:\n\t y\n\t z\n"),
        ("tabs-only-ok", "if x:\n\ty\n\tif z:\n\t\tw\n"),
        ("spaces-only-ok", "if x:\n    y\n    if z:\n        w\n"),
        ("tab-block-spaces-nested", "if x:\n\tif y:\n\t        z\n"),
        ("tab-block-spaces-nested-2", "if x:\n\tif y:\n\t\tz\n\t        w\n"),
        ("tab-then-spaces-dedent", "if x:\n\tif y:\n\t\tz\n        w\n"),
        ("spaces-then-tab-dedent", "if x:\n        if y:\n                z\n\tw\n"),
        ("tab-in-middle-of-indent", "if x:\n  \t  y\n  \t  z\n"),
        ("tab-spaces-equal-width-mixed", "if x:\n  \ty\n    \tz\n"),
        ("formfeed-indent-ok", "if x:\n\f    y\n    z\n"),
        ("formfeed-mid-indent", "if x:\n  \f  y\n    z\n"),
        ("formfeed-mid-indent-2", "if x:\n    y\n  \f  z\n"),
        ("formfeed-then-tab", "if x:\n\f\ty\n\tz\n"),
        ("formfeed-between-tab-spaces", "if x:\n\ty\n    \f    z\n"),
        ("formfeed-line-ok", "x\n\f\ny\n"),
        ("formfeed-dedent", "if x:\n    y\n\fz\n"),
        ("tab-comment-line-ok", "if x:\n    y\n\t# c\n    z\n"),
        ("tab-blank-line-ok", "if x:\n    y\n\t\n    z\n"),
        ("tab-first-line-unexpected", "\tx\n"),
        ("tab-in-continuation-ok", "if x:\n    y = (1,\n\t2)\n    z\n"),
    ]:
        with_line_ends("tabs/" + name, src)
    for levels in (98, 99, 100, 101):
        src = "".join(" " * i + "if x:\n" for i in range(levels)) + " " * levels + "pass\n"
        case(f"limit/indent-{levels:03d}", src)
        tabs = "".join("\t" * i + "if x:\n" for i in range(levels)) + "\t" * levels + "pass\n"
        case(f"limit/indent-tabs-{levels:03d}", tabs)


# --- numbers ----------------------------------------------------------------
NUMBERS = [
    "0", "00", "0_0", "1__0", "1_", "1_0", "0b2", "0b", "0b1", "0b_", "0b_1", "0b1_", "0b12",
    "0x", "0x_", "0x_1f", "0x1g", "0xg", "0X1F", "0o8", "0o18", "0o", "0o7", "0o_7", "0O17",
    "0_", "0_7", "0777", "0777_", "09", "09.5", "09e1", "09j", "00.5", "0e0", "0j", "00j",
    "1e", "1e+", "1e-", "1e-x", "1e+5", "1E5", "1e_5", "1e5_", "1.e5", "1._5", "1_.5",
    "1.5_", "1.5e", "1.__class__", "1.real", "1 .real", "1if x else y", "1else", "0x1for",
    "0b1and", "1or 2", "1in x", "1is x", "1not in x", "1_000.000_1e1_0j", "1_000j",
    "1j", "1J", "1jj", "1.j", ".5", "5.", ".5j", ".e5", "5.5.5", "1..2", "1e5e5",
    "0b1e5", "0o7j", "0x1j", "1_j", "1_e5", "1abc", "1_a", "0xabc_def", "0xabc__def",
    "123456789012345678901234567890", "1e1000", "0.0", "0_0.0_0", "1__", "1.0__1",
    "1é", "1€",
]


def numbers():
    for i, text in enumerate(NUMBERS):
        case(f"number/{i:03d}/{text}", f"x = {text}\n")
    case("number/at-eof-1_", "x = 1_")
    case("number/at-eof-0x", "x = 0x")
    case("number/second-line-0b2", "x = 1\ny = 0b2\n")
    case("number/in-brackets-1__0", "f(\n  1__0)\n")
    case("number/in-fstring-field-1__0", "f'{1__0}'\n")


# --- line continuation ------------------------------------------------------
def continuation():
    for name, src in [
        ("char-after", "x = 1 \\ y\n"),
        ("space-after", "x = 1 + \\ \n  2\n"),
        ("comment-after", "x = 1 + \\# c\n  2\n"),
        ("char-after-at-start", "\\x\n"),
        ("ok", "x = 1 + \\\n  2\n"),
        ("eof-no-newline", "x = 1 + \\"),
        ("eof-newline", "x = 1 + \\\n"),
        ("eof-only", "\\"),
        ("eof-only-newline", "\\\n"),
        ("then-blank-line", "x = 1 + \\\n\ny = 2\n"),
        ("then-comment-line", "x = 1 + \\\n# c\n  2\n"),
        ("then-spaces-eof", "x = 1 + \\\n   "),
        ("double", "x = 1 + \\\\\n  2\n"),
        ("at-line-start-ok", "x = 1\n\\\ny = 2\n"),
        ("in-brackets-ok", "x = (1 + \\\n  2)\n"),
        ("in-brackets-char-after", "x = (1 + \\ 2)\n"),
        ("in-comment-ok", "# c \\\nx = 1\n"),
        ("indented-ok", "if x:\n    y = 1 + \\\n2\n    z\n"),
        ("before-indent-ok", "if x: \\\n    pass\n"),
        ("non-ascii-after", "x = 1 \\é\n"),
    ]:
        with_line_ends("continuation/" + name, src)


# --- NUL bytes and control characters ----------------------------------------
def control():
    for name, src in [
        ("only", "\0"),
        ("start", "\0x = 1\n"),
        ("end", "x = 1\n\0"),
        ("end-no-newline", "x = 1\0"),
        ("code", "x = \0\n"),
        ("code-line-3", "a\nb\nc \0 d\n"),
        ("comment", "# a\0b\n"),
        ("comment-line-2", "x\n# a\0b\n"),
        ("string", "x = 'a\0b'\n"),
        ("triple-string", "x = '''a\n\0b'''\n"),
        ("fstring", "x = f'a\0b{c}'\n"),
        ("after-unterminated-string", "x = 'abc\n\0\n"),
        ("in-brackets", "x = (1,\n\0 2)\n"),
        ("indent", "if x:\n\0   y\n"),
        ("after-continuation", "x = 1 \\\n\0\n"),
        ("after-bad-number", "x = 0b2\n\0\n"),
        ("same-line-as-bad-number", "x = 1__0 \0\n"),
        ("after-bad-dedent", "if x:\n    y\n  z\n\0\n"),
        ("after-unterminated-triple", "x = '''abc\n\0\n"),
        ("after-open-bracket", "(\n\0\n"),
        ("before-unterminated-string", "x = 1\n\0 = 'abc\n"),
    ]:
        case("nul/" + name, src)
    for code in list(range(0x01, 0x20)) + [0x7F]:
        c = chr(code)
        h = f"{code:02x}"
        case(f"ctrl/{h}/code", f"a{c}b\n")
        case(f"ctrl/{h}/comment", f"# a{c}b\n")
        case(f"ctrl/{h}/string", f"x = 'a{c}b'\n")
        if code in (0x0B, 0x1B, 0x7F, 0x01, 0x1F, 0x0C, 0x09):
            case(f"ctrl/{h}/line-start", f"{c}x = 1\n")
            case(f"ctrl/{h}/line-2-code", f"x = 1\ny = {c}2\n")
            case(f"ctrl/{h}/fstring-field", f"f'{{a{c}b}}'\n")
            case(f"ctrl/{h}/blank-line", f"x\n{c}\ny\n")
    case("ctrl/c1-0085-code", "a\u0085b\n")
    case("ctrl/c1-0080-code", "a\u0080b\n")
    case("ctrl/c1-009f-string", "x = 'a\u009fb'\n")


# --- stray characters --------------------------------------------------------
def stray():
    for name, src in [
        ("dollar", "$\n"),
        ("dollar-in-expr", "x = $y\n"),
        ("question", "x = y ? 1 : 2\n"),
        ("backtick", "`x`\n"),
        ("bang", "!\n"),
        ("bang-in-expr", "a ! b\n"),
        ("bang-eq-ok", "a != b\n"),
        ("lt-gt", "a <> b\n"),
        ("at-ok", "a @ b\n"),
        ("arrow-ok", "def f() -> int: pass\n"),
        ("walrus-ok", "(x := 1)\n"),
        ("ellipsis-ok", "...\n"),
        ("double-dollar", "$$\n"),
        ("stray-in-fstring-field", "f'{$x}'\n"),
        ("stray-then-unterminated", "$ 'abc\n"),
        ("non-ascii-punct", "x = 1 \u00b7 2\n"),
    ]:
        case("stray/" + name, src)


# --- non-ASCII identifiers and spaces ----------------------------------------
def unicode_names():
    for name, src in [
        ("e-acute", "é = 1\n"),
        ("x-euro-y", "x€y = 1\n"),
        ("euro-alone", "€ = 1\n"),
        ("euro-in-expr", "x = 1 € 2\n"),
        ("nbsp", "x\u00a0= 1\n"),
        ("nbsp-indent", "if x:\n\u00a0   y\n"),
        ("ideographic-space", "x\u3000= 1\n"),
        ("zero-width-space", "x\u200b= 1\n"),
        ("zwj-in-name", "a\u200db = 1\n"),
        ("bom-in-middle", "x = 1\n\ufeffy = 2\n"),
        ("bom-at-start", "\ufeffx = 1\n"),
        ("line-separator", "x = 1\u2028y = 2\n"),
        ("nfkc-fraktur", "\u210c = 1\n"),
        ("math-bold", "\U0001d400 = 1\n"),
        ("middle-dot-continue", "x\u00b7y = 1\n"),
        ("middle-dot-start", "\u00b7x = 1\n"),
        ("arabic-digit-start", "\u0663x = 1\n"),
        ("arabic-digit-continue", "x\u0663 = 1\n"),
        ("combining-start", "\u0301x = 1\n"),
        ("combining-continue", "e\u0301 = 1\n"),
        ("emoji", "\U0001f600 = 1\n"),
        ("cjk", "\u540d\u524d = 1\n"),
        ("greek", "\u03b1\u03b2 = 1\n"),
        ("cyrillic", "\u0445 = 1\n"),
        ("surrogate-like-private", "\ue000 = 1\n"),
        ("non-ascii-in-comment-ok", "# é € \U0001f600\nx = 1\n"),
        ("non-ascii-in-string-ok", "x = 'é € \U0001f600'\n"),
        ("euro-then-unterminated", "x€y = 'abc\n"),
    ]:
        case("unicode/" + name, src)


# --- nesting limits -----------------------------------------------------------
def limits():
    for n in (199, 200, 201, 202):
        case(f"limit/parens-{n}", "x = " + "(" * n + ")" * n + "\n")
        case(f"limit/parens-{n}-unclosed", "x = " + "(" * n + "\n")
        mixed = "".join("([{"[i % 3] for i in range(n))
        closing = "".join({"(": ")", "[": "]", "{": "}"}[c] for c in reversed(mixed))
        case(f"limit/mixed-brackets-{n}", "x = " + mixed + closing + "\n")
        case(f"limit/parens-{n}-multiline", "x = " + "(\n" * n + ")" * n + "\n")
    for n in (148, 149, 150, 151, 152):
        inner = "x"
        for _ in range(n):
            inner = 'f"{' + inner + '}"'
        case(f"limit/fstrings-{n}", "y = " + inner + "\n")
    for n in (149, 150, 151):
        inner = "x"
        for _ in range(n):
            inner = "f'{" + inner + "}'"
        case(f"limit/fstrings-single-{n}", "y = " + inner + "\n")
    # Brackets inside f-string fields count toward the bracket limit?
    for n in (199, 200, 201):
        case(f"limit/parens-in-fstring-{n}", "f'{" + "(" * n + "x" + ")" * n + "}'\n")


# --- lone CR as a line end --------------------------------------------------------
def lone_cr():
    for name, src in [
        ("two-statements", "x = 1\ry = 2\r"),
        ("two-statements-no-final", "x = 1\ry = 2"),
        ("blank-line-between", "x = 1\r\ry = 2\r"),
        ("comment-then-code", "# c\rx = 1\r"),
        ("comment-blank-code", "# c\r\rx = 1\r"),
        ("spaces-line", "x = 1\r   \ry = 2\r"),
        ("mixed-with-lf", "x = 1\ry = 2\nz = 3\n"),
        ("mixed-with-crlf", "x = 1\r\ny = 2\rz = 3\r\n"),
        ("in-string", "x = 'a\rb'\n"),
        ("in-triple-string", "x = '''a\rb'''\n"),
        ("in-brackets", "x = (1,\r 2)\n"),
        ("after-comma-in-brackets", "x = (1,\r\r2)\n"),
        ("unterminated-string-line-3", "a\rb\rc = 'x\n"),
        ("block-then-code", "if x:\r    y\rz\n"),
        ("tab-after", "x\r\ty\n"),
        ("cr-at-start", "\rx = 1\n"),
        ("cr-only-twice", "\r\r"),
    ]:
        case("cr/" + name, src)


def main():
    if sys.version_info[:2] != (3, 12):
        raise SystemExit("run with CPython 3.12: PYENV_VERSION=3.12.1 python3.12 ...")
    for make in (final_lines, strings, fstrings, brackets, indentation, numbers,
                 continuation, control, stray, unicode_names, limits, lone_cr):
        make()
    warnings.simplefilter("ignore")  # SyntaxWarnings never change whether tokenize raises
    records = []
    for name in sorted(CASES):
        source = CASES[name]
        record = {"name": name, "source_b64": base64.b64encode(source.encode("utf-8")).decode("ascii")}
        try:
            for _ in tokenize.generate_tokens(io.StringIO(source, newline=None).readline):
                pass
            record.update(raises=False, exception=None, line=None, col=None, message=None)
        except Exception as error:  # any exception is a "raise": record it as it is
            if isinstance(error, tokenize.TokenError):
                message, (line, col) = error.args
            elif isinstance(error, SyntaxError):
                message, line, col = error.msg, error.lineno, error.offset
            else:
                message, line, col = str(error), None, None
            record.update(raises=True, exception=type(error).__name__,
                          line=line, col=col, message=message)
        record["source"] = source if len(source) <= 120 else source[:117] + "..."
        records.append(record)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("[\n")
        out.write(",\n".join(json.dumps(r, ensure_ascii=True) for r in records))
        out.write("\n]\n")
    raised = sum(r["raises"] for r in records)
    print(f"{len(records)} cases, {raised} raise, written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
