"""Imports that bind nothing: a relative import in a top-level module (it has no
package) and star imports. The names they would provide resolve to nothing."""
from .os import environ
from . import subprocess
from os import *
from subprocess import *

home = environ["HOME"]
user = getenv("USER")
subprocess.call(["ls"])
call(["ls"])
