"""The one accessor allowed to touch the process environment (excluded from BAN001)."""
import os
from os import environ, getenv


def get_env(name, default=None):
    return os.environ.get(name, getenv(name.upper(), default))


SNAPSHOT = dict(environ)
