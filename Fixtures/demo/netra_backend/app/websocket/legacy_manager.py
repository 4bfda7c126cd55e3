"""Deprecated: the process-wide WebSocket manager of API v1.

One instance served every user, which is how events of one account ended up on
another account's socket. Use ``get_websocket_manager(user_id=...)`` from
``netra_backend.app.websocket.factory``. WS001 reports new uses of this class.
"""
from __future__ import annotations

import json
import logging
import warnings
from typing import Any

from shared.types import ConnectionState

logger = logging.getLogger(__name__)


class WebSocketManager:
    """A single registry of all users' sockets (legacy)."""

    _instance: "WebSocketManager | None" = None

    def __init__(self, heartbeat_seconds: int = 30) -> None:
        warnings.warn("WebSocketManager is deprecated; use get_websocket_manager()", DeprecationWarning, stacklevel=2)
        self.heartbeat_seconds = heartbeat_seconds
        self.state = ConnectionState.DISCONNECTED
        self._sockets: dict[str, Any] = {}

    @classmethod
    def instance(cls) -> "WebSocketManager":
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def register(self, user_id: str, websocket: Any) -> None:
        self._sockets[user_id] = websocket
        self.state = ConnectionState.CONNECTED

    def unregister(self, user_id: str) -> None:
        self._sockets.pop(user_id, None)
        if not self._sockets:
            self.state = ConnectionState.DISCONNECTED

    async def send_to_user(self, user_id: str, message: dict[str, Any]) -> bool:
        websocket = self._sockets.get(user_id)
        if websocket is None:
            return False
        await websocket.send_text(json.dumps(message))
        return True

    async def broadcast_all(self, message: dict[str, Any]) -> int:
        sent = 0
        for user_id in list(self._sockets):
            if await self.send_to_user(user_id, message):
                sent += 1
        logger.info("legacy broadcast reached %d users", sent)
        return sent


# Compatibility alias for the v0 desktop client, which imports the class under its old name.
LegacyWebSocketManager = WebSocketManager
