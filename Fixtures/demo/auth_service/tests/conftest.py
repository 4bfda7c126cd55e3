"""Fixtures of the auth service tests."""
from __future__ import annotations

from typing import Iterator

import pytest

from auth_service.auth_core.config import AuthConfig, get_auth_config
from shared.isolated_environment import IsolatedEnvironment


class MockRedisManager:
    """Dictionary-backed replacement for the shared RedisManager (copied from tests/conftest.py)."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.data.get(name)

    def set(self, name: str, value: str, ttl_seconds: int | None = None) -> None:
        self.data[name] = value

    def delete(self, name: str) -> None:
        self.data.pop(name, None)


@pytest.fixture
def auth_config() -> Iterator[AuthConfig]:
    with IsolatedEnvironment.instance().isolated({"JWT_SECRET_KEY": "test-secret"}):
        get_auth_config.cache_clear()
        yield get_auth_config()
    get_auth_config.cache_clear()


@pytest.fixture
def redis_manager() -> MockRedisManager:
    return MockRedisManager()
