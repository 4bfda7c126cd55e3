#!/usr/bin/env python3
"""Builds the fuzzer's seed corpus in a folder (scripts/fuzz.sh calls it at run time, so
no corpus is committed).

Seeds: every .py under Fixtures/ and Tests/, the tokenizer error cases of
Tests/PythonSourceTests/Fixtures/error-cases.json, every saved regression in
Fuzz/regressions/, a few standard-library modules (plain code and the test suite's
files with coding lines, BOMs and bad encodings), and variants made here: the same code
with CRLF and CR line ends, a BOM, and PEP 263 coding lines for the codec families
SPEC §8 names. Files larger than --max-len bytes are left out (libFuzzer would cut them).
"""
import argparse
import base64
import hashlib
import json
import pathlib
import sysconfig

REPO = pathlib.Path(__file__).resolve().parent.parent

STDLIB_MODULES = ["tokenize.py", "textwrap.py", "string.py", "keyword.py", "abc.py", "contextlib.py",
                  "fnmatch.py", "glob.py", "shlex.py", "this.py", "__future__.py"]
STDLIB_ENCODING_CASES = ["test/encoded_modules/module_iso_8859_1.py", "test/encoded_modules/module_koi8_r.py",
                         "test/tokenizedata/bad_coding.py", "test/tokenizedata/bad_coding2.py",
                         "test/tokenizedata/badsyntax_3131.py", "test/tokenizedata/badsyntax_pep3120.py",
                         "test/tokenizedata/coding20731.py", "test/bad_coding.py", "test/bad_coding2.py",
                         "test/badsyntax_3131.py", "test/badsyntax_pep3120.py", "test/coding20731.py",
                         "test/tokenizedata/tokenize_tests-latin1-coding-cookie-and-utf8-bom-sig.txt",
                         "test/tokenizedata/tokenize_tests-no-coding-cookie-and-utf8-bom-sig-only.txt",
                         "test/tokenizedata/tokenize_tests-utf8-coding-cookie-and-no-utf8-bom-sig.txt"]

# Code that touches every rule of Fuzz/project/.ssotlint.yml and the suppression syntax.
RULE_SAMPLE = '''\
import os
from os import environ as env, getenv
from . import cfg
from .cfg import get
from ..old import thing
import legacy.config.sub as lc
from shared.old_utils import load, save
from shared.env import get_env
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    import subprocess
print(os.environ["HOME"], env.get("X"), get("y"))  # ssotlint: ignore[FZBAN] -- fixture
value = f"{os.getenv('A')!r:>{width}} http://example.com/{d["k"]}"  # TODO: FZRXM
class JobStatus(enum.Enum): pass
def create_user_factory(): return get_env("SECRET_TOKEN")
async def f(x, /, *a, y=os.environ, **k) -> "os.environ": ...
breakpoint()  # ssotlint: ignore
# ssotlint: ignore-file[FZDUP]
'''

CODECS = {
    "latin-1": "café = 'naïve'\n",
    "iso-8859-15": "euro = '€'\n",
    "cp1252": "quote = '“x”'\n",
    "cp1251": "word = 'привет'\n",
    "koi8-r": "word = 'привет'\n",
    "koi8-u": "word = 'ґанок'\n",
    "ascii": "x = 1\n",
    "utf-8": "name = 'ünïcödé'\n",
}


def seeds():
    for folder in ("Fixtures", "Tests"):
        for path in sorted((REPO / folder).rglob("*.py")):
            yield path.read_bytes()
    cases = REPO / "Tests/PythonSourceTests/Fixtures/error-cases.json"
    if cases.exists():
        for case in json.loads(cases.read_text(encoding="utf-8")):
            yield base64.b64decode(case["source_b64"])
    for path in sorted((REPO / "Fuzz/regressions").glob("*")):
        if path.is_file():
            yield path.read_bytes()
    stdlib = pathlib.Path(sysconfig.get_paths()["stdlib"])
    for name in STDLIB_MODULES + STDLIB_ENCODING_CASES:
        if (stdlib / name).is_file():
            yield (stdlib / name).read_bytes()
    sample = RULE_SAMPLE.encode()
    yield sample
    yield sample.replace(b"\n", b"\r\n")
    yield sample.replace(b"\n", b"\r")
    yield b"\xef\xbb\xbf" + sample
    for codec, text in CODECS.items():
        yield f"# -*- coding: {codec} -*-\n{text}".encode(codec)
        yield f"#!/usr/bin/env python3\n# vim: set fileencoding={codec} :\n{text}".encode(codec)
    yield b"# coding: unknown-codec\nx = 1\n"
    yield b"\xef\xbb\xbf# coding: latin-1\nx = 1\n"
    yield b"x = '\xff'\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=pathlib.Path)
    parser.add_argument("--max-len", type=int, default=65536)
    arguments = parser.parse_args()
    arguments.folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for data in seeds():
        if len(data) > arguments.max_len:
            continue
        # Named by content, as libFuzzer names its own units: duplicates collapse.
        (arguments.folder / hashlib.sha1(data).hexdigest()).write_bytes(data)
        count += 1
    print(f"seed corpus: {count} inputs in {arguments.folder}")


if __name__ == "__main__":
    main()
