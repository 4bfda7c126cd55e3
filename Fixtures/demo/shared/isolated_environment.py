"""The one sanctioned accessor for the process environment.

Every service reads its configuration through :func:`get_env` instead of touching
``os.environ`` or calling ``os.getenv`` itself. Keeping the access in one module means
that tests can isolate the environment (nothing leaks between test cases), that the
variables a service depends on can be listed by searching for ``get_env(``, and that
values are validated in one place.

This module is therefore the only one excluded from the ENV001 rule.
"""
from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from enum import Enum
from typing import Iterator, Mapping


class Environment(str, Enum):
    """The deployment environments the services know about."""

    DEVELOPMENT = "development"
    TEST = "test"
    STAGING = "staging"
    PRODUCTION = "production"


class IsolatedEnvironment:
    """A view of the process environment with an optional isolated overlay.

    In isolation mode, reads and writes go to an in-memory copy, so a test can set
    ``NETRA_ENV=staging`` without changing ``os.environ`` for the rest of the run.
    """

    _instance: "IsolatedEnvironment | None" = None
    _lock = threading.Lock()

    def __init__(self) -> None:
        self._overlay: dict[str, str] | None = None

    @classmethod
    def instance(cls) -> "IsolatedEnvironment":
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance

    def get(self, key: str, default: str | None = None) -> str | None:
        if self._overlay is not None:
            return self._overlay.get(key, default)
        return os.environ.get(key, default)

    def set(self, key: str, value: str) -> None:
        if self._overlay is not None:
            self._overlay[key] = value
        else:
            os.environ[key] = value

    def unset(self, key: str) -> None:
        if self._overlay is not None:
            self._overlay.pop(key, None)
        else:
            os.environ.pop(key, None)

    def snapshot(self) -> Mapping[str, str]:
        source = self._overlay if self._overlay is not None else os.environ
        return dict(source)

    @contextmanager
    def isolated(self, values: Mapping[str, str] | None = None) -> Iterator["IsolatedEnvironment"]:
        """Run a block against a private copy of the environment."""
        previous = self._overlay
        self._overlay = dict(os.environ if previous is None else previous)
        self._overlay.update(values or {})
        try:
            yield self
        finally:
            self._overlay = previous


def get_env(key: str, default: str | None = None) -> str | None:
    """Return the environment variable ``key``, or ``default`` when it is not set."""
    return IsolatedEnvironment.instance().get(key, default)


def get_env_bool(key: str, default: bool = False) -> bool:
    value = get_env(key)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def get_env_int(key: str, default: int) -> int:
    value = get_env(key)
    return default if value is None or not value.strip() else int(value)


def current_environment() -> Environment:
    return Environment(get_env("NETRA_ENV", Environment.DEVELOPMENT.value))
