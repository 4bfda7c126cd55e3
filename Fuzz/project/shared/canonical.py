"""The canonical definitions the fuzz input is compared with (cross-file rules)."""
import enum
import os

from shared.env import get_env


def create_user_factory():
    return get_env("USER")


class SessionManager:
    pass


class JobStatus(enum.Enum):
    DONE = 1


def f():
    return os.environ["HOME"]
