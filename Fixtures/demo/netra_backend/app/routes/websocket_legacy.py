"""The v1 WebSocket endpoint, kept for the desktop client until it ships v2.

New code must use ``get_websocket_manager()`` from ``netra_backend.app.websocket.factory``;
this route still talks to the process-wide legacy manager.
"""
from __future__ import annotations

import json
import logging
from typing import Any

from netra_backend.app.core.config_old import get_settings
from netra_backend.app.websocket.legacy_manager import WebSocketManager

logger = logging.getLogger(__name__)

_legacy_ws = WebSocketManager(heartbeat_seconds=get_settings().ws_heartbeat_seconds)


async def legacy_websocket_endpoint(websocket: Any, user_id: str) -> None:
    await websocket.accept()
    _legacy_ws.register(user_id, websocket)
    try:
        while True:
            message: dict[str, Any] = json.loads(await websocket.receive_text())
            if message.get("type") == "ping":
                await websocket.send_text(json.dumps({"type": "pong"}))
            else:
                await _legacy_ws.send_to_user(user_id, message)
    except ConnectionError:
        logger.info("legacy client %s disconnected", user_id)
    finally:
        _legacy_ws.unregister(user_id)


ROUTES = {"WS /ws": legacy_websocket_endpoint}

# The v0 desktop client reaches the same legacy class through the package facade and the
# compatibility alias: WS001 follows both to legacy_manager.WebSocketManager.
from netra_backend.app.websocket import WebSocketManager as FacadeWebSocketManager
from netra_backend.app.websocket.legacy_manager import LegacyWebSocketManager

_v0_ws = LegacyWebSocketManager.instance()
