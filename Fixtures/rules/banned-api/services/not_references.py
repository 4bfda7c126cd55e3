"""Settings helpers.

os.environ["HOME"] in a docstring is not a reference, nor is getenv("X").
"""
from os import environ, getenv  # expect: BAN001@16 BAN001@25
from settings import config

# os.environ["HOME"] and getenv("X") in a comment are not references.
DESCRIPTION = "reads os.environ and os.getenv"
RAW = r'os.environ["X"]'
BYTES = b"getenv"
TEMPLATE = "{environ}".format(environ=1)
RAW_BYTES = rb"{environ}"
FORMATTED = "{}".format(environ)  # expect: BAN001@25

# Assigned, augmented, annotated, deleted: not references.
environ = {}
environ |= {"A": "1"}
environ: dict[str, str] = {}
getenv, other = None, None
[environ, *getenv] = [{}, None]
del environ
# Subscript and attribute targets are references.
environ[0] = 1  # expect: BAN001@1
environ.cache = {}  # expect: BAN001@1

# Bound by for, with, except, :=, comprehension and match: not references.
for environ in [{}]:
    pass
for index, (getenv, other) in enumerate([]):
    pass
with open("settings.ini") as environ:
    pass
try:
    pass
except OSError as environ:
    pass
if (environ := {}) is not None:
    pass
names = [key for environ in [{}] for key in []]
match config:
    case {"env": environ}:
        pass
    case [environ, *getenv]:
        pass
    case str() as environ:
        pass

# Keyword-argument names are not references; keyword values are.
options = dict(environ=1, getenv=2)
merged = dict(environ=environ)  # expect: BAN001@23
expanded = dict(**environ)  # expect: BAN001@19

# Attribute look-alikes: the chain starts at an unbound name or after a dot.
config_env = config.environ
from_factory = config.load().os.environ
