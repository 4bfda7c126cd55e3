"""Auth service settings (read through the shared isolated environment)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from shared.isolated_environment import get_env, get_env_int


@dataclass(frozen=True)
class AuthConfig:
    jwt_secret: str
    jwt_algorithm: str = "HS256"
    access_token_minutes: int = 15
    refresh_token_days: int = 7
    redis_host: str = "localhost"
    redis_port: int = 6379
    redis_db: int = 1


@lru_cache(maxsize=1)
def get_auth_config() -> AuthConfig:
    secret = get_env("JWT_SECRET_KEY")
    if not secret:
        raise RuntimeError("JWT_SECRET_KEY is not set")
    return AuthConfig(
        jwt_secret=secret,
        access_token_minutes=get_env_int("ACCESS_TOKEN_MINUTES", 15),
        refresh_token_days=get_env_int("REFRESH_TOKEN_DAYS", 7),
        redis_host=get_env("REDIS_HOST", "localhost") or "localhost",
        redis_port=get_env_int("REDIS_PORT", 6379),
        redis_db=get_env_int("AUTH_REDIS_DB", 1),
    )
