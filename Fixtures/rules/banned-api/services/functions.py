"""Decorators, defaults, annotations, lambdas and comprehensions hold references;
parameter names, `global` names and the names of `def` and `class` do not."""
import functools
import subprocess
from os import environ, getenv  # expect: BAN001@16 BAN001@25


@functools.lru_cache(maxsize=int(getenv("CACHE_SIZE", "8")))  # expect: BAN001@34
def load(key, source=environ):  # expect: BAN001@22
    return source[key]


def lookup(environ, *getenv, **options):
    return environ["HOME"]  # expect: BAN001@12


def typed(values: environ.__class__) -> None:  # expect: BAN001@19
    pass


def reset():
    global environ
    environ = {}


def getenv(name, default=None):
    return default


class environ:
    pass


@subprocess.call  # expect: BAN001@2
def deploy():
    pass


reader = lambda name, fallback=getenv: fallback(name)  # expect: BAN001@32
shadowed = lambda environ: environ["PATH"]  # expect: BAN001@28
keys = [environ for environ in [{}]]  # expect: BAN001@9
pairs = {key: value for key, value in environ.items()}  # expect: BAN001@39
cache: environ.__class__ = {}  # expect: BAN001@8
for environ in [{}]:
    print(environ)  # expect: BAN001@11
