"""Backend settings, read once through the isolated environment.

Every value comes from :func:`shared.isolated_environment.get_env`; nothing in the
backend reads ``os.environ`` directly.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from shared.isolated_environment import Environment, current_environment, get_env, get_env_bool, get_env_int


@dataclass(frozen=True)
class Settings:
    environment: Environment
    database_url: str
    redis_db: int = 0
    ws_heartbeat_seconds: int = 25
    ws_max_connections_per_user: int = 5
    debug: bool = False
    cors_origins: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_production(self) -> bool:
        return self.environment is Environment.PRODUCTION


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The backend settings (cached; call ``get_settings.cache_clear()`` in tests)."""
    origins = get_env("CORS_ORIGINS", "") or ""
    return Settings(
        environment=current_environment(),
        database_url=get_env("DATABASE_URL", "postgresql://localhost/netra") or "",
        redis_db=get_env_int("BACKEND_REDIS_DB", 0),
        ws_heartbeat_seconds=get_env_int("WS_HEARTBEAT_SECONDS", 25),
        ws_max_connections_per_user=get_env_int("WS_MAX_CONNECTIONS_PER_USER", 5),
        debug=get_env_bool("DEBUG"),
        cors_origins=tuple(origin.strip() for origin in origins.split(",") if origin.strip()),
    )
