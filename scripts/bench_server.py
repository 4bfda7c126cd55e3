#!/usr/bin/env python3
"""Benchmarks `ssotlint server` on a copy of the standard library (about 1,800 files)
with all five rule kinds, and prints the figures of the language-server issue:

  start-up      spawn → initialize → first diagnostics (the whole project analysed,
                cache empty), against a cold `ssotlint check --no-cache` of the same tree
                (goal: at most 1.5x)
  one edit      didChange of one character in one file → that file's pulled diagnostics
                (goal: median at most 50 ms)
  workspace     after each edit, `workspace/diagnostic` with the previous result ids
                (goal: median at most 200 ms)

    python3 scripts/bench_server.py [--ssotlint BINARY] [--edits 40] [--runs 3]

No timed test asserts these: the script prints them with the ratios."""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "lsp"))
import bench_vs_ruff  # noqa: E402  (the corpus helpers)
import lsp_client  # noqa: E402

EDITED = "json/decoder.py"


def median_ms(values):
    return statistics.median(values) * 1000


def cold_check(binary, root, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([binary, "check", "--no-cache", "--exit-zero", "--quiet"], cwd=root,
                       stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return times


def server_session(binary, root, edits):
    shutil.rmtree(os.path.join(root, ".ssotlint_cache"), ignore_errors=True)
    start = time.perf_counter()
    client = lsp_client.Client(binary, root)
    try:
        client.initialize(root, encodings=["utf-16"])
        path = os.path.join(root, EDITED)
        uri = lsp_client.uri(path)
        first = client.request("textDocument/diagnostic", {"textDocument": {"uri": uri}}, timeout=300)
        startup = time.perf_counter() - start
        workspace = client.request("workspace/diagnostic", {"previousResultIds": []}, timeout=300)
        previous = [{"uri": item["uri"], "value": item["resultId"]} for item in workspace["items"]]
        findings = sum(len(item.get("items") or []) for item in workspace["items"])
        client.open(path)
        client.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
        edit_times, workspace_times = [], []
        unchanged = []
        for version in range(2, edits + 2):
            # Type one character at the end of line 1, then take it back: one-character edits.
            character = 0 if version % 2 == 0 else 1
            change = ({"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "#"}
                      if version % 2 == 0 else
                      {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": character}},
                       "text": ""})
            began = time.perf_counter()
            client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                     "contentChanges": [change]})
            client.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
            edit_times.append(time.perf_counter() - began)
            began = time.perf_counter()
            report = client.request("workspace/diagnostic", {"previousResultIds": previous})
            workspace_times.append(time.perf_counter() - began)
            unchanged.append(sum(1 for item in report["items"] if item["kind"] == "unchanged"))
            previous = [{"uri": item["uri"], "value": item["resultId"]} for item in report["items"]]
        client.shutdown_and_exit()
        return {"startup": startup, "files": len(workspace["items"]), "findings": findings,
                "first": len(first["items"]), "edits": edit_times, "workspace": workspace_times,
                "unchanged": statistics.median(unchanged)}
    finally:
        client.kill()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ssotlint", help="binary (default: a release build of this package)")
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    repo = os.path.dirname(HERE)
    binary = args.ssotlint
    if not binary:
        subprocess.run(["swift", "build", "-c", "release"], cwd=repo, check=True, stdout=sys.stderr)
        binary = os.path.join(repo, ".build", "release", "ssotlint")
    binary = os.path.abspath(binary)
    stdlib = sysconfig.get_paths()["stdlib"]
    work = tempfile.mkdtemp(prefix="ssotlint-bench-server-")
    try:
        root = os.path.join(work, "stdlib")
        bench_vs_ruff.copy_files(stdlib, bench_vs_ruff.stdlib_files(stdlib), root)
        config = bench_vs_ruff.write_all_kinds_config(root, repo)
        os.replace(config, os.path.join(root, ".ssotlint.yml"))
        checks, sessions = [], []
        for _ in range(args.runs):
            checks += cold_check(binary, root, 1)
            sessions.append(server_session(binary, root, args.edits))
        check = statistics.median(checks)
        startup = statistics.median(s["startup"] for s in sessions)
        edits = [t for s in sessions for t in s["edits"]]
        workspace = [t for s in sessions for t in s["workspace"]]
        session = sessions[0]
        print(f"corpus: {session['files']} files of the standard library, all five rule kinds, "
              f"{session['findings']} diagnostics; {os.cpu_count()} cores; medians of {args.runs} runs")
        print(f"  cold check --no-cache     {check * 1000:8.1f} ms")
        print(f"  server start-up           {startup * 1000:8.1f} ms   ratio {startup / check:.2f}x (goal <= 1.5x)")
        print(f"  one edit -> diagnostics   {median_ms(edits):8.1f} ms median, "
              f"p90 {sorted(edits)[int(len(edits) * 0.9)] * 1000:.1f} ms, {len(edits)} edits (goal median <= 50 ms)")
        print(f"  workspace pull after it   {median_ms(workspace):8.1f} ms median, "
              f"p90 {sorted(workspace)[int(len(workspace) * 0.9)] * 1000:.1f} ms "
              f"({session['unchanged']:.0f} of {session['files']} files unchanged) (goal median <= 200 ms)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
