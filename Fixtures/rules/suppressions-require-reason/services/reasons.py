"""Only directives with a reason suppress."""
import os
import subprocess

HOME = os.environ["HOME"]  # ssotlint: ignore[BAN001] -- read once at start-up  # expect-suppressed: BAN001@8
TERM = os.getenv("TERM")  # ssotlint: ignore -- the terminal type is fixed in CI  # expect-suppressed: BAN001@8
PAGER = os.getenv("PAGER")  # ssotlint: ignore-- no space is needed before the reason  # expect-suppressed: BAN001@9
USER = os.environ["USER"]  # ssotlint: ignore[BAN001]  # expect: BAN001@8 suppression-without-reason
LANG = os.getenv("LANG")  # ssotlint: ignore  # expect: BAN001@8 suppression-without-reason
# ssotlint: ignore[BAN001]  # expect: suppression-without-reason
subprocess.call(["make"])  # ssotlint: ignore[BAN002] -- needed by the build  # expect: BAN002@1 forbidden-suppression
CLEAN = 1  # ssotlint: ignore[BAN001] -- a reason alone is not a use  # expect: unused-suppression@12
