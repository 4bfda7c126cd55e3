"""Redis client of the auth service.

Copied from the backend before ``shared.redis_factory`` existed, together with the
connection-state enum.
"""
from __future__ import annotations

from enum import Enum

from redis import Redis

from auth_service.auth_core.config import AuthConfig, get_auth_config


class ConnectionState(Enum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"


def create_redis_manager(config: AuthConfig | None = None) -> Redis:
    cfg = config or get_auth_config()
    return Redis(host=cfg.redis_host, port=cfg.redis_port, db=cfg.redis_db, decode_responses=True)


def connection_state(client: object) -> ConnectionState:
    try:
        client.ping()  # type: ignore[attr-defined]
    except Exception:
        return ConnectionState.DISCONNECTED
    return ConnectionState.CONNECTED
