"""Liveness and readiness probes."""
from __future__ import annotations

from typing import Any

from netra_backend.app import __version__
from netra_backend.app.core.config import get_settings
from netra_backend.app.services.redis_service import RedisService


async def liveness() -> dict[str, Any]:
    return {"status": "ok", "version": __version__}


async def readiness() -> dict[str, Any]:
    settings = get_settings()
    redis_ok = RedisService.default().ping()
    return {
        "status": "ok" if redis_ok else "degraded",
        "environment": settings.environment.value,
        "redis": redis_ok,
    }


ROUTES = {"GET /health/live": liveness, "GET /health/ready": readiness}
