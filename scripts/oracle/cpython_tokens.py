#!/usr/bin/env python3
"""Prints CPython's tokens for each file named, one JSON line per file, in the shape of
`ssotlint debug tokens --json`: {"path", "tokens": [[TYPE, STRING, SL, SC, EL, EC], ...]}
with "tokens": null when CPython raises or produces an ERRORTOKEN (nothing to compare).
Used by the tokenizer's sample differential test; an oracle, never part of the product.
"""
import json
import sys
import tokenize


def tokens_of(path):
    try:
        with tokenize.open(path) as handle:
            result = []
            for token in tokenize.generate_tokens(handle.readline):
                if token.type == tokenize.ERRORTOKEN:
                    return None
                result.append([tokenize.tok_name[token.type], token.string,
                               token.start[0], token.start[1], token.end[0], token.end[1]])
            return result
    except Exception:
        return None


for path in sys.argv[1:]:
    print(json.dumps({"path": path, "tokens": tokens_of(path)}))
