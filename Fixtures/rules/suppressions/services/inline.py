"""`# ssotlint: ignore[...]` suppresses the named rules' findings on its own line only;
`# ssotlint: ignore` suppresses every rule's."""
import os
import subprocess

HOME = os.environ["HOME"]  # ssotlint: ignore[BAN001]
USER = os.environ["USER"]  # ssotlint: ignore[BAN002]  # expect: BAN001@8
# ssotlint: ignore[BAN001]
SHELL = os.environ["SHELL"]  # expect: BAN001@9
LANG = os.getenv("LANG")  # ssotlint: ignore
PATH = os.getenv("PATH")  # ssotlint: ignore[BAN001, BAN002]
TZ = os.getenv("TZ")  # ssotlint: ignore[BAN002,BAN001]
EDITOR = os.getenv("EDITOR")  # ssotlint: ignore[BAN001] -- read once at start-up
PAGER = os.getenv("PAGER")  # ssotlint: ignore -- read once at start-up
COLUMNS = os.getenv("COLUMNS")  # ssotlint: ignore-- no space is needed before the reason
subprocess.call(["make"]); DEBUG = os.getenv("DEBUG")  # ssotlint: ignore[BAN002]  # expect: BAN001@36
subprocess.call(["make"]); DEBUG = os.getenv("DEBUG")  # ssotlint: ignore
config = dict(
    home=os.environ["HOME"],  # ssotlint: ignore[BAN001]
    user=os.environ["USER"],  # expect: BAN001@10
)  # ssotlint: ignore[BAN001]
