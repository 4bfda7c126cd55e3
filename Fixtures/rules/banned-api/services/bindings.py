"""What import statements bind, and what they reference themselves."""
import os.path
import os.path as osp
import os.environ  # expect: BAN001@8
from os import path as environ
import os as proc
import subprocess as proc
from os import environ as source  # expect: BAN001@16
from subprocess import call as source  # expect: BAN001@24

# `import os.path` binds `os`, so this is os.environ.
HOME = os.environ["HOME"]  # expect: BAN001@8
# `osp` is os.path and `environ` is os.path here: os.path.environ, os.path.join.
DATA = osp.environ
joined = environ.join("a", "b")
# `proc` is bound to both os and subprocess: each chain resolves to two paths.
proc.call(["ls"])  # expect: BAN001@1
shell = proc.environ["SHELL"]  # expect: BAN001@9
proc.run(["ls"])
# `source` resolves to os.environ and to subprocess.call: one finding, not two.
value = source["X"]  # expect: BAN001@9
