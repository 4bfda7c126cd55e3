"""The temporary project the language-server tests run on. Each file says which
findings it has; the tests assert them through the protocol."""

import os
import textwrap

CONFIG = textwrap.dedent("""\
    version: 1
    rules:
      - id: ENV001
        kind: banned-api
        severity: error
        message: "direct environment access through {api}"
        apis: [os.environ, os.getenv]
        docs: "Settings are read in one place; see https://example.com/rules/ENV001"
      - id: DEP001
        kind: deprecated-import
        severity: warning
        message: "{module} is deprecated; import {replacement} instead"
        modules:
          - { module: legacy.config, replacement: shared.config }
      - id: DUP001
        kind: duplicate-definition
        severity: error
        message: "'{name}' is also defined at {others}"
        names: 'make_\\w+'
      - id: WS001
        kind: competing-patterns
        severity: warning
        message: "{api} belongs to the '{pattern}' pattern"
        patterns:
          - { name: factory, apis: [ws.factory.get_manager] }
          - { name: legacy, apis: [ws.legacy.WebSocketManager] }
    """)

FILES = {
    # ENV001 at line 2 (0-based 1), characters 7..17.
    "app/env.py": 'import os\nHOME = os.environ["HOME"]\n',
    # ENV001 after a character outside the Basic Multilingual Plane and an accented one.
    "app/emoji.py": 'import os\ns = "\U0001F600\u00e9"; v = os.getenv("X")\n',
    # DEP001, fixable: the rewrite is `from shared.config import settings`.
    "app/old.py": "from legacy.config import settings\n\nprint(settings)\n",
    # DUP001 in both files, each pointing at the other.
    "app/f1.py": "def make_client():\n    return 1\n",
    "app/f2.py": "def make_client():\n    return 2\n",
    # WS001: factory is used by two files, legacy by one, so p3 is reported.
    "app/p1.py": "from ws.factory import get_manager\n\nget_manager()\n",
    "app/p2.py": "from ws.factory import get_manager\n\nget_manager()\n",
    "app/p3.py": "from ws.legacy import WebSocketManager\n\nWebSocketManager()\n",
    # ENV001 twice: one suppressed (not shown), one on a line whose directive names another rule.
    "app/suppressed.py": ('import os\na = os.environ["A"]  # ssotlint: ignore[ENV001]\n'
                          'b = os.getenv("B")  # ssotlint: ignore[DUP001] -- kept\n'),
    # Clean.
    "app/clean.py": "VALUE = 1\n",
}


def write(root, config=CONFIG, files=FILES):
    with open(os.path.join(root, ".ssotlint.yml"), "w", encoding="utf-8") as handle:
        handle.write(config)
    for path, text in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
