#!/usr/bin/env python3
"""CPython side of scripts/bench_tokenizer.sh: time tokenize.generate_tokens on a file set.

Usage: bench_tokenizer_cpython.py --runs N LIST

LIST holds NUL-separated paths. Every file is read into memory first and decoded the way
tokenize.open decodes it (PEP 263 cookie or BOM, else UTF-8); only then is the clock
started. Each run tokenizes every decoded text once with tokenize.generate_tokens, in one
process on one core, and prints one line:

    run I files N bytes B tokens T errors E seconds S decode_seconds D

S is the time of generate_tokens alone (the figure the benchmark compares); D is the time
of decoding the bytes to text, measured separately in the same run, for reference only.
B is the size of the files in bytes, as read. A file whose bytes cannot be decoded counts
as an error and is not tokenized; a file on which generate_tokens raises, or which yields
an ERRORTOKEN, counts as one error too (tokenizing goes on past an ERRORTOKEN, as
generate_tokens does; the time spent on a file that raises, up to there, is included).
"""
import argparse
import io
import sys
import time
import tokenize


def decode(data):
    """The text of a Python file's bytes, as tokenize.open would give it, or None."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        text = data.decode(encoding)
    except (SyntaxError, UnicodeDecodeError, LookupError):
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    # tokenize.open reads in universal-newline mode.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def tokenize_all(texts):
    tokens = 0
    errors = 0
    error_type = tokenize.ERRORTOKEN
    for text in texts:
        failed = False
        try:
            for token in tokenize.generate_tokens(io.StringIO(text).readline):
                tokens += 1
                if token.type == error_type:
                    failed = True
        except (tokenize.TokenError, SyntaxError, ValueError):
            failed = True
        errors += failed
    return tokens, errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("list", help="file holding NUL-separated paths")
    args = parser.parse_args()

    with open(args.list, "rb") as handle:
        paths = [p for p in handle.read().split(b"\0") if p]
    contents = []
    for path in paths:
        with open(path, "rb") as handle:
            contents.append(handle.read())
    byte_count = sum(len(data) for data in contents)

    for run in range(1, args.runs + 1):
        start = time.perf_counter()
        texts = [decode(data) for data in contents]
        decode_seconds = time.perf_counter() - start
        undecodable = sum(1 for text in texts if text is None)
        texts = [text for text in texts if text is not None]

        start = time.perf_counter()
        tokens, errors = tokenize_all(texts)
        seconds = time.perf_counter() - start

        print(f"run {run} files {len(contents)} bytes {byte_count} tokens {tokens} "
              f"errors {errors + undecodable} seconds {seconds:.6f} decode_seconds {decode_seconds:.6f}",
              flush=True)


if __name__ == "__main__":
    sys.exit(main())
