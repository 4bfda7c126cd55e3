#!/usr/bin/env python3.12
"""Prints, for each file named, the facts FactScanner must find, computed from CPython
3.12's `ast` (an oracle for the differential test, never part of the product).

One JSON line per file: {"path", "imports": [...], "definitions": [...],
"references": [...]} with each fact rendered as FactScannerTests render them, or
{"path", "skip": reason} when 3.12 cannot parse the file. Positions are 1-based lines
and 1-based code-point columns.

    import@L:C a.b@L:C as c, d@L:C [tc]
    from@L:C ..m@L:C import x@L:C as y, z@L:C [tc]        (star: import *)
    def f@L:C [nested] [tc]        class A(B, m.C)@L:C [nested] [tc]
    ref a.b.c@L:C [tc]

References follow SPEC §4: maximal attribute chains over a Name, a parenthesised prefix
ending the chain (`(os).environ` is `os`); a bare Name in Store or Del context is not a
reference. Everything the SPEC excludes besides those (parameters, keyword names,
global/nonlocal names, match captures, import and definition names) is not a Name node.
"""
import ast
import bisect
import importlib.util
import json
import re
import sys
import warnings

TYPING_MODULES = ("typing", "typing_extensions")
DEFINITION_HEAD = re.compile(rb"(?:async(?:[ \t\f]|\\\r?\n)+)?(?:def|class)(?:[ \t\f]|\\\r?\n)+")
SKIPPED_SPACE = re.compile(rb"(?:[ \t\f]|\\\r?\n)*")


class Source:
    """The decoded text with universal newlines, and byte offsets of its lines."""

    def __init__(self, data):
        self.text = importlib.util.decode_source(data)
        self.lines = self.text.split("\n")
        self.encoded = [line.encode("utf-8") for line in self.lines]
        self.utf8 = self.text.encode("utf-8")
        self.line_starts = [0]
        for line in self.encoded[:-1]:
            self.line_starts.append(self.line_starts[-1] + len(line) + 1)

    def position(self, line, byte_column):
        prefix = self.encoded[line - 1][:byte_column]
        return f"{line}:{len(prefix.decode('utf-8')) + 1}"

    def offset(self, line, byte_column):
        return self.line_starts[line - 1] + byte_column

    def position_of_offset(self, offset):
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return self.position(line + 1, offset - self.line_starts[line])

    def node_position(self, node):
        return self.position(node.lineno, node.col_offset)

    def between(self, start_node, end_node):
        """Source bytes from the end of `start_node` to the end of `end_node`."""
        start = self.offset(start_node.end_lineno, start_node.end_col_offset)
        end = self.offset(end_node.end_lineno, end_node.end_col_offset)
        return self.utf8[start:end]


def parenthesised_prefix(source, attribute):
    """True when `attribute.value` is closed by `)` before the `.`: `(os).environ`."""
    text = source.between(attribute.value, attribute)
    text = re.sub(rb"#[^\n]*", b"", text)
    return b")" in text


def chain_of(source, node):
    """Dotted parts of a Name or of an Attribute chain over a Name, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        if parenthesised_prefix(source, node):
            return None
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return list(reversed(parts))


def parents_of(tree):
    parents = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    return parents


def type_checking_names(tree):
    """Names bound to typing.TYPE_CHECKING, and names bound to a typing module."""
    flags, modules = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module in TYPING_MODULES:
            for alias in node.names:
                if alias.name == "TYPE_CHECKING":
                    flags.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname is None:
                    if alias.name.split(".")[0] in TYPING_MODULES:
                        modules.add(alias.name.split(".")[0])
                elif alias.name in TYPING_MODULES:
                    modules.add(alias.asname)
    return flags, modules


def type_checking_nodes(tree, source):
    flags, modules = type_checking_names(tree)
    inside = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.If):
            continue
        test = node.test
        chain = chain_of(source, test) if isinstance(test, (ast.Name, ast.Attribute)) else None
        if chain is None:
            continue
        if (len(chain) == 1 and chain[0] in flags) or (
            len(chain) == 2 and chain[0] in modules and chain[1] == "TYPE_CHECKING"
        ):
            for statement in node.body:
                inside.update(ast.walk(statement))
    return inside


def render_import(source, node, tc):
    head = f"import@{source.node_position(node)}" if isinstance(node, ast.Import) else f"from@{source.node_position(node)}"
    if isinstance(node, ast.ImportFrom):
        # The module path starts at the first token after `from`.
        start = source.offset(node.lineno, node.col_offset) + len(b"from")
        start += SKIPPED_SPACE.match(source.utf8, start).end() - start
        module = "." * node.level + (node.module or "")
        head += f" {module}@{source.position_of_offset(start)} import"
    names = []
    for alias in node.names:
        if alias.name == "*":
            names.append("*")
            continue
        text = f"{alias.name}@{source.node_position(alias)}"
        if alias.asname:
            text += f" as {alias.asname}"
        names.append(text)
    return f"{head} {', '.join(names)}" + (" tc" if tc else "")


def render_definition(source, node, nested, tc):
    start = source.offset(node.lineno, node.col_offset)
    match = DEFINITION_HEAD.match(source.utf8, start)
    position = source.position_of_offset(match.end()) if match else "?"
    if isinstance(node, ast.ClassDef):
        bases = [chain_of(source, base) for base in node.bases]
        text = f"class {node.name}({', '.join('.'.join(b) for b in bases if b)})@{position}"
    else:
        text = f"def {node.name}@{position}"
    return text + (" nested" if nested else "") + (" tc" if tc else "")


def facts_of(path):
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        source = Source(data)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(data, path)
    except (SyntaxError, ValueError, UnicodeDecodeError) as error:
        return {"path": path, "skip": f"{type(error).__name__}: {error}"}
    parents = parents_of(tree)
    in_tc = type_checking_nodes(tree, source)
    imports, definitions, references = [], [], []
    scopes = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
    for node in ast.walk(tree):
        tc = node in in_tc
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            imports.append(render_import(source, node, tc))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            nested, parent = False, parents.get(node)
            while parent is not None:
                nested = nested or isinstance(parent, scopes)
                parent = parents.get(parent)
            definitions.append(render_definition(source, node, nested, tc))
        elif isinstance(node, ast.Name):
            if not isinstance(node.ctx, ast.Load):
                continue
            top = node
            while True:
                parent = parents.get(top)
                if not (isinstance(parent, ast.Attribute) and parent.value is top) or parenthesised_prefix(source, parent):
                    break
                top = parent
            parts = chain_of(source, top)
            references.append(f"ref {'.'.join(parts)}@{source.node_position(node)}" + (" tc" if tc else ""))
    return {"path": path, "imports": sorted(imports), "definitions": sorted(definitions),
            "references": sorted(references)}


if __name__ == "__main__":
    for file_path in sys.argv[1:]:
        print(json.dumps(facts_of(file_path)), flush=True)
