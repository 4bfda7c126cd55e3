"""Refresh-token sessions stored in Redis through the shared factory."""
from __future__ import annotations

import secrets

from auth_service.auth_core.jwt_handler import JWTHandler, TokenType
from shared.redis_factory import RedisManager, create_redis_manager


class SessionManager:
    def __init__(self, redis_manager: RedisManager | None = None, jwt: JWTHandler | None = None) -> None:
        self._redis = redis_manager or create_redis_manager("auth")
        self._jwt = jwt or JWTHandler()

    def start(self, user_id: str) -> dict[str, str]:
        session_id = secrets.token_urlsafe(16)
        refresh = self._jwt.issue(user_id, TokenType.REFRESH)
        self._redis.set(f"session:{session_id}", user_id, ttl_seconds=7 * 86400)
        return {"session_id": session_id, "access": self._jwt.issue(user_id), "refresh": refresh}

    def user_for(self, session_id: str) -> str | None:
        return self._redis.get(f"session:{session_id}")

    def end(self, session_id: str) -> None:
        self._redis.delete(f"session:{session_id}")
