"""Text that looks like a directive but is not one.

# ssotlint: ignore-file
"""
import os

HOME = os.environ["HOME"]  # expect: BAN001@8
TERM = os.getenv("TERM")  # ssotlint: ignored  # expect: BAN001@8
SHLVL = os.getenv("SHLVL")  # ssotlint: ignores[BAN001]  # expect: BAN001@9
VALUE = os.getenv("VALUE") or "# ssotlint: ignore"  # expect: BAN001@9
# `ignore-file` works only on a line of its own; after code it is no directive at all.
PWD = os.getenv("PWD")  # ssotlint: ignore-file[BAN001]  # expect: BAN001@7
IGNORE_ALL = "# ssotlint: ignore-file"
