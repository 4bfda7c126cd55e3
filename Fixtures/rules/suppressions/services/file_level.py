# ssotlint: ignore-file[BAN001]
"""`ignore-file[ID]` on a line of its own suppresses that rule in the whole file."""
import os
import subprocess

HOME = os.environ["HOME"]  # expect-suppressed: BAN001@8
USER = os.getenv("USER")  # expect-suppressed: BAN001@8
subprocess.call(["ls"])  # expect: BAN002@1
