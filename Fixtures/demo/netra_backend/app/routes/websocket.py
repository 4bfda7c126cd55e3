"""The WebSocket endpoint (v2), one isolated manager per user."""
from __future__ import annotations

import json
import logging
from typing import Any, Protocol

from netra_backend.app.services.message_handler import MessageHandler
from netra_backend.app.websocket.factory import get_websocket_manager
from netra_backend.app.websocket.types import WebSocketMessage

logger = logging.getLogger(__name__)


class WebSocketLike(Protocol):
    async def accept(self) -> None: ...
    async def receive_text(self) -> str: ...
    async def send_text(self, data: str) -> None: ...


async def websocket_endpoint(websocket: WebSocketLike, user_id: str) -> None:
    """Accept a connection and pump messages until the client disconnects."""
    manager = get_websocket_manager(user_id=user_id)
    await websocket.accept()
    connection_id = await manager.connect(websocket)
    handler = MessageHandler(manager)
    try:
        while True:
            raw = await websocket.receive_text()
            payload: dict[str, Any] = json.loads(raw)
            await handler.handle(WebSocketMessage.from_dict(payload), user_id=user_id)
    except ConnectionError:
        logger.info("client %s disconnected", user_id)
    finally:
        await manager.disconnect(connection_id)


ROUTES = {"WS /ws/v2": websocket_endpoint}
