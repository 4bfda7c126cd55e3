"""Dispatches incoming WebSocket messages to the agent service."""
from __future__ import annotations

import logging

from netra_backend.app.services.agent_service import AgentService
from netra_backend.app.websocket.manager import UnifiedWebSocketManager
from netra_backend.app.websocket.types import MessageType, WebSocketMessage

logger = logging.getLogger(__name__)


class MessageHandler:
    """Handles the messages of one connection.

    The manager is injected by the route, which obtained it from the canonical factory;
    handlers never create managers themselves.
    """

    def __init__(self, manager: UnifiedWebSocketManager, agents: AgentService | None = None) -> None:
        self._manager = manager
        self._agents = agents or AgentService()

    async def handle(self, message: WebSocketMessage, user_id: str) -> None:
        if message.type is MessageType.PING:
            await self._manager.send(WebSocketMessage(type=MessageType.PING, payload={"pong": True}))
        elif message.type is MessageType.USER_MESSAGE:
            await self._agents.run(user_id=user_id, thread_id=message.thread_id, text=str(message.payload.get("text", "")))
        else:
            logger.warning("unexpected message type %s from %s", message.type.value, user_id)
            await self._manager.send(WebSocketMessage(type=MessageType.ERROR, payload={"reason": "unsupported message"}))
