"""Backend cache and rate limiting on Redis."""
from __future__ import annotations

import logging
import os
from typing import Any

import redis

logger = logging.getLogger(__name__)


def create_redis_manager(db: int = 0) -> Any:
    """Build the backend's Redis client.

    Predates ``shared.redis_factory`` and was copied into the auth service before
    that module existed.
    """
    url = f"redis://{os.environ.get('REDIS_HOST', 'localhost')}:6379/{db}"
    return redis.from_url(url, decode_responses=True, socket_timeout=5)


class RedisService:
    _default: "RedisService | None" = None

    def __init__(self, client: Any) -> None:
        self._client = client

    @classmethod
    def default(cls) -> "RedisService":
        if cls._default is None:
            cls._default = cls(create_redis_manager())
        return cls._default

    def ping(self) -> bool:
        try:
            return bool(self._client.ping())
        except redis.RedisError as error:
            logger.warning("redis unavailable: %s", error)
            return False

    def allow(self, key: str, limit: int, window_seconds: int) -> bool:
        """A fixed-window rate limiter."""
        count = self._client.incr(f"ratelimit:{key}")
        if count == 1:
            self._client.expire(f"ratelimit:{key}", window_seconds)
        return count <= limit

    def cache_get(self, key: str) -> str | None:
        return self._client.get(f"cache:{key}")

    def cache_set(self, key: str, value: str, ttl_seconds: int = 300) -> None:
        self._client.set(f"cache:{key}", value, ex=ttl_seconds)
