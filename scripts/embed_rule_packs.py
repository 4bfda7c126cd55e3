#!/usr/bin/env python3
"""Writes Sources/SSOTLint/Configuration/BuiltinRulePacks.swift from the built-in packs in
Rules/ (listed below; other packs there, such as the demo's, are referenced by path), so
they are compiled into the binary. Run after editing a pack; a test fails while the two
differ."""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "Sources/SSOTLint/Configuration/BuiltinRulePacks.swift"
BUILTIN = ["duplicate-factories", "env-access"]

lines = [
    "// Generated from Rules/*.yml by scripts/embed_rule_packs.py; edit those files, then rerun it.",
    "// A test checks that this file matches them.",
    "",
    "/// The built-in rule packs, compiled in so the binary works wherever it is copied.",
    "public enum BuiltinRulePacks {",
    "    public static let packs: [String: String] = [",
]
for pack in (ROOT / "Rules" / f"{name}.yml" for name in BUILTIN):
    text = pack.read_text(encoding="utf-8")
    assert '"""#' not in text and text.endswith("\n")
    lines.append(f'        "{pack.stem}": #"""')
    lines.extend(("            " + line).rstrip() for line in text.rstrip("\n").split("\n"))
    lines.append('            """#,')
lines += ["    ]", "}", ""]
OUT.write_text("\n".join(lines), encoding="utf-8")
print(f"wrote {OUT.relative_to(ROOT)}")
