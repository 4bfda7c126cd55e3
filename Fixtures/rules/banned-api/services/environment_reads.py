"""Plain attribute chains on an imported module.

Mentions of os.environ and os.getenv in this docstring are not references.
"""
import os
import subprocess

HOME = os.environ["HOME"]  # expect: BAN001@8
DEBUG = os.environ.get("DEBUG", "0")  # expect: BAN001@9
TOKEN = os.getenv("API_TOKEN")  # expect: BAN001@9
FALLBACK = os.getenv("A") or os.environ["B"]  # expect: BAN001@12 BAN001@30
SNAPSHOT = os.environ.copy().get("PATH")  # expect: BAN001@12
os.environ["MODE"] = "production"  # expect: BAN001@1
del os.environ["MODE"]  # expect: BAN001@5
print(os.environ, os.getenv)  # expect: BAN001@7 BAN001@19
spaced = os . environ  # expect: BAN001@10

# Look-alikes that are not the banned paths.
SEPARATOR = os.sep
CWD = os.getcwd()
RAW = os.environb
MODULE = os
LOOKUP = getattr(os, "environ")
subprocess.run(["ls"])
subprocess.check_call(["ls"])
subprocess.call(["ls"])  # expect: BAN001@1
