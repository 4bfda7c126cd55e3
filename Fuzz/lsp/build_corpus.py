#!/usr/bin/env python3
"""Seeds for the language server's fuzzer (scripts/fuzz.sh SECONDS lsp): client byte
streams of framed JSON-RPC messages, one session per seed, made at run time so that
nothing generated is committed. They open, change, pull, ask for code actions and
hover on Fuzz/project, and include the malformed cases the server must survive."""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "project"
URI = (ROOT / "pkg" / "sub" / "fuzz.py").as_uri()
TEXT = 'import os\nfrom legacy.config import x  # ssotlint: ignore[FZBAN]\nv = os.environ["A"]\n"\U0001F600"\n'


def frame(message):
    body = message if isinstance(message, bytes) else json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def request(number, method, params):
    return {"jsonrpc": "2.0", "id": number, "method": method, "params": params}


def notification(method, params):
    return {"jsonrpc": "2.0", "method": method, "params": params}


def position(line, character):
    return {"line": line, "character": character}


OPEN = notification("textDocument/didOpen", {"textDocument": {"uri": URI, "languageId": "python", "version": 1,
                                                             "text": TEXT}})
SEEDS = {
    "open-pull": [OPEN, request(1, "textDocument/diagnostic", {"textDocument": {"uri": URI}})],
    "edit": [OPEN, notification("textDocument/didChange", {
        "textDocument": {"uri": URI, "version": 2},
        "contentChanges": [{"range": {"start": position(2, 4), "end": position(2, 14)}, "text": "os.getenv"},
                           {"range": {"start": position(9, 0), "end": position(0, 99)}, "text": "\U0001F600\n"},
                           {"text": TEXT + "x = 1\n"}]}),
        request(2, "workspace/diagnostic", {"previousResultIds": [{"uri": URI, "value": "1"}]})],
    "actions": [OPEN, request(3, "textDocument/codeAction", {
        "textDocument": {"uri": URI}, "range": {"start": position(0, 0), "end": position(3, 0)},
        "context": {"diagnostics": [], "only": ["quickfix", "source.fixAll"]}}),
        request(4, "textDocument/hover", {"textDocument": {"uri": URI}, "position": position(1, 50)})],
    "close-watch": [OPEN, notification("textDocument/didClose", {"textDocument": {"uri": URI}}),
                    notification("workspace/didChangeWatchedFiles", {"changes": [{"uri": URI, "type": 2}]}),
                    notification("$/cancelRequest", {"id": 5}), request(5, "textDocument/diagnostic",
                                                                        {"textDocument": {"uri": "file:///elsewhere.py"}})],
    "malformed": [b"{not json", b"[]", b'{"jsonrpc":"2.0","id":7}', request(8, "nope", None),
                  request(9, "textDocument/hover", {"textDocument": 1})],
}


def main():
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, messages in SEEDS.items():
        (out / name).write_bytes(b"".join(frame(m) for m in messages))
    (out / "bad-headers").write_bytes(b"Content-Length: x\r\n\r\nContent-Type: y\r\n\r\n" + frame(OPEN))


if __name__ == "__main__":
    main()
