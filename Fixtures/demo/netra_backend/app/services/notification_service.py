"""User notifications (thread shared, run finished) pushed over the WebSocket."""
from __future__ import annotations

from typing import TYPE_CHECKING

from netra_backend.app.websocket.factory import get_websocket_manager
from netra_backend.app.websocket.types import MessageType, WebSocketMessage

if TYPE_CHECKING:
    # Only for the type of the adapter below; never instantiated here.
    from netra_backend.app.websocket.legacy_manager import WebSocketManager


class NotificationService:
    async def notify(self, user_id: str, title: str, body: str) -> int:
        manager = get_websocket_manager(user_id=user_id)
        message = WebSocketMessage(type=MessageType.AGENT_COMPLETED, payload={"title": title, "body": body})
        return await manager.send(message)

    @staticmethod
    def describe_legacy(manager: "WebSocketManager") -> str:
        """Used by the migration dashboard to label sockets still on the v1 manager."""
        return f"legacy manager, heartbeat {manager.heartbeat_seconds}s"
