"""Runs an agent for a user message and streams its progress over the WebSocket."""
from __future__ import annotations

import logging
from typing import Any

from netra_backend.app.websocket.factory import get_websocket_manager
from netra_backend.app.websocket.types import MessageType, WebSocketMessage

logger = logging.getLogger(__name__)


class AgentService:
    """Executes agent runs. Progress events go to the user's own manager only."""

    async def run(self, user_id: str, thread_id: str | None, text: str) -> dict[str, Any]:
        manager = get_websocket_manager(user_id=user_id)

        async def emit(kind: MessageType, **payload: Any) -> None:
            await manager.send(WebSocketMessage(type=kind, payload=payload, thread_id=thread_id))

        await emit(MessageType.AGENT_STARTED, prompt=text[:200])
        await emit(MessageType.AGENT_THINKING)
        result = await self._execute(text)
        await emit(MessageType.AGENT_COMPLETED, result=result)
        logger.info("agent run for %s finished", user_id)
        return result

    async def _execute(self, text: str) -> dict[str, Any]:
        # The real implementation calls the model provider; the demo echoes.
        return {"answer": text[::-1], "tokens": len(text.split())}
