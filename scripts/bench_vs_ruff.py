#!/usr/bin/env python3
"""ssotlint vs ruff on the same files: the measuring half of scripts/bench_vs_ruff.sh.

The shell script builds ssotlint, installs ruff into a throwaway virtualenv and makes
sure GNU time is there; this script builds the corpora, times both tools and prints the
report. It can be run on its own:

    python3 scripts/bench_vs_ruff.py --ssotlint .build/release/ssotlint \\
        --ruff /path/to/ruff --work /tmp/somewhere [--runs N] [--quick] [--json FILE]

Measurements (each repeated --runs times, the two tools interleaved, one untimed
warm-up run of each first; the table shows medians):

  cold, env-access   `ssotlint check --no-cache` with builtin:env-access vs
                     `ruff check --no-cache --select TID251` with a banned-api config for
                     the same six APIs; on the stdlib and on the 10x corpus
  rule set           ssotlint with all five rule kinds (Rules/ssot-demo.yml,
                     builtin:env-access, builtin:duplicate-factories, a regex rule) vs
                     env-access alone, cold, on the stdlib; plus each kind alone
                     (--select, at most 3 runs)
  warm cache         both tools without --no-cache: one untimed run fills the cache, then
                     the unchanged tree is timed; then, before each run, one file gets a
                     line `x = 1` appended (one changed file since the previous run)

Wall time is measured around the process (time.perf_counter, which includes the few
milliseconds of starting /usr/bin/time); CPU time (user + system) and peak RSS come
from `/usr/bin/time -v`. Progress goes to stderr, the report to stdout.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import sysconfig
import time

ENV_APIS = ["os.environ", "os.environb", "os.getenv", "os.getenvb", "os.putenv", "os.unsetenv"]
# ssotlint's own findings for files it could not analyse.
UNANALYSABLE = {"syntax-error", "encoding-error", "unreadable-file"}
GNU_TIME = "/usr/bin/time"
BREAKDOWN_RUNS = 3

# What the goals call "close to the unchanged case" for one changed file.
CLOSE_FACTOR = 1.5
CLOSE_SLACK = 0.05  # seconds
# What "no worse" allows for run-to-run noise when two ratios are compared.
NOISE = 1.05


def note(message: str) -> None:
    print(f"bench_vs_ruff: {message}", file=sys.stderr, flush=True)


def die(message: str) -> None:
    note(f"error: {message}")
    sys.exit(2)


# --------------------------------------------------------------------------- corpora


def stdlib_files(stdlib: str) -> list[str]:
    """Paths (relative to `stdlib`) of its .py files: no site-packages or dist-packages,
    no symbolic links (files or folders), in byte order."""
    found = []
    for folder, dirs, files in os.walk(stdlib):
        dirs[:] = sorted(
            d for d in dirs
            if d not in ("site-packages", "dist-packages") and not os.path.islink(os.path.join(folder, d))
        )
        for name in files:
            path = os.path.join(folder, name)
            if name.endswith(".py") and not os.path.islink(path) and os.path.isfile(path):
                found.append(os.path.relpath(path, stdlib))
    return sorted(found, key=os.fsencode)


def copy_files(source_root: str, files: list[str], destination: str) -> None:
    for rel in files:
        target = os.path.join(destination, rel)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(os.path.join(source_root, rel), target)


def write_configs(root: str) -> None:
    with open(os.path.join(root, ".ssotlint.yml"), "w") as f:
        f.write("# bench_vs_ruff: the ENV001 rule alone\n"
                "version: 1\n"
                "rules: [builtin:env-access]\n"
                "cache-dir: .ssotlint_cache\n")
    with open(os.path.join(root, "ruff.toml"), "w") as f:
        f.write("# bench_vs_ruff: TID251 banned-api for the APIs of ssotlint's builtin:env-access\n"
                "[lint.flake8-tidy-imports.banned-api]\n")
        for api in ENV_APIS:
            f.write(f'"{api}".msg = "direct environment access"\n')


def write_config(root: str, name: str, purpose: str, rules: str) -> str:
    """A configuration file `name` in the corpus root (cache in .ssotlint_cache) whose
    first line says what it is for; returns its path."""
    path = os.path.join(root, name)
    with open(path, "w") as f:
        f.write(f"# bench_vs_ruff: {purpose}\nversion: 1\ncache-dir: .ssotlint_cache\n{rules}")
    return path


def write_all_kinds_config(root: str, repo: str) -> str:
    """A configuration running all five rule kinds; returns its path. The demo pack is
    named by a path relative to the corpus root (rule-pack paths are relative to the
    configuration's folder)."""
    pack = os.path.join(repo, "Rules", "ssot-demo.yml")
    if not os.path.isfile(pack):
        die(f"missing {pack}")
    return write_config(root, ".ssotlint-all-kinds.yml", "all five rule kinds",
                        "rules:\n"
                        f"  - {json.dumps(os.path.relpath(pack, root))}   # competing-patterns, deprecated-import, banned-api\n"
                        "  - builtin:env-access              # banned-api\n"
                        "  - builtin:duplicate-factories     # duplicate-definition\n"
                        "  - id: RX001\n"
                        "    kind: regex\n"
                        "    severity: info\n"
                        "    message: \"print call: {match}\"\n"
                        "    pattern: 'print\\('\n")


def write_reexport_configs(root: str) -> tuple[str, str]:
    """Two configurations with one banned-api rule over project-internal APIs of the
    stdlib, mostly reached through package re-exports (`json.JSONDecodeError`,
    `concurrent.futures.Future`, `collections.abc.Mapping`): re-export following on
    and off. Returns their paths."""
    on, off = (write_config(root, f".ssotlint-reexports-{follow}.yml",
                            f"a project-internal API, follow-reexports {follow}",
                            "rules:\n"
                            "  - id: REEX\n"
                            "    kind: banned-api\n"
                            "    severity: error\n"
                            "    message: \"{api}{via}\"\n"
                            "    apis: [json.decoder.JSONDecodeError, concurrent.futures._base.Future, _collections_abc.Mapping]\n"
                            f"    follow-reexports: {follow}\n")
               for follow in ("true", "false"))
    return on, off


def write_env_following_config(root: str) -> str:
    """builtin:env-access with re-export following on: what a cold env-access run costs
    once SPEC §4's default (`follow-reexports: true`) applies to it. Returns the path."""
    return write_config(root, ".ssotlint-env-follow.yml", "the ENV001 rule alone, following re-exports",
                        "rules:\n  - builtin:env-access\noverrides:\n  ENV001: { follow-reexports: true }\n")


# --------------------------------------------------------------------------- running


class Failure(Exception):
    pass


def parse_gnu_time(path: str) -> dict:
    values = {}
    with open(path) as f:
        for line in f:
            key, sep, value = line.strip().rpartition(": ")
            if sep:
                values[key] = value
    try:
        return {
            "cpu": float(values["User time (seconds)"]) + float(values["System time (seconds)"]),
            "rss_kb": int(values["Maximum resident set size (kbytes)"]),
        }
    except KeyError as error:
        raise Failure(f"no {error} in {GNU_TIME} -v output {path}")


class Runner:
    def __init__(self, work: str):
        self.scratch = os.path.join(work, "runs")
        os.makedirs(self.scratch, exist_ok=True)
        self.count = 0

    def run(self, cmd: list[str], cwd: str) -> dict:
        """Runs cmd under /usr/bin/time -v in cwd; returns wall, cpu, rss_kb and the
        paths of its standard output and error."""
        self.count += 1
        base = os.path.join(self.scratch, f"{self.count:04d}")
        out, err, tim = base + ".out", base + ".err", base + ".time"
        with open(out, "wb") as o, open(err, "wb") as e:
            start = time.perf_counter()
            status = subprocess.run([GNU_TIME, "-v", "-o", tim, *cmd], cwd=cwd, stdout=o, stderr=e).returncode
            wall = time.perf_counter() - start
        if status != 0:
            with open(err, errors="replace") as e:
                tail = "".join(e.readlines()[-10:])
            raise Failure(f"`{' '.join(cmd)}` in {cwd} exited {status}:\n{tail}")
        sample = parse_gnu_time(tim)
        sample.update(wall=wall, out=out, err=err)
        return sample


def ssotlint_findings(sample: dict) -> dict:
    with open(sample["out"]) as f:
        try:
            findings = json.load(f)["findings"]
        except (ValueError, KeyError) as error:
            raise Failure(f"ssotlint output {sample['out']} is not its JSON: {error}")
    counts = collections.Counter(x["rule"] for x in findings)
    positions = {(x["path"], x["line"], x["col"]) for x in findings if x["rule"] == "ENV001"}
    unanalysable = len({x["path"] for x in findings if x["rule"] in UNANALYSABLE})
    return {"counts": counts, "env": counts.get("ENV001", 0), "positions": positions,
            "unanalysable": unanalysable}


def ruff_findings(sample: dict, cwd: str) -> dict:
    with open(sample["out"]) as f:
        try:
            findings = json.load(f)
        except ValueError as error:
            raise Failure(f"ruff output {sample['out']} is not its JSON: {error}")
    counts = collections.Counter(x.get("code") or "invalid-syntax" for x in findings)
    positions = {(os.path.relpath(x["filename"], cwd).replace(os.sep, "/"),
                  x["location"]["row"], x["location"]["column"])
                 for x in findings if x.get("code") == "TID251"}
    with open(sample["err"], errors="replace") as f:
        failed = sum(1 for line in f if "Failed to lint" in line)
    syntax_files = len({x["filename"] for x in findings if (x.get("code") or "invalid-syntax") == "invalid-syntax"})
    return {"counts": counts, "env": counts.get("TID251", 0), "positions": positions,
            "unanalysable": failed, "syntax_files": syntax_files}


class Series:
    """The repeated samples of one command."""

    def __init__(self, label: str, tool: str):
        self.label, self.tool = label, tool
        self.samples: list[dict] = []
        self.findings: dict | None = None
        self.files: int | None = None
        self.status: str | None = None  # set when not measured
        self.warnings: list[str] = []

    def add(self, sample: dict, findings: dict | None) -> None:
        self.samples.append({k: sample[k] for k in ("wall", "cpu", "rss_kb")})
        if findings is not None:
            if self.findings is None:
                self.findings = findings
            elif findings["counts"] != self.findings["counts"]:
                self.warnings.append(f"{self.label} / {self.tool}: findings differ between runs "
                                     f"({dict(self.findings['counts'])} vs {dict(findings['counts'])})")

    def median(self, key: str) -> float | None:
        if not self.samples:
            return None
        return statistics.median(s[key] for s in self.samples)

    def spread(self) -> tuple[float, float] | None:
        if not self.samples:
            return None
        walls = [s["wall"] for s in self.samples]
        return min(walls), max(walls)

    def to_json(self) -> dict:
        return {
            "label": self.label, "tool": self.tool, "status": self.status, "files": self.files,
            "samples": self.samples,
            "median": {k: self.median(k) for k in ("wall", "cpu", "rss_kb")} if self.samples else None,
            "findings": dict(self.findings["counts"]) if self.findings else None,
        }


# --------------------------------------------------------------------------- benchmark


class Bench:
    def __init__(self, args):
        self.args = args
        self.runner = Runner(args.work)
        self.ssotlint = args.ssotlint
        self.ruff = args.ruff
        self.series: list[Series] = []
        self.warnings: list[str] = []
        self.cache_implemented: bool | None = None
        self.file_counts: dict[str, dict[str, int]] = {}

    # commands
    def ssot_cmd(self, cache: bool, config: str | None = None, select: str | None = None) -> list[str]:
        cmd = [self.ssotlint, "check", "--format", "json", "--exit-zero"]
        if not cache:
            cmd.append("--no-cache")
        if config:
            cmd += ["--config", config]
        if select:
            cmd += ["--select", select]
        return cmd

    def ruff_cmd(self, cache: bool) -> list[str]:
        cmd = [self.ruff, "check", "--select", "TID251", "--output-format", "json", "--exit-zero", "."]
        if not cache:
            cmd.insert(2, "--no-cache")
        return cmd

    def new(self, label: str, tool: str) -> Series:
        series = Series(label, tool)
        self.series.append(series)
        return series

    def measure(self, label: str, jobs: list[tuple[str, list[str], str, str]], runs: int,
                warm_up: bool = True, before_each=None) -> list[Series]:
        """jobs: (tool, command, cwd, parser) with parser 'ssotlint', 'ruff' or ''.
        Runs every job once untimed (warm-up), then `runs` rounds of all jobs in turn."""
        result = [self.new(label, tool) for tool, _, _, _ in jobs]
        if warm_up:
            for tool, cmd, cwd, _ in jobs:
                self.runner.run(cmd, cwd)
        for i in range(runs):
            note(f"{label}: run {i + 1}/{runs}")
            if before_each:
                before_each()
            for series, (tool, cmd, cwd, parser) in zip(result, jobs):
                sample = self.runner.run(cmd, cwd)
                if parser == "ssotlint":
                    findings = ssotlint_findings(sample)
                elif parser == "ruff":
                    findings = ruff_findings(sample, cwd)
                else:
                    findings = None
                series.add(sample, findings)
        return result

    def count_files(self, name: str, root: str, config: str | None = None) -> dict[str, int]:
        """Files each tool analyses: ssotlint's text summary, ruff's --show-files."""
        cmd = [self.ssotlint, "check", "--no-cache", "--exit-zero"] + (["--config", config] if config else [])
        sample = self.runner.run(cmd, root)
        with open(sample["out"], errors="replace") as f:
            lines = f.read().splitlines()
        summary = lines[-1] if lines else ""
        match = re.search(r" of (\d+)\.$", summary) or re.search(r" in (\d+) files?\.$", summary)
        if not match:
            raise Failure(f"cannot read the number of files from ssotlint's summary: {summary!r}")
        sample = self.runner.run([self.ruff, "check", "--no-cache", "--select", "TID251", "--show-files", "."], root)
        with open(sample["out"], errors="replace") as f:
            ruff_files = sum(1 for line in f if line.rstrip("\n").endswith((".py", ".pyi")))
        counts = {"ssotlint": int(match.group(1)), "ruff": ruff_files}
        self.file_counts[name] = counts
        if counts["ssotlint"] != counts["ruff"]:
            self.warnings.append(f"{name}: ssotlint analyses {counts['ssotlint']} files, ruff {counts['ruff']}")
        return counts

    def cold(self, name: str, root: str, runs: int) -> tuple[Series, Series]:
        counts = self.count_files(name, root)
        s, r = self.measure(f"cold, env-access, {name}", [
            ("ssotlint", self.ssot_cmd(cache=False), root, "ssotlint"),
            ("ruff", self.ruff_cmd(cache=False), root, "ruff"),
        ], runs)
        s.files, r.files = counts["ssotlint"], counts["ruff"]
        if os.path.exists(os.path.join(root, ".ssotlint_cache")):
            self.warnings.append(f"{name}: .ssotlint_cache/ appeared although every run had --no-cache")
            shutil.rmtree(os.path.join(root, ".ssotlint_cache"), ignore_errors=True)
        return s, r

    def rule_set(self, root: str, runs: int) -> dict:
        config = write_all_kinds_config(root, self.args.repo)
        env_config = os.path.join(root, ".ssotlint.yml")
        counts = self.count_files("stdlib, all kinds", root, config)
        env, every = self.measure("rule set, stdlib", [
            ("ssotlint env-access alone", self.ssot_cmd(cache=False, config=env_config), root, "ssotlint"),
            ("ssotlint all five kinds", self.ssot_cmd(cache=False, config=config), root, "ssotlint"),
        ], runs)
        env.files = every.files = counts["ssotlint"]
        breakdown = []
        kinds = [
            ("banned-api (ENV001, BAN001)", "ENV001,BAN001"),
            ("competing-patterns (WS001)", "WS001"),
            ("deprecated-import (DEP001)", "DEP001"),
            ("duplicate-definition (DUP001, DUP002)", "DUP"),
            ("regex (RX001 'print\\(')", "RX001"),
        ]
        bruns = min(runs, BREAKDOWN_RUNS)
        for title, select in kinds:
            (series,) = self.measure(f"one kind: {title}", [
                (f"ssotlint {title}", self.ssot_cmd(cache=False, config=config, select=select), root, "ssotlint"),
            ], bruns, warm_up=False)
            breakdown.append(series)
        on_config, off_config = write_reexport_configs(root)
        follow_on, follow_off = self.measure("re-exports, stdlib", [
            ("ssotlint follow-reexports on", self.ssot_cmd(cache=False, config=on_config), root, "ssotlint"),
            ("ssotlint follow-reexports off", self.ssot_cmd(cache=False, config=off_config), root, "ssotlint"),
        ], runs)
        follow_on.files = follow_off.files = counts["ssotlint"]
        (env_follow,) = self.measure("env-access following re-exports, stdlib", [
            ("ssotlint env-access, follow-reexports on", self.ssot_cmd(cache=False, config=write_env_following_config(root)),
             root, "ssotlint"),
        ], runs)
        env_follow.files = counts["ssotlint"]
        return {"env": env, "all": every, "breakdown": breakdown, "breakdown_runs": bruns,
                "follow_on": follow_on, "follow_off": follow_off, "env_follow": env_follow}

    def warm(self, name: str, root: str, changed_rel: str, runs: int) -> dict:
        cache_dir = os.path.join(root, ".ssotlint_cache")
        shutil.rmtree(cache_dir, ignore_errors=True)
        shutil.rmtree(os.path.join(root, ".ruff_cache"), ignore_errors=True)
        # The first run of each fills its cache (timed once: what a first run costs).
        s_fill, r_fill = self.measure(f"warm cache, {name}: first run (fills the cache)", [
            ("ssotlint", self.ssot_cmd(cache=True), root, "ssotlint"),
            ("ruff", self.ruff_cmd(cache=True), root, "ruff"),
        ], 1, warm_up=False)
        implemented = os.path.isdir(cache_dir)
        if self.cache_implemented is None:
            self.cache_implemented = implemented
        if not implemented:
            s_fill.status = "cache: not implemented"
            note(f"{name}: no {cache_dir} after a run without --no-cache: cache: not implemented")

        jobs = []
        if implemented:
            jobs.append(("ssotlint", self.ssot_cmd(cache=True), root, "ssotlint"))
        jobs.append(("ruff", self.ruff_cmd(cache=True), root, "ruff"))
        unchanged = self.measure(f"warm cache, {name}: nothing changed", jobs, runs, warm_up=False)

        changed_path = os.path.join(root, changed_rel)
        with open(changed_path, "rb") as f:
            original = f.read()

        def change_one_file():
            with open(changed_path, "ab") as f:
                f.write(b"\nx = 1\n")
            os.utime(changed_path)

        try:
            changed = self.measure(f"warm cache, {name}: one file changed ({changed_rel})", jobs, runs,
                                   warm_up=False, before_each=change_one_file)
        finally:
            with open(changed_path, "wb") as f:
                f.write(original)

        out = {"fill": {"ssotlint": s_fill, "ruff": r_fill}, "implemented": implemented}
        counts = self.file_counts.get(name, {})
        for series in [s_fill, r_fill] + unchanged + changed:
            series.files = counts.get(series.tool)
        for key, group in (("unchanged", unchanged), ("changed", changed)):
            by_tool = {s.tool: s for s in group}
            if "ssotlint" not in by_tool:
                missing = Series(group[0].label, "ssotlint")
                missing.status = "cache: not implemented"
                self.series.insert(self.series.index(group[0]), missing)
                by_tool["ssotlint"] = missing
            out[key] = by_tool
        return out


# --------------------------------------------------------------------------- report


def fmt_seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def fmt_ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or b == 0:
        return "-"
    return f"{a / b:.2f}"


def table(rows: list[tuple[Series, Series | None]], runs_note: str) -> list[str]:
    """rows: (series, the ruff series it is compared with, or None)."""
    head = (f"{'case':<56} {'tool':<26} {'wall s':>8} {'min-max':>15} {'CPU s':>7} {'RSS MB':>7} "
            f"{'files':>6} {'env':>6}  {'wall':>5} {'CPU':>5} {'RSS':>5}")
    lines = [head, f"{'':<56} {'':<26} {'':>8} {'':>15} {'':>7} {'':>7} {'':>6} {'':>6}  "
                   f"{'ssotlint/ruff':>17}", "-" * len(head)]
    previous = None
    for series, ruff in rows:
        label = series.label if series.label != previous else ""
        previous = series.label
        if series.status and not series.samples:
            lines.append(f"{label:<56} {series.tool:<26} {series.status}")
            continue
        wall, cpu, rss = series.median("wall"), series.median("cpu"), series.median("rss_kb")
        low, high = series.spread()
        n = len(series.samples)
        spread = f"{low:.3f}-{high:.3f}" if n > 1 else "(1 run)"
        env = "-"
        if series.findings is not None:
            env = str(series.findings["env"])
        files = "-" if series.files is None else str(series.files)
        ratios = ""
        if ruff is not None and ruff.samples:
            ratios = (f"{fmt_ratio(wall, ruff.median('wall')):>5} {fmt_ratio(cpu, ruff.median('cpu')):>5} "
                      f"{fmt_ratio(rss, ruff.median('rss_kb')):>5}")
        status = f"  [{series.status}]" if series.status else ""
        lines.append(f"{label:<56} {series.tool:<26} {wall:>8.3f} {spread:>15} {cpu:>7.2f} {rss / 1024:>7.1f} "
                     f"{files:>6} {env:>6}  {ratios}{status}")
    lines.append(runs_note)
    return lines


def compare_positions(s: dict, r: dict) -> tuple[int, list, list]:
    same = s["positions"] & r["positions"]
    return len(same), sorted(s["positions"] - r["positions"]), sorted(r["positions"] - s["positions"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ssotlint", required=True, help="the ssotlint binary (a release build)")
    parser.add_argument("--ruff", required=True, help="the ruff binary")
    parser.add_argument("--work", required=True, help="an empty scratch folder (corpora, outputs)")
    parser.add_argument("--repo", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                        help="the ssotlint repository (for Rules/ssot-demo.yml)")
    parser.add_argument("--runs", type=int, default=None, help="repetitions (default 5, 3 with --quick)")
    parser.add_argument("--quick", action="store_true", help="stdlib only, 3 runs")
    parser.add_argument("--copies", type=int, default=10, help="copies of the stdlib in the large corpus")
    parser.add_argument("--json", metavar="FILE", help="also write every sample as JSON to FILE")
    args = parser.parse_args()
    runs = args.runs if args.runs is not None else (3 if args.quick else 5)
    if runs < 1:
        die("--runs must be at least 1")
    if args.copies < 1:
        die("--copies must be at least 1")
    for name in ("ssotlint", "ruff"):
        path = os.path.abspath(getattr(args, name))
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            die(f"--{name} {path}: not an executable file")
        setattr(args, name, path)
    args.work = os.path.abspath(args.work)
    if not os.access(GNU_TIME, os.X_OK):
        die(f"{GNU_TIME} is missing (apt-get install time)")

    started = time.time()
    load_start = os.getloadavg()
    cores = os.cpu_count() or 1
    try:
        nproc = int(subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip())
    except (OSError, ValueError):
        nproc = cores
    ssot_version = subprocess.run([args.ssotlint, "--version"], capture_output=True, text=True).stdout.strip()
    ruff_version = subprocess.run([args.ruff, "--version"], capture_output=True, text=True).stdout.strip()
    git = subprocess.run(["git", "-C", args.repo, "describe", "--always", "--dirty"],
                         capture_output=True, text=True).stdout.strip() or "unknown"

    stdlib = sysconfig.get_paths()["stdlib"]
    files = stdlib_files(stdlib)
    if not files:
        die(f"no .py files under {stdlib}")
    total_bytes = sum(os.path.getsize(os.path.join(stdlib, f)) for f in files)
    note(f"{len(files)} .py files ({total_bytes / 1e6:.1f} MB) under {stdlib}; load average "
         f"{' '.join(f'{x:.2f}' for x in load_start)}, {nproc} cores; {runs} runs each")

    std_root = os.path.join(args.work, "stdlib")
    note(f"copying the stdlib to {std_root}")
    copy_files(stdlib, files, std_root)
    write_configs(std_root)
    big_root = os.path.join(args.work, f"x{args.copies}")
    if not args.quick:
        note(f"copying it {args.copies} times to {big_root}/copy0 ... copy{args.copies - 1}")
        for i in range(args.copies):
            copy_files(std_root, files, os.path.join(big_root, f"copy{i}"))
        write_configs(big_root)
    for root in [std_root] + ([] if args.quick else [big_root]):
        for folder, _, names in os.walk(root):
            if ".gitignore" in names:
                die(f"unexpected .gitignore in {folder}")
    changed_rel = "os.py" if "os.py" in files else files[len(files) // 2]

    bench = Bench(args)
    try:
        cold_std = bench.cold("stdlib", std_root, runs)
        cold_big = None if args.quick else bench.cold(f"{args.copies}x corpus", big_root, runs)
        rules = bench.rule_set(std_root, runs)
        warm_std = bench.warm("stdlib", std_root, changed_rel, runs)
        warm_big = None if args.quick else bench.warm(f"{args.copies}x corpus", big_root,
                                                      f"copy0/{changed_rel}", runs)
    except Failure as error:
        die(str(error))
    load_end = os.getloadavg()
    elapsed = time.time() - started

    # ------------------------------------------------------------------ the report
    out = []
    p = out.append
    p("ssotlint vs ruff")
    p(f"  ssotlint  {args.ssotlint} (version {ssot_version}; repository at {git})")
    p(f"  ruff      {args.ruff} ({ruff_version})")
    p(f"  stdlib    {stdlib}: {len(files)} .py files, {total_bytes / 1e6:.1f} MB "
      f"(site-packages excluded, symbolic links skipped), copied to {std_root}")
    if not args.quick:
        p(f"  {args.copies}x corpus {big_root}: copy0/ ... copy{args.copies - 1}/, "
          f"{len(files) * args.copies} .py files, {total_bytes * args.copies / 1e6:.1f} MB")
    else:
        p("  --quick: stdlib only")
    p(f"  machine   {nproc} cores; load average {' '.join(f'{x:.2f}' for x in load_start)} at start, "
      f"{' '.join(f'{x:.2f}' for x in load_end)} at the end; {elapsed:.0f} s in all")
    if load_start[0] > 1 or load_end[0] > 1:
        p("  WARNING   load average above 1: the machine is shared and busy, wall times are inflated "
          "and noisy (compare CPU s too)")
    p(f"  commands  ssotlint check [--no-cache] --format json --exit-zero   (all cores; .ssotlint.yml: "
      f"rules: [builtin:env-access])")
    p(f"            ruff check [--no-cache] --select TID251 --output-format json --exit-zero .   "
      f"(ruff.toml: banned-api {', '.join(ENV_APIS)})")
    p(f"  medians of {runs} run{'s' if runs != 1 else ''} (tools interleaved, one untimed warm-up each for cold runs); wall = around the "
      "process; CPU = user+sys; RSS = peak, /usr/bin/time -v;")
    p("  files = files each tool analyses; env = env-access findings (ssotlint ENV001, ruff TID251)")
    p("")

    rows: list[tuple[Series, Series | None]] = []
    for pair in [cold_std, cold_big]:
        if pair:
            rows += [(pair[0], pair[1]), (pair[1], None)]
    rows += [(rules["env"], None), (rules["all"], None), (rules["follow_on"], None), (rules["follow_off"], None),
             (rules["env_follow"], None)]
    for warm in [warm_std, warm_big]:
        if not warm:
            continue
        rows += [(warm["fill"]["ssotlint"], warm["fill"]["ruff"]), (warm["fill"]["ruff"], None)]
        for key in ("unchanged", "changed"):
            rows += [(warm[key]["ssotlint"], warm[key]["ruff"]), (warm[key]["ruff"], None)]
    out += table(rows, "")
    # rule-kind breakdown
    p(f"ssotlint on the stdlib, each rule kind of the full set alone (--select; {rules['breakdown_runs']} run{'s' if rules['breakdown_runs'] != 1 else ''}, "
      "no warm-up):")
    env_wall = rules["env"].median("wall")
    for series in rules["breakdown"]:
        counts = series.findings["counts"] if series.findings else {}
        rule_counts = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if k not in UNANALYSABLE)
        p(f"  {series.tool[len('ssotlint '):]:<40} wall {series.median('wall'):7.3f} s  CPU "
          f"{series.median('cpu'):6.2f} s  RSS {series.median('rss_kb') / 1024:6.1f} MB  "
          f"x{series.median('wall') / env_wall:5.2f} of env-access alone   findings: {rule_counts or 'none'}")
    all_counts = rules["all"].findings["counts"]
    p(f"  all five kinds together: findings {', '.join(f'{k} {v}' for k, v in sorted(all_counts.items()))}")
    p("")

    # findings side by side
    p("env-access findings, side by side (cold runs):")
    p(f"  {'corpus':<14} {'files s/r':>13} {'ssotlint ENV001':>16} {'ruff TID251':>12} {'same position':>14} "
      f"{'only ssotlint':>14} {'only ruff':>10}   unanalysable / other")
    examples = []
    for name, pair in (("stdlib", cold_std), (f"{args.copies}x corpus", cold_big)):
        if not pair:
            continue
        s, r = pair[0].findings, pair[1].findings
        same, only_s, only_r = compare_positions(s, r)
        other = (f"ssotlint: {s['unanalysable']} unanalysable files (syntax/encoding errors); ruff: "
                 f"{r['unanalysable']} files not linted ('Failed to lint'), "
                 f"{r['counts'].get('invalid-syntax', 0)} invalid-syntax diagnostics in {r['syntax_files']} "
                 "files (which it still lints)")
        p(f"  {name:<14} {f'{pair[0].files}/{pair[1].files}':>13} {s['env']:>16} {r['env']:>12} {same:>14} "
          f"{len(only_s):>14} {len(only_r):>10}   {other}")
        if name == "stdlib":
            examples = [("only ssotlint", only_s), ("only ruff", only_r)]
    for title, positions in examples:
        if positions:
            shown = ", ".join(f"{path}:{line}:{col}" for path, line, col in positions[:6])
            more = f" (+{len(positions) - 6} more)" if len(positions) > 6 else ""
            p(f"  stdlib, {title}: {shown}{more}")
    p("")

    # ratios
    p("ratios ssotlint/ruff (median wall; CPU; peak RSS):")
    for title, s, r in [("cold, stdlib", *cold_std)] + ([(f"cold, {args.copies}x corpus", *cold_big)] if cold_big else []):
        p(f"  {title:<38} wall {fmt_ratio(s.median('wall'), r.median('wall'))}   CPU "
          f"{fmt_ratio(s.median('cpu'), r.median('cpu'))}   RSS {fmt_ratio(s.median('rss_kb'), r.median('rss_kb'))}")
    for name, warm, cold in (("stdlib", warm_std, cold_std), (f"{args.copies}x corpus", warm_big, cold_big)):
        if not warm:
            continue
        for key, title in (("unchanged", "nothing changed"), ("changed", "one file changed")):
            s, r = warm[key]["ssotlint"], warm[key]["ruff"]
            if s.samples:
                p(f"  {f'warm, {name}, {title}':<38} wall {fmt_ratio(s.median('wall'), r.median('wall'))} of ruff warm, "
                  f"{fmt_ratio(s.median('wall'), cold[1].median('wall'))} of ruff cold")
            else:
                p(f"  {f'warm, {name}, {title}':<38} cache: not implemented")
    p("")

    # goals
    goals = []

    def goal(text: str, met: bool | None, detail: str) -> None:
        verdict = {True: "MET", False: "NOT MET", None: "NOT MEASURED"}[met]
        goals.append(f"  [{verdict:^12}] {text:<72} {detail}")

    s, r = cold_std
    ratio_std = s.median("wall") / r.median("wall")
    goal("cold, env-access, stdlib: ssotlint wall <= 0.5 x ruff wall", ratio_std <= 0.5,
         f"{ratio_std:.3f} x ({s.median('wall'):.3f} s vs {r.median('wall'):.3f} s)")
    if cold_big:
        ratio_big = cold_big[0].median("wall") / cold_big[1].median("wall")
        goal(f"cold, {args.copies}x corpus: ratio no worse than on the stdlib", ratio_big <= ratio_std * NOISE,
             f"{ratio_big:.3f} x vs {ratio_std:.3f} x on the stdlib (no worse: <= {NOISE} x it, for noise)")
    else:
        goal(f"cold, {args.copies}x corpus: ratio no worse than on the stdlib", None, "--quick")
    for name, warm, cold in (("stdlib", warm_std, cold_std), (f"{args.copies}x corpus", warm_big, cold_big)):
        if not warm:
            goal(f"warm cache, nothing changed, {name}: <= 0.1 x ruff's cold wall", None, "--quick")
            goal(f"warm cache, one file changed, {name}: close to unchanged", None, "--quick")
            continue
        su, sc = warm["unchanged"]["ssotlint"], warm["changed"]["ssotlint"]
        if not su.samples:
            goal(f"warm cache, nothing changed, {name}: <= 0.1 x ruff's cold wall", None, "cache: not implemented")
            goal(f"warm cache, one file changed, {name}: close to unchanged", None, "cache: not implemented")
            continue
        rc = cold[1].median("wall")
        goal(f"warm cache, nothing changed, {name}: <= 0.1 x ruff's cold wall", su.median("wall") <= 0.1 * rc,
             f"{su.median('wall') / rc:.3f} x ({su.median('wall'):.3f} s vs {rc:.3f} s)")
        limit = max(CLOSE_FACTOR * su.median("wall"), su.median("wall") + CLOSE_SLACK)
        goal(f"warm cache, one file changed, {name}: close to unchanged", sc.median("wall") <= limit,
             f"{sc.median('wall'):.3f} s vs {su.median('wall'):.3f} s (close: <= max({CLOSE_FACTOR} x, "
             f"+{CLOSE_SLACK * 1000:.0f} ms) = {limit:.3f} s)")
    rss_s, rss_r = s.median("rss_kb"), r.median("rss_kb")
    goal("peak RSS, stdlib: ssotlint <= ruff", rss_s <= rss_r,
         f"{rss_s / 1024:.1f} MB vs {rss_r / 1024:.1f} MB ({rss_s / rss_r:.2f} x)")
    if cold_big:
        rss_big = cold_big[0].median("rss_kb")
        goal(f"peak RSS, {args.copies}x corpus: ssotlint <= 2 x its stdlib RSS", rss_big <= 2 * rss_s,
             f"{rss_big / 1024:.1f} MB vs {rss_s / 1024:.1f} MB ({rss_big / rss_s:.2f} x; "
             f"ruff {cold_big[1].median('rss_kb') / 1024:.1f} MB)")
    else:
        goal(f"peak RSS, {args.copies}x corpus: ssotlint <= 2 x its stdlib RSS", None, "--quick")
    all_wall, env_wall = rules["all"].median("wall"), rules["env"].median("wall")
    goal("all five rule kinds together <= 1.5 x env-access alone (stdlib, cold)", all_wall <= 1.5 * env_wall,
         f"{all_wall / env_wall:.2f} x ({all_wall:.3f} s vs {env_wall:.3f} s)")
    on_wall, off_wall = rules["follow_on"].median("wall"), rules["follow_off"].median("wall")
    goal("project-internal API, follow-reexports on <= 1.3 x off (stdlib, cold)", on_wall <= 1.3 * off_wall,
         f"{on_wall / off_wall:.2f} x ({on_wall:.3f} s vs {off_wall:.3f} s)")
    follow_wall = rules["env_follow"].median("wall")
    ruff_wall = cold_std[1].median("wall")
    goal("env-access following re-exports (SPEC's default), stdlib: <= 0.5 x ruff wall", follow_wall <= 0.5 * ruff_wall,
         f"{follow_wall / ruff_wall:.3f} x ({follow_wall:.3f} s vs {ruff_wall:.3f} s; "
         f"{follow_wall / env_wall:.2f} x env-access without following)")
    p("goals:")
    out.extend(goals)

    warnings = bench.warnings + [w for series in bench.series for w in series.warnings]
    for series in bench.series:
        spread = series.spread()
        if spread and len(series.samples) > 2 and series.median("wall") > 0.05:
            low, high = spread
            if (high - low) / series.median("wall") > 0.25:
                warnings.append(f"{series.label} / {series.tool}: wall times spread {low:.3f}-{high:.3f} s "
                                "(busy machine?)")
    if warnings:
        p("")
        for warning in warnings:
            p(f"warning: {warning}")
    print("\n".join(out), flush=True)

    if args.json:
        with open(args.json, "w") as f:
            json.dump({
                "ssotlint": {"path": args.ssotlint, "version": ssot_version},
                "ruff": {"path": args.ruff, "version": ruff_version},
                "stdlib": {"path": stdlib, "files": len(files), "bytes": total_bytes},
                "copies": None if args.quick else args.copies, "runs": runs, "cores": nproc,
                "load_start": load_start, "load_end": load_end, "cache_implemented": bench.cache_implemented,
                "file_counts": bench.file_counts, "series": [s.to_json() for s in bench.series],
                "goals": [g.strip() for g in goals], "warnings": warnings,
            }, f, indent=1)
            f.write("\n")
        note(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
