# ssotlint: ignore-file[BAN001]
"""`ignore-file[ID]` on a line of its own suppresses that rule in the whole file."""
import os
import subprocess

HOME = os.environ["HOME"]
USER = os.getenv("USER")
subprocess.call(["ls"])  # expect: BAN002@1
