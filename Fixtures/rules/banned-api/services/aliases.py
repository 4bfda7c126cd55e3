"""Names bound by `import ... as` and `from ... import`: each from-import is itself a
reference, reported at the imported name."""
import os as operating_system
from os import environ  # expect: BAN001@16
from os import environ as env  # expect: BAN001@16
from os import getenv, path  # expect: BAN001@16
from os import (
    sep,
    getenv as read_env,  # expect: BAN001@5
)
from subprocess import call as run_command, run  # expect: BAN001@24

home = operating_system.environ["HOME"]  # expect: BAN001@8
user = environ["USER"]  # expect: BAN001@8
shell = env["SHELL"]  # expect: BAN001@9
lang = read_env("LANG")  # expect: BAN001@8
status = run_command(["make"])  # expect: BAN001@10
joined = path.join("a", "b")
separator = sep
result = run(["ls"])
platform = operating_system.name
