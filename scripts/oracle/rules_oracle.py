#!/usr/bin/env python3.12
"""Reference implementation of ssotlint's semantic rules, written with CPython 3.12's `ast`.

An oracle for `scripts/rules_differential.py`, never part of the product. It implements,
independently of the Swift code, SPEC §3 (discovery, module names, categories) and §4
(name resolution, following re-exports and aliases across the project, `banned-api`,
`deprecated-import`, `duplicate-definition`, `competing-patterns`) and the compliance
counts of §6, and prints

    {"findings": [{"rule", "path", "line", "col", "via"?}, ...],
     "categories": {NAME: {"files", "compliant", "unparsed"}},
     "files": {PATH: CATEGORY}, "unanalysable": [...], "unparsed": [...], ...}

Usage (needs Python 3.12: its `ast` knows PEP 701 f-strings):
    PYENV_VERSION=3.12.1 python3.12 scripts/oracle/rules_oracle.py ROOT CONFIG [--out FILE] [--jobs N]
    PYENV_VERSION=3.12.1 python3.12 scripts/oracle/rules_oracle.py --self-test

ROOT is the project root; CONFIG a `.ssotlint.yml` (or the same data as JSON).

Decisions where SPEC is silent (also in Tests/Oracle/known-differences.md):
- A file on which 3.12's `tokenize` raises is unanalysable: no findings, never compliant.
  A file that tokenizes but that `ast.parse` rejects (Python 2 code) is "unparsed": the
  oracle cannot analyse it, reports nothing for it and counts it compliant; ssotlint
  analyses it, so any finding there is an expected, listed difference.
- Identifiers are compared in their NFKC form, as Python does (`ast` normalises them).
- A package's `__init__.py` is its own package for relative imports (Python semantics):
  `from . import x` in `a/b/__init__.py` is `a.b.x`.
- `deprecated-import`, "first entry wins": decided per imported name. Each name of a
  `from` statement is matched by the statement-level entries (the module or a parent is
  deprecated) and by the entries that name it (`names`, or `from P import m` with
  `P.m == M`); the first of them wins; a statement-level winner gives one finding for the
  statement, at its module path. An `import` alias is matched by whole-module entries only.
- `from M import *` binds nothing and references `M` (after relative resolution; one
  that resolves to nothing references nothing), at the first character after `from` and
  its blanks: the module's first name, or the first `.` of a relative one.

Re-exports (`follow-reexports`), where SPEC leaves a choice open:
- Files that `ast` rejects ("unparsed") are project modules (they are analysed files for
  ssotlint) with no exports: they take their module name, and a path into them stops.
  Files with an empty module name (a root `__init__.py`) are no module.
- "Aliased at module level" (for `n = n0...` → `M.n0...`) is syntactic: `n0` is the target
  of some module-level alias-shaped statement, whether or not that alias exports anything.
  `n0` bound only by a star import is neither bound nor aliased: it gives nothing.
- An alias's `n0` is looked up in the file's bindings from imports anywhere in the file
  (SPEC: "by any import, as in Name resolution"), function-level ones included; only the
  alias statement itself must be module-level.
- An alias's target must be a bare, unparenthesised name: `(n) = a.b` is no alias. The
  value's text must hold no `(` or `)`; blanks and backslash continuations are allowed.
- `__all__`: "plain string literals" are `ast` str constants (prefixes `r`/`u` and
  implicit concatenation allowed; f-strings and bytes are not). Only module-level
  single-target `__all__ = ...` assignments are counted for "exactly one"; `A = __all__ =`
  and nested ones are not counted. `__all__ = []` gives no public names.
- A name both defined and exported (`try: from _c import f` / `except: def f`) is
  followed through its exports; the definition adds nothing to follow. A module that
  star-imports a module that star-imports it back exports, for a name it defines itself,
  the other module's path too (so `cyc.a.A` → `cyc.b.A`), as the least fixed point gives.
- The 16-step limit is breadth-first: the resolution set is every path at a distance of at
  most 16 from `P`; paths at distance 16 are not followed.
- `via`: among the chain's resolved paths (one per target of `n0`, in sorted order) and
  their resolution sets in breadth-first order (a path's targets in sorted order), the
  nearest path that matches; ties go to the first found. For `banned-api` any entry of
  `apis` counts; for `competing-patterns` a finding is direct when some non-canonical
  pattern is matched directly, else it carries the shortest chain to a non-canonical
  pattern's API (ties: the first pattern listed). `via` starts with `P` and ends with
  the matched path.
"""
import argparse
import ast
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import tokenize
import warnings
from concurrent.futures import ProcessPoolExecutor

SKIPPED_FOLDERS = {".git", ".hg", ".svn", ".venv", "venv", ".tox", ".nox", "__pycache__",
                   "node_modules", "site-packages", ".mypy_cache", ".ruff_cache",
                   ".pytest_cache", ".ssotlint_cache"}
KINDS = {"banned-api", "deprecated-import", "duplicate-definition", "competing-patterns"}
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


# ---------------------------------------------------------------------------------------
# Configuration


# SPEC §4 makes follow-reexports default to true; ssotlint makes it opt-in for now (its
# README says why), and the oracle mirrors the product's default.
FOLLOW_DEFAULT = False

