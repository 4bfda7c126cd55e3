"""The canonical Redis factory.

Services obtain Redis through :func:`create_redis_manager`, which applies the shared
settings (timeouts, health checks, key prefixes per service). Constructing
``redis.Redis`` directly anywhere else is reported by the BAN001 rule.
"""
from __future__ import annotations

import logging
from typing import Any

import redis

from shared.isolated_environment import get_env, get_env_int
from shared.types import ConnectionState

logger = logging.getLogger(__name__)


class RedisManager:
    """A Redis client with a key prefix and a connection state."""

    def __init__(self, client: Any, prefix: str) -> None:
        self._client = client
        self._prefix = prefix
        self.state = ConnectionState.CONNECTING

    def key(self, name: str) -> str:
        return f"{self._prefix}:{name}"

    def ping(self) -> bool:
        try:
            ok = bool(self._client.ping())
        except redis.RedisError:
            logger.warning("redis ping failed for prefix %s", self._prefix)
            self.state = ConnectionState.FAILED
            return False
        self.state = ConnectionState.CONNECTED if ok else ConnectionState.FAILED
        return ok

    def get(self, name: str) -> str | None:
        return self._client.get(self.key(name))

    def set(self, name: str, value: str, ttl_seconds: int | None = None) -> None:
        self._client.set(self.key(name), value, ex=ttl_seconds)

    def delete(self, name: str) -> None:
        self._client.delete(self.key(name))


def create_redis_manager(service: str, db: int | None = None) -> RedisManager:
    """Return a :class:`RedisManager` for ``service`` configured from the environment."""
    client = redis.Redis(
        host=get_env("REDIS_HOST", "localhost"),
        port=get_env_int("REDIS_PORT", 6379),
        db=get_env_int("REDIS_DB", 0) if db is None else db,
        socket_timeout=5,
        health_check_interval=30,
        decode_responses=True,
    )
    return RedisManager(client, prefix=service)
