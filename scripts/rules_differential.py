#!/usr/bin/env python3
"""Differential test of ssotlint's semantic rules against an independent reference.

Copies this machine's Python standard library (its .py files; site-packages and
__pycache__ left out) into a temporary folder, puts Tests/Oracle/stdlib-rules.yml there
as .ssotlint.yml (so the copy is the project root), adds a symlinked file and folder
(which both sides must skip), and then runs

- the oracle, scripts/oracle/rules_oracle.py, under CPython 3.12 (its `ast`), and
- `ssotlint check --format json --exit-zero` (and `ssotlint report --format json` when
  that command exists) with the copy as the current directory,

and compares the findings as a multiset of (rule, path, line, col), the unanalysable
files, and the files/compliant counts of each category. Findings reached only through
re-exports carry a `"via"` chain on both sides (SPEC §4); the chains are not compared
(several shortest chains may exist), but their counts per rule are printed for each side. A difference is accepted only
when Tests/Oracle/known-differences.md lists it, as a bullet at the start of a line

    - `RULE path:line:col` — reason            (a finding on one side only)
    - `unanalysable path` — reason             (a file unanalysable on one side only)

Exit status: 0 identical up to listed differences, 1 unexplained differences, 2 the test
could not run. Without --ssotlint (or with --oracle-only) it only prints the oracle's
figures.

Usage: rules_differential.py [--ssotlint BIN] [--root STDLIB] [--keep DIR] [--show N]
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONFIG = os.path.join(REPO, "Tests", "Oracle", "stdlib-rules.yml")
KNOWN = os.path.join(REPO, "Tests", "Oracle", "known-differences.md")
ORACLE = os.path.join(REPO, "scripts", "oracle", "rules_oracle.py")
RULES = ("ENVX", "DEPX", "DUPX", "DUPE", "PATX", "REEX", "REEXN", "LIMX")
UNANALYSABLE_RULES = ("syntax-error", "encoding-error")
COPY_SKIPPED = {"site-packages", "__pycache__"}
LINK_FILE, LINK_TARGET = "zz_symlinked_getpass.py", "getpass.py"
LINK_FOLDER, LINK_FOLDER_TARGET = "zz_symlinked_email", "email"
FINDING_LINE = re.compile(r"^[-*]\s+`?(?P<rule>[A-Za-z][A-Za-z0-9_-]*)\s+(?P<path>[^\s`]+?):(?P<line>\d+):(?P<col>\d+)`?"
                          r"\s+(?:—|--|-|:)\s*(?P<reason>\S.*)$")
FILE_LINE = re.compile(r"^[-*]\s+`?unanalysable\s+(?P<path>[^\s`]+)`?\s+(?:—|--|-|:)\s*(?P<reason>\S.*)$")


def oracle_python(name):
    """The interpreter to run the oracle with, and its environment (pyenv needs a version)."""
    env = dict(os.environ)
    probe = [name, "-c", "import sys; assert sys.version_info[:2] == (3, 12)"]
    if subprocess.run(probe, env=env, capture_output=True).returncode != 0:
        env["PYENV_VERSION"] = "3.12.1"
        if subprocess.run(probe, env=env, capture_output=True).returncode != 0:
            sys.exit(f"rules_differential: {name} is not a working CPython 3.12 (try --python)")
    return [name], env


def stdlib_of(python, env):
    code = "import sysconfig; print(sysconfig.get_paths()['stdlib'])"
    return subprocess.run(python + ["-c", code], env=env, capture_output=True, text=True, check=True).stdout.strip()


def copy_tree(root, destination):
    count = 0
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in COPY_SKIPPED and not os.path.islink(os.path.join(folder, d)))
        relative = os.path.relpath(folder, root)
        for name in names:
            source = os.path.join(folder, name)
            if not name.endswith(".py") or os.path.islink(source) or not os.path.isfile(source):
                continue
            target_folder = os.path.join(destination, relative)
            os.makedirs(target_folder, exist_ok=True)
            shutil.copyfile(source, os.path.join(target_folder, name))
            count += 1
    # Symbolic links are skipped by discovery (SPEC §3); a linked copy of a file with
    # findings and definitions would show up on the side that followed it.
    if os.path.isfile(os.path.join(destination, LINK_TARGET)):
        os.symlink(LINK_TARGET, os.path.join(destination, LINK_FILE))
    if os.path.isdir(os.path.join(destination, LINK_FOLDER_TARGET)):
        os.symlink(LINK_FOLDER_TARGET, os.path.join(destination, LINK_FOLDER))
    return count


def config_for_oracle(tree, work):
    """The config as JSON when this Python has PyYAML (the oracle's Python may not)."""
    try:
        import yaml  # noqa: PLC0415
    except ImportError:
        return os.path.join(tree, ".ssotlint.yml")
    with open(CONFIG, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    path = os.path.join(work, "config.json")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
    return path


def load_known():
    findings, files = {}, {}
    if not os.path.exists(KNOWN):
        return findings, files
    with open(KNOWN, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            match = FINDING_LINE.match(line)
            if match and match["rule"] != "unanalysable":
                key = (match["rule"], match["path"], int(match["line"]), int(match["col"]))
                findings[key] = match["reason"].strip()
                continue
            match = FILE_LINE.match(line)
            if match:
                files[match["path"]] = match["reason"].strip()
    return findings, files


def run_ssotlint(binary, tree, command):
    base = [binary, command, "--format", "json"] + (["--exit-zero"] if command == "check" else [])
    for extra in (["--no-cache"], []):
        started = time.monotonic()
        result = subprocess.run(base + extra, cwd=tree, capture_output=True, timeout=1800)
        elapsed = time.monotonic() - started
        stderr = result.stderr.decode("utf-8", "replace")
        if result.returncode == 2 and extra and "no-cache" in stderr:
            continue
        return result.returncode, result.stdout, stderr, elapsed
    return result.returncode, result.stdout, stderr, elapsed


def report_categories(report):
    """{name: (files, compliant)} from a `report` JSON object, whatever its exact shape."""
    categories = report.get("categories") if isinstance(report, dict) else None
    if isinstance(categories, dict):
        items = [dict(value, name=name) for name, value in categories.items() if isinstance(value, dict)]
    elif isinstance(categories, list):
        items = [item for item in categories if isinstance(item, dict)]
    else:
        return None
    result = {}
    for item in items:
        name = item.get("name") or item.get("category")
        files = next((item[k] for k in ("files", "file_count", "fileCount", "total_files") if k in item), None)
        compliant = next((item[k] for k in ("compliant", "compliant_files", "compliantFiles") if k in item), None)
        if name is None or not isinstance(files, int) or not isinstance(compliant, int):
            return None
        result[name] = (files, compliant)
    return result


def report_patterns(report):
    """{rule: {pattern: files}} from a `report` JSON object, or None for an unknown shape."""
    patterns = report.get("patterns") if isinstance(report, dict) else None
    if not isinstance(patterns, list):
        return None
    result = {}
    for item in patterns:
        try:
            result[item["rule"]] = {p["name"]: p["files"] for p in item["patterns"]}
        except (KeyError, TypeError):
            return None
    return result


def source_line(tree, path, line):
    try:
        with open(os.path.join(tree, path), encoding="utf-8", errors="replace", newline="") as handle:
            lines = re.split(r"\r\n|\r|\n", handle.read())
        return lines[line - 1].strip()[:100]
    except (OSError, IndexError):
        return ""


def main():
    parser = argparse.ArgumentParser(description="ssotlint's semantic rules against the ast oracle")
    parser.add_argument("--ssotlint", help="the ssotlint binary (without it: the oracle's figures only)")
    parser.add_argument("--root", help="the tree to copy (default: CPython 3.12's standard library)")
    parser.add_argument("--python", default="python3.12", help="CPython 3.12 for the oracle")
    parser.add_argument("--keep", help="build the copy in this (new) folder and keep it")
    parser.add_argument("--show", type=int, default=40, help="unexplained differences to print")
    parser.add_argument("--oracle-only", action="store_true")
    args = parser.parse_args()

    python, env = oracle_python(args.python)
    root = os.path.abspath(args.root or stdlib_of(python, env))
    work = os.path.abspath(args.keep) if args.keep else tempfile.mkdtemp(prefix="ssotlint-rules-")
    tree = os.path.join(work, "tree")
    try:
        os.makedirs(tree)
        started = time.monotonic()
        copied = copy_tree(root, tree)
        shutil.copyfile(CONFIG, os.path.join(tree, ".ssotlint.yml"))
        print(f"copied {copied} files of {root} to {tree} in {time.monotonic() - started:.1f} s")

        started = time.monotonic()
        oracle_out = os.path.join(work, "oracle.json")
        result = subprocess.run(python + [ORACLE, tree, config_for_oracle(tree, work), "--out", oracle_out],
                                env=env, capture_output=True, text=True)
        if result.returncode != 0:
            print(f"rules_differential: the oracle failed:\n{result.stderr}", file=sys.stderr)
            return 2
        with open(oracle_out, encoding="utf-8") as handle:
            oracle = json.load(handle)
        print(f"oracle: {time.monotonic() - started:.1f} s")
        print_oracle(oracle)
        if args.oracle_only or not args.ssotlint:
            return 0
        return compare(args, tree, oracle)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def print_oracle(oracle):
    per_rule = collections.Counter(f["rule"] for f in oracle["findings"])
    print(f"oracle: {len(oracle['files'])} files, {len(oracle['unanalysable'])} unanalysable, "
          f"{len(oracle['unparsed'])} that ast rejects (not analysed by the oracle), "
          f"{len(oracle['findings'])} findings, symlinks skipped: {', '.join(oracle['skipped_links']) or 'none'}")
    per_rule_via = collections.Counter(f["rule"] for f in oracle["findings"] if f.get("via"))
    for rule in RULES:
        print(f"  {rule:6} {per_rule.get(rule, 0):6} findings in "
              f"{len({f['path'] for f in oracle['findings'] if f['rule'] == rule})} files, "
              f"{per_rule_via.get(rule, 0):5} only through re-exports (via)")
    longest = max((f for f in oracle["findings"] if f.get("via")), key=lambda f: len(f["via"]), default=None)
    if longest:
        chain = longest["via"] if len(longest["via"]) <= 4 else longest["via"][:2] + ["…"] + longest["via"][-1:]
        print(f"  longest via: {len(longest['via'])} paths, {longest['rule']} {longest['path']}:{longest['line']}:"
              f"{longest['col']}: {' → '.join(chain)}")
    print(f"  project modules: {oracle.get('project_modules', '?')}")
    for name, counts in oracle["categories"].items():
        print(f"  {name:10} {counts['files']:5} files {counts['compliant']:5} compliant")
    for rule, counts in oracle["patterns"].items():
        print(f"  {rule} files per pattern: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


def compare(args, tree, oracle):
    code, stdout, stderr, elapsed = run_ssotlint(args.ssotlint, tree, "check")
    if code != 0:
        print(f"rules_differential: `ssotlint check` exited {code}: {stderr.strip()[:2000]}", file=sys.stderr)
        return 2
    try:
        checked = json.loads(stdout)
        ssot_findings = checked["findings"]
    except (ValueError, KeyError, TypeError) as error:
        print(f"rules_differential: `ssotlint check --format json` printed no findings list: {error}", file=sys.stderr)
        return 2
    print(f"ssotlint check: {elapsed:.1f} s, {len(ssot_findings)} findings")

    known, known_files = load_known()
    used_known = set()
    unparsed = {u["path"] for u in oracle["unparsed"]}
    unexplained = []

    # Findings, as multisets.
    ours = collections.Counter((f["rule"], f["path"], f["line"], f["col"]) for f in ssot_findings if f["rule"] in RULES)
    theirs = collections.Counter((f["rule"], f["path"], f["line"], f["col"]) for f in oracle["findings"])
    ours_via = collections.Counter(f["rule"] for f in ssot_findings if f["rule"] in RULES and f.get("via"))
    theirs_via = collections.Counter(f["rule"] for f in oracle["findings"] if f.get("via"))
    via_keys = {side: {(f["rule"], f["path"], f["line"], f["col"]) for f in found if f.get("via")}
                for side, found in (("ours", ssot_findings), ("theirs", oracle["findings"]))}
    print(f"{'rule':8} {'ssotlint':>9} {'oracle':>9} {'common':>9}   {'via: ssotlint':>13} {'oracle':>7} {'both':>6}"
          f" {'same chain':>10}")
    same_chain = collections.Counter()
    oracle_chains = {(f["rule"], f["path"], f["line"], f["col"]): f["via"] for f in oracle["findings"] if f.get("via")}
    for f in ssot_findings:
        key = (f.get("rule"), f.get("path"), f.get("line"), f.get("col"))
        if f.get("via") and oracle_chains.get(key) == f["via"]:
            same_chain[key[0]] += 1
    for rule in RULES:
        a = sum(n for k, n in ours.items() if k[0] == rule)
        b = sum(n for k, n in theirs.items() if k[0] == rule)
        c = sum(min(n, theirs[k]) for k, n in ours.items() if k[0] == rule)
        both = len({k for k in via_keys["ours"] & via_keys["theirs"] if k[0] == rule})
        print(f"{rule:8} {a:9} {b:9} {c:9}   {ours_via.get(rule, 0):13} {theirs_via.get(rule, 0):7} {both:6}"
              f" {same_chain.get(rule, 0):10}")
    mixed = len((via_keys["ours"] ^ via_keys["theirs"]) & set(ours) & set(theirs))
    if mixed:
        print(f"note: {mixed} findings common to both sides carry a via on one side only (not compared)")
    others = collections.Counter(f["rule"] for f in ssot_findings if f["rule"] not in RULES + UNANALYSABLE_RULES)
    if others:
        print("other ssotlint findings (not compared): " + ", ".join(f"{r} {n}" for r, n in sorted(others.items())))
    suppressed = sum(1 for f in ssot_findings if f.get("suppressed"))
    if suppressed:
        print(f"note: {suppressed} ssotlint findings are marked suppressed (compared all the same)")

    difference_files = collections.defaultdict(lambda: [0, 0])  # path -> [listed, unlisted]
    for side, counter, other in (("ssotlint only", ours, theirs), ("oracle only", theirs, ours)):
        for key in sorted(counter - other, key=lambda k: (k[1], k[2], k[3], k[0])):
            rule, path, line, col = key
            if key in known:
                used_known.add(key)
                difference_files[path][0] += 1
                continue
            difference_files[path][1] += 1
            note = " (a file ast rejects: the oracle does not analyse it)" if path in unparsed else ""
            extra = (counter - other)[key]
            unexplained.append(f"{side}: {rule} {path}:{line}:{col}{' ×' + str(extra) if extra > 1 else ''}{note}"
                               f"    | {source_line(tree, path, line)}")

    # Unanalysable files.
    ssot_bad = {f["path"] for f in ssot_findings if f["rule"] in UNANALYSABLE_RULES}
    oracle_bad = {u["path"] for u in oracle["unanalysable"]}
    print(f"unanalysable files: ssotlint {len(ssot_bad)}, oracle {len(oracle_bad)}, common {len(ssot_bad & oracle_bad)}")
    for path in sorted(ssot_bad ^ oracle_bad):
        if path in known_files:
            used_known.add(("unanalysable", path))
            difference_files[path][0] += 1
        else:
            difference_files[path][1] += 1
            unexplained.append(f"unanalysable for {'ssotlint' if path in ssot_bad else 'the oracle'} only: {path}")

    # Categories: ssotlint's own numbers (`report`) or the ones its `check` findings give.
    counted = {"error", "warning"}
    failing = {f["path"] for f in ssot_findings
               if f["rule"] in UNANALYSABLE_RULES or (f.get("severity") in counted and not f.get("suppressed"))}
    file_categories = oracle["files"]
    strangers = sorted(failing - set(file_categories))
    for path in strangers:
        unexplained.append(f"ssotlint reports a file the oracle did not discover: {path}")
    from_check = {name: [0, 0] for name in oracle["categories"]}
    for path, category in file_categories.items():
        from_check[category][0] += 1
        from_check[category][1] += path not in failing
    source = "check findings"
    actual = {name: tuple(v) for name, v in from_check.items()}
    code, stdout, stderr, elapsed = run_ssotlint(args.ssotlint, tree, "report")
    report = None
    if code in (0, 1):
        try:
            report = json.loads(stdout).get("report")
        except (ValueError, AttributeError):
            report = None
        reported = report_categories(report)
        if reported is not None:
            source = "report"
            actual = reported
            print(f"ssotlint report: {elapsed:.1f} s")
        patterns = report_patterns(report)
        for rule, counts in oracle["patterns"].items():
            if patterns is None or rule not in patterns:
                continue
            print(f"{rule} files per pattern: ssotlint {patterns[rule]}, oracle {counts}")
            if patterns[rule] != counts:
                unexplained.append(f"{rule} files per pattern: ssotlint {patterns[rule]}, oracle {counts}")
    if source != "report":
        print("ssotlint report --format json: not available; category counts computed from check's findings "
              "(files per category from the oracle)")
    # What ssotlint should show: the oracle's counts, with the files whose findings differ
    # only by listed differences flipped to ssotlint's verdict.
    # Only findings whose severity is in count-severities make a file non-compliant.
    oracle_failing = set(oracle.get("failing", [f["path"] for f in oracle["findings"]])) | oracle_bad
    predicted = {name: [0, 0] for name in oracle["categories"]}
    for path, category in file_categories.items():
        verdict_failing = path in oracle_failing
        listed, unlisted = difference_files.get(path, (0, 0))
        if listed and not unlisted:
            verdict_failing = path in failing
        predicted[category][0] += 1
        predicted[category][1] += not verdict_failing
    print(f"{'category':10} {'files':>15} {'compliant':>17}   (ssotlint / oracle; ssotlint from {source})")
    for name in sorted(set(actual) | set(predicted), key=lambda n: list(oracle["categories"]).index(n)
                       if n in oracle["categories"] else 99):
        got = tuple(actual.get(name, (0, 0)))
        counts = oracle["categories"].get(name, {"files": 0, "compliant": 0})
        print(f"{name:10} {got[0]:7} / {counts['files']:5} {got[1]:7} / {counts['compliant']:5}")
        if got != tuple(predicted.get(name, (0, 0))) and not (got == (0, 0) and name not in predicted):
            unexplained.append(f"category {name}: ssotlint {got[0]} files {got[1]} compliant, expected "
                               f"{predicted.get(name, [0, 0])[0]} files {predicted.get(name, [0, 0])[1]} compliant "
                               f"(the oracle's, after listed differences)")

    listed = sum(v[0] for v in difference_files.values())
    stale = sorted(set(known) - used_known, key=lambda k: (k[1], k[2], k[3], k[0]))
    stale += [("unanalysable", p) for p in sorted(set(known_files) - {k[1] for k in used_known if k[0] == "unanalysable"})]
    print(f"differences: {listed} listed in {os.path.relpath(KNOWN, REPO)}, {len(unexplained)} unexplained")
    for line in unexplained[:args.show]:
        print("  " + line)
    if len(unexplained) > args.show:
        print(f"  ... and {len(unexplained) - args.show} more (--show N)")
    for entry in stale:
        print(f"  stale entry in known-differences.md (no longer a difference): {' '.join(map(str, entry))}")
    print(f"rules differential: {'PASS' if not unexplained else 'FAIL'}")
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