def load_yaml(path):
    if path.endswith(".json"):
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    try:
        import yaml  # noqa: PLC0415
        with open(path, encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except ImportError:
        pass
    # This Python has no PyYAML: let another interpreter of the machine convert it.
    script = "import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1], encoding='utf-8')), sys.stdout)"
    for python in ("python3", "python3.11", "python"):
        try:
            result = subprocess.run([python, "-c", script, path], capture_output=True, text=True,
                                    env={k: v for k, v in os.environ.items() if k != "PYENV_VERSION"})
        except OSError:
            continue
        if result.returncode == 0:
            return json.loads(result.stdout)
    sys.exit(f"rules_oracle: cannot read {path}: no PyYAML here or in python3 (pass the config as JSON)")


def normalise_root(root):
    root = root.strip()
    while root.startswith("./"):
        root = root[2:]
    root = root.strip("/")
    return "" if root in ("", ".") else root


def load_config(config_path):
    data = load_yaml(config_path) or {}
    base = os.path.dirname(os.path.abspath(config_path))
    rules = []
    for entry in data.get("rules") or []:
        if isinstance(entry, str):
            if entry.startswith("builtin:"):
                pack = os.path.join(REPO, "Rules", entry[len("builtin:"):] + ".yml")
            else:
                pack = os.path.join(base, entry)
            rules.extend((load_yaml(pack) or {}).get("rules") or [])
        else:
            rules.append(entry)
    overrides = data.get("overrides") or {}
    result = []
    for rule in rules:
        rule = dict(rule)
        rule.update(overrides.get(rule["id"], {}))
        if rule["kind"] not in KINDS:
            sys.exit(f"rules_oracle: rule {rule['id']}: kind {rule['kind']} is not implemented by the oracle")
        if rule.get("skip-type-checking"):
            sys.exit(f"rules_oracle: rule {rule['id']}: skip-type-checking is not implemented by the oracle")
        if "follow-reexports" in rule:
            if rule["kind"] not in ("banned-api", "competing-patterns"):
                sys.exit(f"rules_oracle: rule {rule['id']}: follow-reexports is only for banned-api and competing-patterns")
            if not isinstance(rule["follow-reexports"], bool):
                sys.exit(f"rules_oracle: rule {rule['id']}: follow-reexports must be true or false")
        rule["paths_globs"] = [Glob(g) for g in rule.get("paths") or []]
        rule["exclude_globs"] = [Glob(g) for g in rule.get("exclude") or []]
        if rule["kind"] == "duplicate-definition":
            rule["names_re"] = rule.get("names", ".*")
            rule["kinds"] = list(rule.get("kinds") or ["function", "class"])
            rule["scope"] = rule.get("scope", "module")
            rule["canonical_globs"] = [Glob(g) for g in rule.get("canonical") or []]
        if rule["kind"] == "competing-patterns":
            rule["patterns"] = [dict(p) for p in rule["patterns"]]
        result.append(rule)
    categories = data.get("categories")
    if categories is None:
        categories = [{"name": "Tests", "paths": ["tests/**", "test/**", "**/tests/**", "test_*.py",
                                                  "*_test.py", "conftest.py"]},
                      {"name": "Source", "paths": ["**"]}]
    return {
        "include": [Glob(g) for g in data.get("include") or ["**/*.py"]],
        "exclude": [Glob(g) for g in data.get("exclude") or []],
        "respect_gitignore": data.get("respect-gitignore", True),
        "src_roots": [normalise_root(r) for r in data.get("src-roots") or ["."]],
        "categories": [(c["name"], [Glob(g) for g in c.get("paths") or []]) for c in categories],
        "count_severities": set(data.get("count-severities") or ["error", "warning"]),
        "rules": result,
    }


# ---------------------------------------------------------------------------------------
# Globs (SPEC §3): gitignore-like, relative to the project root

class Glob:
    def __init__(self, pattern):
        self.pattern = pattern
        if pattern.startswith("./"):
            pattern = pattern[2:]
        elif pattern.startswith("/"):
            pattern = pattern[1:]
        self.folders_only = pattern.endswith("/")
        pattern = pattern.rstrip("/")
        self.anchored = "/" in pattern
        segments = pattern.split("/")
        regex = ""
        for index, segment in enumerate(segments):
            last = index == len(segments) - 1
            if segment == "**":
                regex += ".*" if last else "(?:[^/]+/)*"
            else:
                regex += self._segment(segment) + ("" if last else "/")
        self.regex = re.compile(regex + r"\Z", re.DOTALL)

    @staticmethod
    def _segment(segment):
        out, i = "", 0
        while i < len(segment):
            char = segment[i]
            if char == "*":
                while i + 1 < len(segment) and segment[i + 1] == "*":
                    i += 1
                out += "[^/]*"
            elif char == "?":
                out += "[^/]"
            elif char == "[":
                j = i + 1
                if segment[j:j + 1] == "!":
                    j += 1
                if segment[j:j + 1] == "]":  # a `]` first in the class is literal
                    j += 1
                end = segment.find("]", j)
                if end == -1:
                    out += re.escape(char)
                else:
                    body = segment[i + 1:end]
                    negate = body.startswith("!")
                    if negate:
                        body = body[1:]
                    body = body.replace("\\", "\\\\").replace("^", "\\^").replace("[", "\\[").replace("]", "\\]")
                    out += f"(?!/)[{'^' if negate else ''}{body}]"
                    i = end
            else:
                out += re.escape(char)
            i += 1
        return out

    def matches(self, path):
        """Whether the file `path` (relative, with `/`) or one of its folders matches."""
        parts = path.split("/")
        if self.anchored:
            candidates = ["/".join(parts[:n]) for n in range(1, len(parts))]
            if not self.folders_only:
                candidates.append(path)
        else:
            candidates = parts[:-1] if self.folders_only else parts
        return any(self.regex.match(candidate) for candidate in candidates)


def any_glob(globs, path):
    return any(glob.matches(path) for glob in globs)


# ---------------------------------------------------------------------------------------
# Discovery and module names

def discover(root, config):
    files, skipped_links = [], []
    for folder, dirs, names in os.walk(root):
        relative_folder = os.path.relpath(folder, root).replace(os.sep, "/")
        relative_folder = "" if relative_folder == "." else relative_folder + "/"
        kept = []
        for name in sorted(dirs):
            if name in SKIPPED_FOLDERS:
                continue
            if os.path.islink(os.path.join(folder, name)):
                skipped_links.append(relative_folder + name)
                continue
            kept.append(name)
        dirs[:] = kept
        for name in sorted(names):
            path = os.path.join(folder, name)
            relative = relative_folder + name
            if os.path.islink(path):
                skipped_links.append(relative)
                continue
            if not os.path.isfile(path):
                continue
            if any_glob(config["include"], relative) and not any_glob(config["exclude"], relative):
                files.append(relative)
    if config["respect_gitignore"]:
        ignores = []
        for folder, dirs, names in os.walk(root):
            dirs[:] = [d for d in dirs if d not in SKIPPED_FOLDERS]
            if ".gitignore" in names:
                ignores.append(os.path.join(folder, ".gitignore"))
        if ignores or os.path.exists(os.path.join(root, ".git", "info", "exclude")):
            print(f"rules_oracle: warning: .gitignore files are not implemented by the oracle: {ignores[:3]}",
                  file=sys.stderr)
    return sorted(files), sorted(skipped_links)


def module_name(path, src_roots):
    """SPEC §3: relative to the deepest src-root that contains the file."""
    best = None
    for root in src_roots:
        if root == "" or path.startswith(root + "/"):
            if best is None or len(root) > len(best):
                best = root
    relative = path[len(best) + 1:] if best else path
    if relative.endswith(".py"):
        relative = relative[:-3]
    parts = relative.split("/")
    is_package = parts[-1] == "__init__"
    if is_package:
        parts = parts[:-1]
    return parts, is_package


def category_of(path, categories):
    for name, globs in categories:
        if any_glob(globs, path):
            return name
    return "Other"


def rule_applies(rule, path):
    if rule["paths_globs"] and not any_glob(rule["paths_globs"], path):
        return False
    return not any_glob(rule["exclude_globs"], path)


# ---------------------------------------------------------------------------------------
# One file

class Source:
    """The decoded lines, for turning `ast`'s UTF-8 byte columns into code points."""

    def __init__(self, text):
        self.lines = re.split(r"\r\n|\r|\n", text)
        self._encoded = {}

    def column(self, lineno, byte_col):
        """0-based code-point column of a 0-based UTF-8 byte offset on 1-based line."""
        line = self.lines[lineno - 1]
        if line.isascii():
            return byte_col
        encoded = self._encoded.get(lineno)
        if encoded is None:
            encoded = self._encoded[lineno] = line.encode("utf-8", "surrogatepass")
        return len(encoded[:byte_col].decode("utf-8", "surrogatepass"))

    def position(self, lineno, byte_col):
        return lineno, self.column(lineno, byte_col)

    def skip_blanks(self, lineno, col, comments=False, newlines=False):
        """Skips spaces, tabs, form feeds, `\\` continuations (and comments and line ends)."""
        while lineno <= len(self.lines):
            line = self.lines[lineno - 1]
            if col < len(line) and line[col] in " \t\f":
                col += 1
            elif col == len(line) - 1 and line[col] == "\\":
                lineno, col = lineno + 1, 0
            elif comments and col < len(line) and line[col] == "#":
                col = len(line)
            elif newlines and col >= len(line):
                lineno, col = lineno + 1, 0
            else:
                break
        return lineno, col

    def after_keywords(self, lineno, col, keywords):
        for keyword in keywords:
            lineno, col = self.skip_blanks(lineno, col)
            line = self.lines[lineno - 1]
            assert line.startswith(keyword, col), (lineno, col, keyword, line)
            col += len(keyword)
        return self.skip_blanks(lineno, col)

    def char(self, lineno, col):
        line = self.lines[lineno - 1] if lineno <= len(self.lines) else ""
        return line[col] if col < len(line) else ""


def resolve_relative(level, module, package):
    if level == 0:
        return module
    if level > len(package):
        return None
    base = package[:len(package) - level + 1]
    return ".".join(base + (module.split(".") if module else []))


def references_api(paths, api):
    return any(p == api or p.startswith(api + ".") for p in paths)


def read_source(absolute):
    """(text, tree, status, reason): status is ok, unanalysable or unparsed."""
    try:
        with open(absolute, "rb") as handle:
            data = handle.read()
    except OSError as error:
        return None, None, "unanalysable", f"unreadable: {error}"
    try:
        for _ in tokenize.tokenize(io.BytesIO(data).readline):
            pass
    except Exception as error:  # exactly the inputs on which tokenize raises (SPEC §6)
        return None, None, "unanalysable", f"tokenize: {type(error).__name__}: {error}"
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    text = data.decode(encoding)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(data)
    except (SyntaxError, ValueError) as error:
        return text, None, "unparsed", f"ast: {type(error).__name__}: {error}"
    return text, tree, "ok", ""


DEF_NODES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
_CHILD_FIELDS = {}


def _child_fields(node_type):
    """The fields of a node type that can hold nodes (not `ctx`, which is always Load/Store/Del)."""
    fields = _CHILD_FIELDS.get(node_type)
    if fields is None:
        fields = _CHILD_FIELDS[node_type] = tuple(f for f in node_type._fields if f != "ctx")
    return fields


def collect(tree):
    """One pass: imports, Load names, Attribute parents, definitions with their nesting."""
    imports, names, definitions = [], [], []
    attribute_parent = {}
    stack = [(tree, False)]
    AST, Name, Attribute, Load = ast.AST, ast.Name, ast.Attribute, ast.Load
    while stack:
        node, nested = stack.pop()
        node_type = type(node)
        if node_type is Name:
            if type(node.ctx) is Load:
                names.append(node)
            continue
        if node_type is Attribute:
            if type(node.value) in (Name, Attribute):
                attribute_parent[id(node.value)] = node
        elif node_type in DEF_NODES:
            definitions.append((node, nested))
        elif node_type is ast.Import or node_type is ast.ImportFrom:
            imports.append(node)
            continue
        inner = nested or node_type in DEF_NODES or node_type is ast.Lambda
        for field in _child_fields(node_type):
            value = getattr(node, field, None)
            if type(value) is list:
                for item in value:
                    if isinstance(item, AST):
                        stack.append((item, inner))
            elif isinstance(value, AST):
                stack.append((value, inner))
    return imports, names, attribute_parent, definitions


def is_enum_class(node):
    for base in node.bases:
        if isinstance(base, ast.Name):
            last = base.id
        elif isinstance(base, ast.Attribute):
            inner = base.value
            while isinstance(inner, ast.Attribute):
                inner = inner.value
            if not isinstance(inner, ast.Name):
                continue
            last = base.attr
        else:
            continue
        if last.endswith("Enum") or last.endswith("Flag"):
            return True
    return False


_CONFIG = None


def _set_config(config):
    global _CONFIG
    _CONFIG = config


MAX_STEPS = 16  # SPEC §4: a path reached in 16 steps is in the set but not followed further
REFERENCE_KINDS = ("banned-api", "competing-patterns")


def module_level_statements(body):
    """SPEC §4: the statements not nested in a `def` or `class` (under if/try/with/for/while/match)."""
    stack = list(reversed(body))
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, DEF_NODES):
            continue
        inner = []
        for field in ("body", "orelse", "finalbody"):
            inner.extend(getattr(node, field, None) or [])
        for holder in (getattr(node, "handlers", None) or []) + (getattr(node, "cases", None) or []):
            inner.extend(holder.body)
        stack.extend(reversed(inner))


