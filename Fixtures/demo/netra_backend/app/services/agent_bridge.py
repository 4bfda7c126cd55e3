"""Bridges background agent runs (started by the scheduler) to WebSocket clients.

Written during the first WebSocket refactoring and never migrated to the factory.
"""
from __future__ import annotations

import logging
from typing import Any

from netra_backend.app.websocket.core import create_websocket_manager

logger = logging.getLogger(__name__)


class AgentBridge:
    def __init__(self, user_id: str) -> None:
        self.user_id = user_id
        self._manager = create_websocket_manager(user_id=user_id)

    async def notify(self, event: str, payload: dict[str, Any]) -> bool:
        delivered = await self._manager.send_to_user(self.user_id, {"type": event, "payload": payload})
        if not delivered:
            logger.debug("no socket for %s; event %s dropped", self.user_id, event)
        return delivered
