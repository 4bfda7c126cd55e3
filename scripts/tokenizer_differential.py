#!/usr/bin/env python3
"""Differential test of `ssotlint debug tokens --json` against CPython's tokenize.

For every .py file under the given roots (default: this Python's standard library,
site-packages included), CPython's `tokenize.generate_tokens` is the oracle. Files it
accepts without raising and without an ERRORTOKEN must give an identical token stream;
every other file must merely be processed without a crash or a hang.

Usage: tokenizer_differential.py --ssotlint PATH [--limit N] [--every K] [ROOT ...]
Prints "N/M files identical" and exits 1 on any difference, crash or hang.
"""
import argparse
import json
import os
import subprocess
import sys
import sysconfig
import tokenize
from concurrent.futures import ProcessPoolExecutor

BATCH = 400
TIMEOUT_PER_BATCH = 120


def python_files(roots):
    files = []
    for root in roots:
        for folder, dirs, names in os.walk(root):
            dirs.sort()
            for name in sorted(names):
                path = os.path.join(folder, name)
                if name.endswith(".py") and os.path.isfile(path) and not os.path.islink(path):
                    files.append(path)
    return files


def oracle(path):
    """CPython's tokens in the debug-tokens JSON shape, or None when it rejects the file."""
    try:
        with tokenize.open(path) as handle:
            tokens = []
            for token in tokenize.generate_tokens(handle.readline):
                if token.type == tokenize.ERRORTOKEN:
                    return path, None
                tokens.append([tokenize.tok_name[token.type], token.string,
                               token.start[0], token.start[1], token.end[0], token.end[1]])
            return path, tokens
    except Exception:
        return path, None


def run_ssotlint(binary, paths):
    result = subprocess.run([binary, "debug", "tokens", "--json", *paths],
                            capture_output=True, timeout=TIMEOUT_PER_BATCH)
    if result.returncode != 0:
        raise RuntimeError(f"exit {result.returncode}: {result.stderr.decode(errors='replace')[:500]}")
    lines = result.stdout.decode("utf-8").split("\n")[:-1]  # not splitlines(): U+2028 may sit inside a token
    if len(lines) != len(paths):
        raise RuntimeError(f"{len(lines)} output lines for {len(paths)} files")
    return [json.loads(line) for line in lines]


def first_difference(expected, actual):
    for index, (want, got) in enumerate(zip(expected, actual)):
        if want != got:
            return f"token {index}: CPython {want!r}, ssotlint {got!r}"
    return f"CPython has {len(expected)} tokens, ssotlint {len(actual)}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ssotlint", required=True)
    parser.add_argument("--limit", type=int, default=0, help="only the first N files")
    parser.add_argument("--every", type=int, default=1, help="only every K-th file (a sample)")
    parser.add_argument("--show", type=int, default=20, help="differences to print")
    parser.add_argument("roots", nargs="*")
    args = parser.parse_args()
    roots = args.roots or [sysconfig.get_paths()["stdlib"]]
    files = python_files(roots)[:: args.every]
    if args.limit:
        files = files[: args.limit]

    with ProcessPoolExecutor() as pool:
        expected = dict(pool.map(oracle, files, chunksize=64))

    compared = identical = 0
    problems = []
    for start in range(0, len(files), BATCH):
        batch = files[start:start + BATCH]
        try:
            outputs = run_ssotlint(args.ssotlint, batch)
        except Exception as error:  # a crash or hang somewhere in the batch
            problems.append(f"batch starting at {batch[0]}: {error}")
            continue
        for path, output in zip(batch, outputs):
            want = expected[path]
            if want is None:
                continue
            compared += 1
            if output["tokens"] == want:
                identical += 1
            else:
                problems.append(f"{path}: {first_difference(want, output['tokens'])}")

    for problem in problems[: args.show]:
        print(problem)
    if len(problems) > args.show:
        print(f"... and {len(problems) - args.show} more")
    rejected = len(files) - compared
    print(f"{identical}/{compared} files identical ({rejected} files CPython rejects, processed without a crash or hang)"
          if not any("batch" in p for p in problems) else f"{identical}/{compared} files identical; some batches failed")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