def dotted_chain(node):
    """`n0.n1...nk` of a Name/Attribute chain, or None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return parts[::-1]


def alias_of(node, source):
    """(n, [n0, ..., nk]) when the assignment is an alias (SPEC §4), else None.

    Exactly one target, a bare name (not parenthesised), and a value that is exactly a
    dotted name chain: no call, subscript, operator or parentheses anywhere in it.
    """
    if len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name):
        return None
    target, value = node.targets[0], node.value
    chain = dotted_chain(value)
    if chain is None:
        return None
    if (target.lineno, target.col_offset) != (node.lineno, node.col_offset):
        return None  # `(n) = a.b`
    if (value.end_lineno, value.end_col_offset) != (node.end_lineno, node.end_col_offset):
        return None  # `n = (a.b)`
    # The text between the target and the value must be `=` (blanks and `\` continuations
    # aside), and the value's own text must hold no parenthesis: `n = (a).b`, `n = (a.b)`.
    line, col = source.skip_blanks(*source.position(target.end_lineno, target.end_col_offset))
    if source.char(line, col) != "=":
        return None
    line, col = source.skip_blanks(line, col + 1)
    if (line, col) != source.position(value.lineno, value.col_offset):
        return None
    lines = source.lines[value.lineno - 1:value.end_lineno]
    start = source.column(value.lineno, value.col_offset)
    end = source.column(value.end_lineno, value.end_col_offset)
    text = lines[0][start:end] if len(lines) == 1 else lines[0][start:] + "".join(lines[1:-1]) + lines[-1][:end]
    if "(" in text or ")" in text:
        return None
    return target.id, chain


def literal_all(statements):
    """The strings of `__all__` when there is exactly one module-level plain `__all__ = [...]`
    or `(...)` of string literals (one target), else None."""
    assignments = [node for node in statements if isinstance(node, ast.Assign) and len(node.targets) == 1
                   and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "__all__"]
    if len(assignments) != 1:
        return None
    value = assignments[0].value
    if not isinstance(value, (ast.List, ast.Tuple)):
        return None
    if not all(isinstance(e, ast.Constant) and type(e.value) is str for e in value.elts):
        return None
    return [e.value for e in value.elts]


def bound_names(node, package):
    """(name, dotted target) for each name an import statement binds (SPEC §4, "Name
    resolution"): `import a.b` binds a → a, `import a.b as c` c → a.b, `from X import n
    as m` m → X.n; a relative import that resolves to nothing, and `*`, bind nothing."""
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.asname:
                yield alias.asname, alias.name
            else:
                first = alias.name.split(".")[0]
                yield first, first
        return
    resolved = resolve_relative(node.level, node.module, package)
    if resolved is None:
        return
    for alias in node.names:
        if alias.name != "*":
            yield alias.asname or alias.name, f"{resolved}.{alias.name}"


def analyse(args):
    """Everything one file contributes; positions are (line, 0-based code-point column)."""
    root, path = args
    config = _CONFIG
    text, tree, status, reason = read_source(os.path.join(root, path))
    module_parts, is_package = module_name(path, config["src_roots"])
    result = {"path": path, "status": status, "reason": reason, "module": ".".join(module_parts),
              "findings": [], "references": [], "definitions": [],
              "defined": [], "exports": {}, "stars": [], "all": None}
    if status != "ok":
        return result
    source = Source(text)
    module = result["module"]
    package = module_parts if is_package else module_parts[:-1]
    imports, names, attribute_parent, definitions = collect(tree)

    # Import bindings (flow-insensitive) and import references.
    bindings = {}
    references = []  # (set of resolved dotted paths, (line, col))
    from_statements = []  # (node, resolved module or None)
    for node in imports:
        for name, target in bound_names(node, package):
            bindings.setdefault(name, set()).add(target)
        if isinstance(node, ast.Import):
            for alias in node.names:
                references.append(({alias.name}, source.position(alias.lineno, alias.col_offset)))
            continue
        resolved = resolve_relative(node.level, node.module, package)
        from_statements.append((node, resolved))
        if resolved is None:
            continue
        for alias in node.names:
            if alias.name == "*":
                # `from M import *` binds nothing but references M, at its module path.
                position = source.after_keywords(*source.position(node.lineno, node.col_offset), ["from"])
                references.append(({resolved}, position))
            else:
                references.append(({f"{resolved}.{alias.name}"}, source.position(alias.lineno, alias.col_offset)))

    # Dotted chains n0.n1...nk over a bound name, maximal, not through a parenthesised prefix.
    for name in names:
        targets = bindings.get(name.id)
        if not targets:
            continue
        attributes, current = [], name
        while True:
            parent = attribute_parent.get(id(current))
            if parent is None:
                break
            line, col = source.skip_blanks(*source.position(current.end_lineno, current.end_col_offset),
                                           comments=True, newlines=True)
            if source.char(line, col) != ".":  # a `)`: the prefix is parenthesised
                break
            attributes.append(parent.attr)
            current = parent
        suffix = "".join("." + a for a in attributes)
        references.append(({t + suffix for t in targets}, source.position(name.lineno, name.col_offset)))

    # Module-level exports (SPEC §4, "Following re-exports"): what this file gives other
    # files when it is the project module of its name. Star imports are resolved project-wide.
    statements = list(module_level_statements(tree.body))
    defined, aliases, exports, stars = set(), [], {}, []
    for node in statements:
        if isinstance(node, DEF_NODES):
            defined.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for name, target in bound_names(node, package):
                exports.setdefault(name, set()).add(target)
            if isinstance(node, ast.ImportFrom) and any(alias.name == "*" for alias in node.names):
                resolved = resolve_relative(node.level, node.module, package)
                if resolved is not None:
                    stars.append(resolved)
        elif isinstance(node, ast.Assign):
            alias = alias_of(node, source)
            if alias:
                aliases.append(alias)
    aliased = {n for n, _ in aliases}
    for n, chain in aliases:
        rest = "".join("." + part for part in chain[1:])
        targets = {t + rest for t in bindings.get(chain[0], ())}
        if chain[0] in defined or chain[0] in aliased:
            targets.add(f"{module}.{chain[0]}{rest}")
        if targets:
            exports.setdefault(n, set()).update(targets)
    result["defined"] = sorted(defined)
    result["exports"] = {n: sorted(t) for n, t in exports.items()}
    result["stars"] = stars
    result["all"] = literal_all(statements)

    if any(rule["kind"] in REFERENCE_KINDS and rule_applies(rule, path) for rule in config["rules"]):
        result["references"] = [(sorted(paths), position) for paths, position in references]
    for rule in config["rules"]:
        if rule["kind"] == "deprecated-import" and rule_applies(rule, path):
            result["findings"].extend(deprecated_findings(rule, imports, from_statements, source, package))
    for node, nested in definitions:
        if isinstance(node, ast.AsyncFunctionDef):
            keywords = ["async", "def"]
        elif isinstance(node, ast.FunctionDef):
            keywords = ["def"]
        else:
            keywords = ["class"]
        line, col = source.after_keywords(*source.position(node.lineno, node.col_offset), keywords)
        kind = "class" if isinstance(node, ast.ClassDef) else "function"
        enum = kind == "class" and is_enum_class(node)
        result["definitions"].append((node.name, kind, enum, nested, line, col))
    return result


def deprecated_findings(rule, imports, from_statements, source, package):
    entries = rule["modules"]

    def module_entry(module):
        """The first whole-module entry that deprecates `module` (it or a parent)."""
        for index, entry in enumerate(entries):
            if "names" not in entry and (module == entry["module"] or module.startswith(entry["module"] + ".")):
                return index
        return None

    findings = []
    for node in imports:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if module_entry(alias.name) is not None:
                    findings.append((rule["id"], *source.position(alias.lineno, alias.col_offset)))
    for node, module in from_statements:
        if module is None:
            continue
        statement_entry = module_entry(module)
        statement_found = False
        names = [alias for alias in node.names if alias.name != "*"]
        if not names and statement_entry is not None:
            statement_found = True
        for alias in names:
            candidates = [] if statement_entry is None else [statement_entry]
            for index, entry in enumerate(entries):
                if "names" in entry:
                    if module == entry["module"] and alias.name in entry["names"]:
                        candidates.append(index)
                elif f"{module}.{alias.name}" == entry["module"]:
                    candidates.append(index)
            if not candidates:
                continue
            winner = min(candidates)
            if winner == statement_entry:
                statement_found = True
            else:
                findings.append((rule["id"], *source.position(alias.lineno, alias.col_offset)))
        if statement_found:
            line, col = source.after_keywords(*source.position(node.lineno, node.col_offset), ["from"])
            findings.append((rule["id"], line, col))
    return findings


# ---------------------------------------------------------------------------------------
# The whole project

class Project:
    """SPEC §4 "Following re-exports": project modules, their exports, resolution sets."""

    def __init__(self, results):
        self.modules = {}  # module name -> the file's result (first in byte order wins)
        for r in sorted(results, key=lambda r: r["path"].encode("utf-8", "surrogatepass")):
            if r["status"] != "unanalysable" and r["module"] and r["module"] not in self.modules:
                self.modules[r["module"]] = r
        # Public names of every module: its literal `__all__`, or the least fixed point of
        # "defines or exports at module level, star imports included, not starting with `_`".
        public = {}
        for name, r in self.modules.items():
            if r["all"] is not None:
                public[name] = set(r["all"])
            else:
                public[name] = {n for n in list(r["defined"]) + list(r["exports"]) if not n.startswith("_")}
        changed = True
        while changed:
            changed = False
            for name, r in self.modules.items():
                if r["all"] is not None:
                    continue
                for star in r["stars"]:
                    if star in public:
                        new = {n for n in public[star] if not n.startswith("_")} - public[name]
                        if new:
                            public[name] |= new
                            changed = True
        self.public = public
        self.exports = {}
        for name, r in self.modules.items():
            exports = {n: set(t) for n, t in r["exports"].items()}
            for star in r["stars"]:
                for n in public.get(star, ()):
                    exports.setdefault(n, set()).add(f"{star}.{n}")
            self.exports[name] = exports
        self._resolved = {}

    def step(self, path):
        """The next paths of `path`: through the longest project-module prefix followed by a part."""
        parts = path.split(".")
        for i in range(len(parts) - 1, 0, -1):
            prefix = ".".join(parts[:i])
            if prefix in self.modules:
                targets = self.exports[prefix].get(parts[i])
                if not targets:
                    return []
                rest = "".join("." + part for part in parts[i + 1:])
                return sorted(t + rest for t in targets)
        return []

    def resolve(self, path):
        """The resolution set of `path` in breadth-first order, with each path's parent."""
        cached = self._resolved.get(path)
        if cached is not None:
            return cached
        order, parent, depth = [path], {path: None}, {path: 0}
        index = 0
        while index < len(order):
            current = order[index]
            index += 1
            if depth[current] >= MAX_STEPS:
                continue
            for following in self.step(current):
                if following not in parent:
                    parent[following] = current
                    depth[following] = depth[current] + 1
                    order.append(following)
        self._resolved[path] = cached = (order, parent)
        return cached

    def via(self, paths, apis):
        """A shortest chain from one of `paths` to a path that references one of `apis`."""
        best = None
        for start in sorted(paths):
            order, parent = self.resolve(start)
            for found in order:
                if any(found == api or found.startswith(api + ".") for api in apis):
                    chain = [found]
                    while parent[chain[-1]] is not None:
                        chain.append(parent[chain[-1]])
                    chain.reverse()
                    if best is None or len(chain) < len(best):
                        best = chain
                    break  # breadth-first: the first match of this start is its nearest
        return best


def reference_match(project, rule, paths, apis):
    """None (no reference), [] (a direct one) or the `via` chain of one through re-exports."""
    if any(references_api(paths, api) for api in apis):
        return []
    if not rule.get("follow-reexports", FOLLOW_DEFAULT):
        return None
    return project.via(paths, apis)


def run(root, config, jobs=None):
    files, skipped_links = discover(root, config)
    work = [(root, path) for path in files]
    if jobs == 1 or len(work) < 50:
        _set_config(config)
        results = [analyse(item) for item in work]
    else:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_set_config, initargs=(config,)) as pool:
            results = list(pool.map(analyse, work, chunksize=8))
    analysed = [r for r in results if r["status"] == "ok"]
    project = Project(results)
    findings = [(rule_id, r["path"], line, col, None) for r in analysed for rule_id, line, col in r["findings"]]
    patterns_report = {}
    for rule in config["rules"]:
        if rule["kind"] == "banned-api":
            for r in analysed:
                if not rule_applies(rule, r["path"]):
                    continue
                for paths, (line, col) in r["references"]:
                    chain = reference_match(project, rule, paths, rule["apis"])
                    if chain is not None:
                        findings.append((rule["id"], r["path"], line, col, chain or None))
        elif rule["kind"] == "duplicate-definition":
            findings.extend((*f, None) for f in duplicate_findings(rule, analysed))
        elif rule["kind"] == "competing-patterns":
            found, counts = competing_findings(rule, analysed, project)
            findings.extend(found)
            patterns_report[rule["id"]] = counts
    findings = [(rule_id, path, line, col + 1, via) for rule_id, path, line, col, via in findings]
    findings.sort(key=lambda f: (f[1], f[2], f[3], f[0]))

    severity = {rule["id"]: rule["severity"] for rule in config["rules"]}
    failing = {f[1] for f in findings if severity[f[0]] in config["count_severities"]}
    categories = {name: {"files": 0, "compliant": 0, "unparsed": 0} for name, _ in config["categories"]}
    file_categories = {}
    for r in results:
        category = category_of(r["path"], config["categories"])
        file_categories[r["path"]] = category
        counts = categories.setdefault(category, {"files": 0, "compliant": 0, "unparsed": 0})
        counts["files"] += 1
        if r["status"] != "unanalysable" and r["path"] not in failing:
            counts["compliant"] += 1
        if r["status"] == "unparsed":
            counts["unparsed"] += 1
    return {
        "version": 1,
        "findings": [dict({"rule": f[0], "path": f[1], "line": f[2], "col": f[3]}, **({"via": f[4]} if f[4] else {}))
                     for f in findings],
        "categories": categories,
        # Files with a finding whose severity is in count-severities (not compliant).
        "failing": sorted(failing),
        "files": file_categories,
        "unanalysable": [{"path": r["path"], "reason": r["reason"]} for r in results if r["status"] == "unanalysable"],
        "unparsed": [{"path": r["path"], "reason": r["reason"]} for r in results if r["status"] == "unparsed"],
        "skipped_links": skipped_links,
        "patterns": patterns_report,
        "project_modules": len(project.modules),
    }


def duplicate_findings(rule, analysed):
    names_re = re.compile(rule["names_re"])
    kinds = rule["kinds"]
    by_name = {}
    for r in analysed:
        if not rule_applies(rule, r["path"]):
            continue
        for name, kind, enum, nested, line, col in r["definitions"]:
            if nested and rule["scope"] == "module":
                continue
            wanted = (kind == "function" and "function" in kinds) or \
                     (kind == "class" and "class" in kinds) or (enum and "enum" in kinds)
            if wanted and names_re.fullmatch(name):
                by_name.setdefault(name, []).append((r["path"], line, col))
    findings = []
    for name, places in by_name.items():
        if len({path for path, _, _ in places}) < 2:
            continue
        for path, line, col in places:
            if not any_glob(rule["canonical_globs"], path):
                findings.append((rule["id"], path, line, col))
    return findings


def competing_findings(rule, analysed, project):
    patterns = rule["patterns"]
    files_using = [0] * len(patterns)
    scoped = []
    for r in analysed:
        if not rule_applies(rule, r["path"]):
            continue
        refs = []  # ({pattern index: [] for a direct use, or its via chain}, (line, col))
        for paths, position in r["references"]:
            used = {}
            for index, pattern in enumerate(patterns):
                chain = reference_match(project, rule, paths, pattern["apis"])
                if chain is not None:
                    used[index] = chain
            if used:
                refs.append((used, position))
        scoped.append((r["path"], refs))
        for index in {i for used, _ in refs for i in used}:
            files_using[index] += 1
    counts = {p["name"]: files_using[i] for i, p in enumerate(patterns)}
    declared = [i for i, p in enumerate(patterns) if p.get("canonical")]
    if declared:
        canonical = declared[0]
    elif sum(1 for n in files_using if n) >= 2:
        canonical = max(range(len(patterns)), key=lambda i: (files_using[i], -i))
    else:
        return [], counts
    findings = []
    for path, refs in scoped:
        for used, (line, col) in refs:
            others = [(len(chain), i, chain) for i, chain in used.items() if i != canonical]
            if others:
                # Direct when some other pattern is used directly; else its shortest chain.
                via = min(others, key=lambda o: (o[0], o[1]))[2]
                findings.append((rule["id"], path, line, col, via or None))
    return findings, counts


def summary(output):
    by_rule, via_rule = {}, {}
    for finding in output["findings"]:
        by_rule[finding["rule"]] = by_rule.get(finding["rule"], 0) + 1
        if "via" in finding:
            via_rule[finding["rule"]] = via_rule.get(finding["rule"], 0) + 1
    lines = [f"{len(output['files'])} files, {len(output['unanalysable'])} unanalysable, "
             f"{len(output['unparsed'])} unparsed by ast, {len(output['findings'])} findings, "
             f"{output.get('project_modules', 0)} project modules"]
    lines += [f"  {rule:8} {count:6} findings, {via_rule.get(rule, 0):6} only through re-exports (via)"
              for rule, count in sorted(by_rule.items())]
    for name, counts in output["categories"].items():
        lines.append(f"  {name:12} {counts['files']:6} files {counts['compliant']:6} compliant "
                     f"({counts['unparsed']} unparsed)")
    for rule_id, counts in output["patterns"].items():
        lines.append(f"  {rule_id} pattern files: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------
# Self-test: the pieces on tiny hand-made trees

def _config(rules, categories=None, src_roots=None):
    # The self-tests are written for SPEC's default, following on, unless a rule says otherwise.
    rules = [dict({"follow-reexports": True}, **rule) if rule.get("kind") in ("banned-api", "competing-patterns")
             else rule for rule in rules]
    data = {"rules": rules, "categories": categories or [{"name": "Tests", "paths": ["test/**", "**/tests/**", "test_*.py"]},
                                                         {"name": "Library", "paths": ["**"]}]}
    if src_roots:
        data["src-roots"] = src_roots
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(data, handle)
    try:
        return load_config(handle.name)
    finally:
        os.unlink(handle.name)


def _tree(files):
    root = tempfile.mkdtemp(prefix="rules-oracle-")
    for path, content in files.items():
        absolute = os.path.join(root, path)
        os.makedirs(os.path.dirname(absolute), exist_ok=True)
        with open(absolute, "wb") as handle:
            handle.write(content.encode("utf-8") if isinstance(content, str) else content)
    return root


def _found(output, rule=None):
    return sorted((f["path"], f["line"], f["col"]) for f in output["findings"] if rule in (None, f["rule"]))


ENV = {"id": "ENV", "kind": "banned-api", "severity": "error", "message": "{api}",
       "apis": ["os.environ", "os.environb", "os.getenv", "os.getenvb", "os.putenv", "os.unsetenv"]}


REEXPORT_FILES = {
    "pkg/__init__.py": (
        "from .impl import WebSocketManager\n"
        "import pkg.sub as s\n"
        "from .stars import *\n"
        "from .allstar import *\n"
        "try:\n"
        "    from _speedups import fast\n"
        "except ImportError:\n"
        "    from .impl import fast\n"
        "def local():\n"
        "    from .sub import Thing\n"
        "class K:\n"
        "    from .sub import Thing2\n"),
    "pkg/impl.py": (
        "import os\n"
        "from typing import TYPE_CHECKING\n"
        "class UnifiedWebSocketManager: pass\n"
        "WebSocketManager = UnifiedWebSocketManager\n"
        "Alias2 = WebSocketManager\n"
        "env = os.environ\n"
        "def fast(): pass\n"
        "Multi = A = UnifiedWebSocketManager\n"
        "Paren = (UnifiedWebSocketManager)\n"
        "Paren2 = (os).environ\n"
        "Call = UnifiedWebSocketManager()\n"
        "Ann: type = UnifiedWebSocketManager\n"
        "Unbound = nowhere.thing\n"
        "_private = UnifiedWebSocketManager\n"
        "Cont = os.\\\n    getenv\n"
        "if TYPE_CHECKING:\n"
        "    from os import environb as TE\n"
        "for _ in ():\n"
        "    while False:\n"
        "        with x:\n"
        "            match y:\n"
        "                case 1:\n"
        "                    Deep = UnifiedWebSocketManager\n"),
    "pkg/sub.py": "from pkg.impl import UnifiedWebSocketManager as Thing, UnifiedWebSocketManager as Thing2\n",
    "pkg/stars.py": "from .impl import *\nfrom .... import *\n",
    "pkg/allstar.py": "__all__ = ['Only']\n__all__ += ['NotListed']\nfrom .impl import UnifiedWebSocketManager as Only, UnifiedWebSocketManager as NotListed\n",
    "two_all.py": "__all__ = ['a']\n__all__ = ['b']\nfrom os import environ as _e, getenv as g\nclass a: pass\n",
    "facade2.py": "from two_all import *\n",
    "cyc/a.py": "from .b import *\nclass A: pass\n",
    "cyc/b.py": "from .a import *\nclass B: pass\n",
    "loop.py": "x = y\ny = x\n",
    "dup/m.py": "class X: pass\n",
    "dup/m/__init__.py": "from os import environ as X\n",
    "bad/m.py": "'unterminated\n",
    "bad/m/__init__.py": "from os import environ as X\n",
    "user.py": (
        "from pkg import WebSocketManager, s, fast, Thing, Thing2, UnifiedWebSocketManager, Only, NotListed\n"
        "s.Thing.connect()\n"
        "from pkg.impl import Alias2, env, Multi, Paren, Paren2, Call, Ann, Unbound, _private, Cont, TE, Deep\n"
        "from pkg.stars import env as e2, _private as p2\n"
        "from facade2 import g, _e, b, a\n"
        "from cyc.a import A, B\n"
        "from loop import x\n"
        "from dup.m import X\n"
        "from bad.m import X as Y\n"
        "import pkg.impl\n"
        "pkg.impl.WebSocketManager\n"
        "import facade2\n"
        "def f():\n"
        "    import pkg as p\n"
        "    p.WebSocketManager\n"),
}
for _i in range(18):
    REEXPORT_FILES[f"deep/m{_i}.py"] = f"from deep.m{_i + 1} import X\n"
REEXPORT_FILES["deep/user.py"] = "from deep.m0 import X\n"


def _self_test_reexports():
    """SPEC §4 "Following re-exports and aliases across the project"."""
    ban = {"id": "BAN", "kind": "banned-api", "severity": "error", "message": "{api} {via}",
           "apis": ["pkg.impl.UnifiedWebSocketManager", "cyc.b.A", "loop.y", "deep.m16.X", "deep.m17.X", "pkg.impl.fast"]}
    root = _tree(REEXPORT_FILES)
    out = run(root, _config([ban, ENV]))
    got = [(f["rule"], f["path"], f["line"], f["col"], f.get("via")) for f in out["findings"]]
    U = "pkg.impl.UnifiedWebSocketManager"
    want_user = [
        ("BAN", 1, 17, ["pkg.WebSocketManager", "pkg.impl.WebSocketManager", U]),   # facade + alias
        ("BAN", 1, 38, ["pkg.fast", "pkg.impl.fast"]),                              # try/except ImportError
        ("BAN", 1, 59, ["pkg.UnifiedWebSocketManager", "pkg.stars.UnifiedWebSocketManager", U]),  # star of star
        ("BAN", 1, 84, ["pkg.Only", "pkg.allstar.Only", U]),                        # star with __all__
        ("BAN", 2, 1, ["pkg.s.Thing.connect", "pkg.sub.Thing.connect", U + ".connect"]),  # import pkg.sub as s
        ("BAN", 3, 22, ["pkg.impl.Alias2", "pkg.impl.WebSocketManager", U]),        # alias of an alias
        ("ENV", 3, 30, ["pkg.impl.env", "os.environ"]),                             # alias through an import
        ("BAN", 3, 77, ["pkg.impl._private", U]),
        ("ENV", 3, 87, ["pkg.impl.Cont", "os.getenv"]),                             # `\` continuation
        ("ENV", 3, 93, ["pkg.impl.TE", "os.environb"]),                             # under if TYPE_CHECKING
        ("BAN", 3, 97, ["pkg.impl.Deep", U]),                                       # under for/while/with/match
        ("ENV", 4, 23, ["pkg.stars.env", "pkg.impl.env", "os.environ"]),            # `_private` is not public
        ("ENV", 5, 21, ["facade2.g", "two_all.g", "os.getenv"]),                    # two `__all__`: public names
        ("BAN", 6, 19, ["cyc.a.A", "cyc.b.A"]),                                     # mutual star imports
        ("BAN", 7, 18, ["loop.x", "loop.y"]),                                       # an alias cycle
        ("ENV", 9, 19, ["bad.m.X", "os.environ"]),                                  # bad/m.py is unanalysable
        ("BAN", 11, 1, ["pkg.impl.WebSocketManager", U]),
        ("BAN", 15, 5, ["pkg.WebSocketManager", "pkg.impl.WebSocketManager", U]),
    ]
    assert [g[:1] + g[2:] for g in got if g[1] == "user.py"] == want_user, [g for g in got if g[1] == "user.py"]
    # Function- and class-level imports are references but not exports (pkg.Thing, pkg.Thing2).
    assert [g for g in got if g[1] == "pkg/__init__.py"] == [
        ("BAN", "pkg/__init__.py", 1, 19, ["pkg.impl.WebSocketManager", U]),
        ("BAN", "pkg/__init__.py", 8, 23, None),
        ("BAN", "pkg/__init__.py", 10, 22, ["pkg.sub.Thing", U]),
        ("BAN", "pkg/__init__.py", 12, 22, ["pkg.sub.Thing2", U])], got
    # 16 steps: deep.m16.X is in the set of deep.m0.X, deep.m17.X is not.
    deep = [g for g in got if g[1] == "deep/user.py"]
    assert deep == [("BAN", "deep/user.py", 1, 21, ["deep.m0.X"] + [f"deep.m{i}.X" for i in range(1, 17)])], deep
    assert ("BAN", "deep/m16.py", 1, 22, None) in got and not any(g[1] == "deep/m17.py" for g in got)
    # Two files, one module name: dup/m.py (defines X) comes before dup/m/__init__.py.
    assert not any(g[1] == "user.py" and g[2] == 8 for g in got)

    # follow-reexports: false is the old behaviour: direct matches only, never a via.
    out = run(root, _config([dict(ban, **{"follow-reexports": False}), dict(ENV, **{"follow-reexports": False})]))
    direct = [(f["rule"], f["path"], f["line"], f["col"]) for f in out["findings"]]
    assert not any("via" in f for f in out["findings"])
    assert direct == [g[:4] for g in got if g[4] is None], direct

    # competing-patterns through re-exports: uses, file counts and the via of findings.
    pat = {"id": "PAT", "kind": "competing-patterns", "severity": "error", "message": "{pattern} {via}", "patterns": [
        {"name": "env", "apis": ["os.environ", "os.getenv"]}, {"name": "ws", "apis": [U]}]}
    out = run(root, _config([pat]))
    assert out["patterns"]["PAT"] == {"env": 5, "ws": 4}, out["patterns"]
    pat_found = [(f["path"], f["line"], f["col"], f.get("via")) for f in out["findings"]]
    ws = [g[1:] for g in got if g[0] == "BAN" and (g[4][-1].startswith(U) if g[4] else g[1] in ("pkg/allstar.py", "pkg/sub.py"))]
    assert pat_found == ws and len(ws) == 16, pat_found
    out = run(root, _config([dict(pat, **{"follow-reexports": False})]))
    assert out["patterns"]["PAT"] == {"env": 4, "ws": 2}, out["patterns"]
    assert [(f["path"], f["line"], f["col"], f.get("via")) for f in out["findings"]] == [g for g in ws if g[3] is None]

    # Star imports reference their module (the first token of the module path, the `.` of
    # a relative one); one that resolves to nothing references nothing.
    files = {"s.py": "from os import *\nfrom os.path import *\nfrom \\\n  os import *\nfrom sys import *\n",
             "pkg2/__init__.py": "", "pkg2/a.py": "from . import *\nfrom .b import *\nfrom ... import *\n",
             "pkg2/b.py": "def f():\n    from .. import *\n"}
    out = run(_tree(files), _config([dict(ENV, apis=["os", "pkg2"]), dict(ENV, id="ENV2")]))
    assert _found(out, "ENV") == [("pkg2/a.py", 1, 6), ("pkg2/a.py", 2, 6), ("s.py", 1, 6), ("s.py", 2, 6),
                                  ("s.py", 4, 3)], _found(out, "ENV")
    assert _found(out, "ENV2") == []

    # Alias forms and literal `__all__` on their own.
    tree = ast.parse("import a\nx = a.b\ny = (a.b)\nz = (a).b\nw = a . b\n(v) = a\nu = a.b()\n")
    source = Source("import a\nx = a.b\ny = (a.b)\nz = (a).b\nw = a . b\n(v) = a\nu = a.b()\n")
    assert [alias_of(n, source) for n in tree.body[1:]] == [("x", ["a", "b"]), None, None, ("w", ["a", "b"]), None, None]
    for text, want in (("__all__ = ['a', \"b\"]", ["a", "b"]), ("__all__ = ('a',)", ["a"]), ("__all__ = []", []),
                       ("__all__ = ['a', b]", None), ("__all__ = [f'a']", None), ("__all__: list = ['a']", None),
                       ("__all__ = ['a']\n__all__ = ['b']", None), ("__all__ = x = ['a']", None),
                       ("__all__ = ['a']\n__all__ += ['b']\n__all__.append('c')", ["a"]),
                       ("if x:\n    __all__ = ['a']\ndef f():\n    __all__ = ['b']", ["a"])):
        assert literal_all(list(module_level_statements(ast.parse(text).body))) == want, text


def self_test():
    # Name resolution, chains and what is not a reference.
    source = '''import os
from os import environ as env, getenv
import sys as env
from os import *
x = os.environ["A"]
y = env.get("B"); getenv("C")
env = 2
env[0] = 1
env.x = 1
(os).environ; (os.environ).get; os . environ
f"{os.environ['X']} {'os.environ'}"  # os.environ
def f(env=os.environ, *, getenv=None) -> os.getenv: return env
f(env=1)
for env in []: pass
with open(1) as env: pass
try: pass
except E as env: pass
(env := 3)
[env for env in []]
del env
def g():
    global env
class env: pass
match x:
    case env: pass
    case os.environ: pass
os.environb; os.getenvb; os.putenv; os.unsetenv; os.environment; os.environ.copy()
(os
  # comment ) here
  .environ); os.\\
environ
ü = "é"; os.getenv
((os)
 .environ)
'''
    root = _tree({"m.py": source})
    out = run(root, _config([ENV]))
    want = [(2, 16), (2, 32), (5, 5), (6, 5), (6, 19), (8, 1), (9, 1), (10, 16), (10, 33), (11, 4),
            (12, 11), (12, 42), (12, 60), (19, 2), (26, 10), (27, 1), (27, 14), (27, 26), (27, 37),
            (27, 66), (28, 2), (30, 14), (32, 10)]
    got = [(line, col) for _, line, col in _found(out)]
    assert got == want, f"chains: {got}"

    # Relative imports, packages, src-roots, multiple targets.
    files = {
        "pkg/__init__.py": "from .sub import cfg\ncfg.get\n",
        "pkg/sub/__init__.py": "",
        "pkg/sub/m.py": "from .cfg import get\nfrom .. import sub\nfrom .... import nothing\nget()\nsub.cfg.get\n"
                        "import pkg.sub.cfg as get\nget.x\n",
        "top.py": "from . import cfg\ncfg.get\nfrom pkg.sub.cfg import get as g\ng.x()\n",
        "src/lib/n.py": "from .q import get\nget\n",
    }
    api = dict(ENV, apis=["pkg.sub.cfg.get", "lib.q"])
    out = run(_tree(files), _config([api], src_roots=["./src/", "."]))
    assert _found(out) == [("pkg/__init__.py", 2, 1), ("pkg/sub/m.py", 1, 18), ("pkg/sub/m.py", 4, 1),
                           ("pkg/sub/m.py", 5, 1), ("pkg/sub/m.py", 7, 1),
                           ("src/lib/n.py", 1, 16), ("src/lib/n.py", 2, 1),
                           ("top.py", 3, 25), ("top.py", 4, 1)], _found(out)
    assert module_name("a/b/__init__.py", [""]) == (["a", "b"], True)
    assert module_name("src/a/b.py", ["", "src"]) == (["a", "b"], False)

    # Positions: non-ASCII, BOM, Latin-1 cookie, CRLF and lone CR, f-strings reusing quotes.
    files = {
        "u.py": "import os\nx = 'éé'; os.environ\n",
        "bom.py": b"\xef\xbb\xbfimport os\nos.environ\n",
        "latin.py": b"# -*- coding: latin-1 -*-\nimport os\nx = '\xe9\xe9'; os.environ\n",
        "crlf.py": b"import os\r\nx = 1\r\nos.environ\r\n",
        "cr.py": b"import os\rx = 1\ros.environ\r",
        "fs.py": 'import os\nd = {}\nx = f"{d["k"]} {os.environ["A"]:>{os.sep}}"\ny = f"""\n{ os.getenv("B") =}"""\n',
    }
    out = run(_tree(files), _config([ENV]))
    assert _found(out) == [("bom.py", 2, 1), ("cr.py", 3, 1), ("crlf.py", 3, 1), ("fs.py", 3, 17),
                           ("fs.py", 5, 3), ("latin.py", 3, 11), ("u.py", 2, 11)], _found(out)

    # deprecated-import.
    dep = {"id": "DEP", "kind": "deprecated-import", "severity": "error", "message": "{module}", "modules": [
        {"module": "optparse", "replacement": "argparse"},
        {"module": "typing", "names": ["List", "Dict"], "replacement": "builtins"},
        {"module": "unittest.mock", "replacement": "mock"},
        {"module": "lib2to3", "replacement": "ast"},
        {"module": "asyncio.log", "names": ["logger"], "replacement": "logging"},
        {"module": "asyncio.coroutines", "replacement": "inspect"},
        {"module": "a.b", "replacement": "x"},
        {"module": "a", "replacement": "y"},
        {"module": "c", "names": ["n"], "replacement": "z"},
        {"module": "c", "replacement": "w"},
    ]}
    files = {
        "d.py": "import optparse\nimport optparse.x as y, sys\nimport sys, optparse\nfrom optparse import OptionParser\n"
                "from optparse import *\nfrom optparse.sub import n\nfrom typing import List, Any, Dict as D\n"
                "import typing\nfrom typing import *\nfrom unittest import mock, case\nfrom \\\n  optparse import x\n"
                "from unittest.mock import patch\nimport optparser\nimport unittest.mock as m\n"
                "import a.b.c\nfrom a import b\nfrom c import n, o\nfrom typing.List import x\n",
        "lib2to3/fixes/fix_a.py": "from .. import fixer_base\nfrom ..fixer_util import Name\nfrom . import other\n",
        "asyncio/x.py": "from . import coroutines, events\nfrom .log import logger\nfrom asyncio import log\n",
    }
    out = run(_tree(files), _config([dep]))
    assert _found(out) == [("asyncio/x.py", 1, 15), ("asyncio/x.py", 2, 18),
                           ("d.py", 1, 8), ("d.py", 2, 8), ("d.py", 3, 13), ("d.py", 4, 6), ("d.py", 5, 6),
                           ("d.py", 6, 6), ("d.py", 7, 20), ("d.py", 7, 31), ("d.py", 10, 22), ("d.py", 12, 3),
                           ("d.py", 13, 6), ("d.py", 15, 8), ("d.py", 16, 8), ("d.py", 17, 15),
                           ("d.py", 18, 6), ("d.py", 18, 15),
                           ("lib2to3/fixes/fix_a.py", 1, 6), ("lib2to3/fixes/fix_a.py", 2, 6),
                           ("lib2to3/fixes/fix_a.py", 3, 6)], _found(out)

    # duplicate-definition.
    dupx = {"id": "DUPX", "kind": "duplicate-definition", "severity": "error", "message": "{name}",
            "names": r"(create|get|make)_\w+|\w+Error", "kinds": ["function", "class"], "scope": "module"}
    dupe = {"id": "DUPE", "kind": "duplicate-definition", "severity": "error", "message": "{name}", "kinds": ["enum"]}
    files = {
        "a.py": "def create_x(): pass\nclass FooError(Exception): pass\nif True:\n    def make_y(): pass\n"
                "class C:\n    def get_z(self): pass\ndef outer():\n    def create_x(): pass\nasync def get_q(): pass\n"
                "class Color(enum.Enum): pass\nclass Shade(IntFlag): pass\nclass NotE(Enum()): pass\n"
                "@deco\nclass  \\\n  Thing(Enum): pass\n",
        "b.py": "class create_x: pass\ndef make_y(): pass\ndef get_z(): pass\nasync  def  get_q(): pass\n"
                "class Color(Enum): pass\nclass Shade(x.y.StrEnum, metaclass=M): pass\n"
                "class NotE(Generic[Enum]): pass\nclass Thing(f().Enum): pass\nlambda: 0\n",
        "c.py": "def FooError(): pass\ndef FooError(): pass\nfrom a import create_x\n",
        "d.py": "def create_solo(): pass\ndef create_solo(): pass\n",
        "e.py": "class Thing(int, Flag): pass\n",
    }
    out = run(_tree(files), _config([dupx, dupe]))
    assert _found(out, "DUPX") == [("a.py", 1, 5), ("a.py", 2, 7), ("a.py", 4, 9), ("a.py", 9, 11),
                                   ("b.py", 1, 7), ("b.py", 2, 5), ("b.py", 4, 13),
                                   ("c.py", 1, 5), ("c.py", 2, 5)], _found(out, "DUPX")
    assert _found(out, "DUPE") == [("a.py", 10, 7), ("a.py", 11, 7), ("a.py", 15, 3),
                                   ("b.py", 5, 7), ("b.py", 6, 7), ("e.py", 1, 7)], _found(out, "DUPE")
    canon = dict(dupx, canonical=["a.py"])
    out = run(_tree(files), _config([canon]))
    assert ("a.py", 1, 5) not in _found(out) and ("b.py", 1, 7) in _found(out)

    # competing-patterns: ties go to the first listed; the most files win.
    pat = {"id": "PAT", "kind": "competing-patterns", "severity": "error", "message": "{pattern}", "patterns": [
        {"name": "os.path", "apis": ["os.path"]}, {"name": "pathlib", "apis": ["pathlib.Path", "pathlib.PurePath"]}]}
    files = {
        "p1.py": "import os.path\nos.path.join('a')\n",
        "p2.py": "from pathlib import Path\nPath('x')\n",
        "p3.py": "import pathlib\npathlib.PurePath\n",
        "p4.py": "from os import path\npath.join\nfrom os.path import join\n",
        "p5.py": "import os\nos.getcwd(); os.pathsep\n",
    }
    out = run(_tree(files), _config([pat]))
    assert out["patterns"]["PAT"] == {"os.path": 2, "pathlib": 2}
    assert _found(out) == [("p2.py", 1, 21), ("p2.py", 2, 1), ("p3.py", 2, 1)], _found(out)
    files["p6.py"] = "import pathlib as pl\npl.Path.cwd()\n"
    out = run(_tree(files), _config([pat]))
    assert _found(out) == [("p1.py", 1, 8), ("p1.py", 2, 1), ("p4.py", 1, 16), ("p4.py", 2, 1),
                           ("p4.py", 3, 21)], _found(out)
    out = run(_tree({"p1.py": files["p1.py"], "p4.py": files["p4.py"]}), _config([pat]))
    assert _found(out) == []
    declared = {**pat, "patterns": [pat["patterns"][0], {**pat["patterns"][1], "canonical": True}]}
    out = run(_tree({"p1.py": files["p1.py"]}), _config([declared]))
    assert _found(out) == [("p1.py", 1, 8), ("p1.py", 2, 1)]

    # Discovery, categories, unanalysable and unparsed files.
    root = _tree({
        "test/a.py": "import os\nos.environ\n", "lib/tests/b.py": "", "lib/test_c.py": "", "lib/d.py": "",
        "venv/e.py": "", "x/site-packages/f.py": "", "__pycache__/g.py": "", ".git/h.py": "", "y/.tox/i.py": "",
        "Venv/j.py": "", "bad.py": "'unterminated\n", "py2.py": "import os\nprint 'x', os.environ\n",
        "cookie.py": "# coding: klingon\n", "notes.txt": "",
    })
    os.symlink(os.path.join(root, "lib/d.py"), os.path.join(root, "link.py"))
    os.symlink(os.path.join(root, "lib"), os.path.join(root, "linkdir"))
    out = run(root, _config([ENV]))
    assert sorted(out["files"]) == ["Venv/j.py", "bad.py", "cookie.py", "lib/d.py", "lib/test_c.py",
                                    "lib/tests/b.py", "py2.py", "test/a.py"], sorted(out["files"])
    assert out["skipped_links"] == ["link.py", "linkdir"]
    assert [u["path"] for u in out["unanalysable"]] == ["bad.py", "cookie.py"]
    assert [u["path"] for u in out["unparsed"]] == ["py2.py"]
    assert out["categories"] == {"Tests": {"files": 3, "compliant": 2, "unparsed": 0},
                                 "Library": {"files": 5, "compliant": 3, "unparsed": 1}}, out["categories"]
    out = run(root, _config([ENV], categories=[{"name": "Tests", "paths": ["tests/", "[t]est_?.py"]},
                                               {"name": "Empty", "paths": ["nothing/**"]}]))
    assert out["categories"] == {"Tests": {"files": 2, "compliant": 2, "unparsed": 0},
                                 "Empty": {"files": 0, "compliant": 0, "unparsed": 0},
                                 "Other": {"files": 6, "compliant": 3, "unparsed": 1}}, out["categories"]

    # Globs.
    assert Glob("**/tests/**").matches("tests/a.py") and Glob("**/tests/**").matches("a/tests/b/c.py")
    assert not Glob("test/**").matches("a/test/b.py") and Glob("test").matches("a/test/b.py")
    assert Glob("build/").matches("a/build/x.py") and not Glob("x.py/").matches("x.py")
    assert Glob("a/**/b.py").matches("a/b.py") and Glob("a/**/b.py").matches("a/x/y/b.py")
    assert Glob("./a/*.py").matches("a/b.py") and not Glob("a/*.py").matches("a/c/b.py")
    assert Glob("[!a]?.py").matches("x/by.py") and not Glob("[!a]?.py").matches("ay.py")
    assert Glob("a**b.py").matches("axxb.py") and not Glob("a**b.py").matches("a/b.py")
    assert Glob("[]x]*.py").matches("]a.py") and Glob("[a-c].py").matches("b.py") and not Glob("[a-c].py").matches("d.py")
    assert Glob("x[").matches("x[") and Glob("**").matches("a/b.py") and Glob("*.py").matches("a/b.py")
    _self_test_reexports()
    print("rules_oracle self-test: all checks passed")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", nargs="?")
    parser.add_argument("config", nargs="?")
    parser.add_argument("--out", help="write the JSON here (default: standard output)")
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--summary", action="store_true", help="print figures on standard error")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 12):
        print(f"rules_oracle: warning: written for CPython 3.12, running {sys.version.split()[0]}", file=sys.stderr)
    if args.self_test:
        self_test()
        return 0
    if not args.root or not args.config:
        parser.error("ROOT and CONFIG are required")
    output = run(os.path.abspath(args.root), load_config(args.config), args.jobs)
    text = json.dumps(output, indent=1, ensure_ascii=False)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        print(text)
    if args.summary:
        print(summary(output), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
