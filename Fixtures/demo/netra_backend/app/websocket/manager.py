"""The WebSocket manager behind the canonical factory: one instance per user."""
from __future__ import annotations

import asyncio
import itertools
import json
import logging
from typing import Any

from netra_backend.app.core.exceptions import ConnectionLimitError
from netra_backend.app.websocket.types import WebSocketMessage
from shared.types import ConnectionState

logger = logging.getLogger(__name__)
_ids = itertools.count(1)


class UnifiedWebSocketManager:
    """Tracks the connections of a single user and sends them messages.

    Instances are created only by ``factory.get_websocket_manager``; never share one
    between users (the legacy singleton did, and leaked events across accounts).
    """

    def __init__(self, user_id: str, max_connections: int = 5) -> None:
        self.user_id = user_id
        self.max_connections = max_connections
        self.state = ConnectionState.DISCONNECTED
        self._connections: dict[int, Any] = {}
        self._lock = asyncio.Lock()

    async def connect(self, websocket: Any) -> int:
        async with self._lock:
            if len(self._connections) >= self.max_connections:
                raise ConnectionLimitError(f"user {self.user_id} has too many connections")
            connection_id = next(_ids)
            self._connections[connection_id] = websocket
            self.state = ConnectionState.CONNECTED
            return connection_id

    async def disconnect(self, connection_id: int) -> None:
        async with self._lock:
            self._connections.pop(connection_id, None)
            if not self._connections:
                self.state = ConnectionState.DISCONNECTED

    async def send(self, message: WebSocketMessage) -> int:
        """Send ``message`` to every connection of the user; return how many got it."""
        text = json.dumps(message.to_dict())
        delivered = 0
        for connection_id, websocket in list(self._connections.items()):
            try:
                await websocket.send_text(text)
                delivered += 1
            except ConnectionError:
                logger.info("dropping dead connection %s of %s", connection_id, self.user_id)
                await self.disconnect(connection_id)
        return delivered

    async def close(self) -> None:
        async with self._lock:
            self._connections.clear()
            self.state = ConnectionState.DISCONNECTED

    @property
    def connection_count(self) -> int:
        return len(self._connections)
