"""Only directives with a reason suppress."""
import os
import subprocess

HOME = os.environ["HOME"]  # ssotlint: ignore[BAN001] -- read once at start-up
TERM = os.getenv("TERM")  # ssotlint: ignore -- the terminal type is fixed in CI
PAGER = os.getenv("PAGER")  # ssotlint: ignore-- no space is needed before the reason
USER = os.environ["USER"]  # ssotlint: ignore[BAN001]  # expect: BAN001@8 suppression-without-reason
LANG = os.getenv("LANG")  # ssotlint: ignore  # expect: BAN001@8 suppression-without-reason
# ssotlint: ignore[BAN001]  # expect: suppression-without-reason
subprocess.call(["make"])  # ssotlint: ignore[BAN002] -- needed by the build  # expect: BAN002@1 forbidden-suppression
