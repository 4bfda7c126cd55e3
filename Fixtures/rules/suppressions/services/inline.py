"""`# ssotlint: ignore[...]` suppresses the named rules' findings on its own line only;
`# ssotlint: ignore` suppresses every rule's."""
import os
import subprocess

HOME = os.environ["HOME"]  # ssotlint: ignore[BAN001]  # expect-suppressed: BAN001@8
USER = os.environ["USER"]  # ssotlint: ignore[BAN002]  # expect: BAN001@8 unused-suppression@28
# ssotlint: ignore[BAN001]  # expect: unused-suppression@1
SHELL = os.environ["SHELL"]  # expect: BAN001@9
LANG = os.getenv("LANG")  # ssotlint: ignore  # expect-suppressed: BAN001@8
PATH = os.getenv("PATH")  # ssotlint: ignore[BAN001, BAN002]  # expect-suppressed: BAN001@8
TZ = os.getenv("TZ")  # ssotlint: ignore[BAN002,BAN001]  # expect-suppressed: BAN001@6
EDITOR = os.getenv("EDITOR")  # ssotlint: ignore[BAN001] -- read once at start-up  # expect-suppressed: BAN001@10
PAGER = os.getenv("PAGER")  # ssotlint: ignore -- read once at start-up  # expect-suppressed: BAN001@9
COLUMNS = os.getenv("COLUMNS")  # ssotlint: ignore-- no space is needed before the reason  # expect-suppressed: BAN001@11
subprocess.call(["make"]); DEBUG = os.getenv("DEBUG")  # ssotlint: ignore[BAN002]  # expect: BAN001@36  # expect-suppressed: BAN002@1
subprocess.call(["make"]); DEBUG = os.getenv("DEBUG")  # ssotlint: ignore  # expect-suppressed: BAN002@1 BAN001@36
config = dict(
    home=os.environ["HOME"],  # ssotlint: ignore[BAN001]  # expect-suppressed: BAN001@10
    user=os.environ["USER"],  # expect: BAN001@10
)  # ssotlint: ignore[BAN001]  # expect: unused-suppression@4
