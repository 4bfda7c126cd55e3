"""Fixtures shared by the monorepo-level tests."""
from __future__ import annotations

from typing import Iterator

import pytest

from netra_backend.app.core.config import get_settings
from netra_backend.app.websocket.factory import shutdown_all_managers
from shared.isolated_environment import IsolatedEnvironment


class MockRedisManager:
    """An in-memory stand-in for shared.redis_factory.RedisManager."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}

    def ping(self) -> bool:
        return True

    def get(self, name: str) -> str | None:
        return self.data.get(name)

    def set(self, name: str, value: str, ttl_seconds: int | None = None) -> None:
        self.data[name] = value

    def delete(self, name: str) -> None:
        self.data.pop(name, None)


@pytest.fixture
def isolated_env() -> Iterator[IsolatedEnvironment]:
    """Run a test against a private copy of the environment (never os.environ)."""
    env = IsolatedEnvironment.instance()
    with env.isolated({"NETRA_ENV": "test", "DATABASE_URL": "sqlite://"}):
        get_settings.cache_clear()
        yield env
    get_settings.cache_clear()


@pytest.fixture
def redis_manager() -> MockRedisManager:
    return MockRedisManager()


@pytest.fixture(autouse=True)
def _close_websocket_managers() -> Iterator[None]:
    yield
    shutdown_all_managers()
