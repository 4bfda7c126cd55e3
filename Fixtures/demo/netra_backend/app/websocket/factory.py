"""The canonical WebSocket manager factory.

``get_websocket_manager(user_id=...)`` is the single source of truth for obtaining a
WebSocket manager. It returns the same :class:`UnifiedWebSocketManager` for the same
user and never shares one between users.
"""
from __future__ import annotations

import asyncio
import threading

from netra_backend.app.core.config import get_settings
from netra_backend.app.websocket.manager import UnifiedWebSocketManager

_managers: dict[str, UnifiedWebSocketManager] = {}
_lock = threading.Lock()


def get_websocket_manager(user_id: str) -> UnifiedWebSocketManager:
    """Return the WebSocket manager of ``user_id``, creating it on first use."""
    if not user_id:
        raise ValueError("a WebSocket manager needs a user id")
    with _lock:
        manager = _managers.get(user_id)
        if manager is None:
            settings = get_settings()
            manager = UnifiedWebSocketManager(user_id, max_connections=settings.ws_max_connections_per_user)
            _managers[user_id] = manager
        return manager


def shutdown_all_managers() -> None:
    """Close every manager (application shutdown and test teardown)."""
    with _lock:
        managers = list(_managers.values())
        _managers.clear()
    for manager in managers:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            asyncio.run(manager.close())
        else:
            loop.create_task(manager.close())
