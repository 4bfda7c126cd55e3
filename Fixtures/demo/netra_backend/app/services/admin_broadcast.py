# ssotlint: ignore-file[WS001] -- admin broadcasts need the v1 all-users registry; moves to the factory with PLAT-212
"""Operator broadcasts ("maintenance in 10 minutes") to every connected user."""
from __future__ import annotations

import logging

from netra_backend.app.websocket.legacy_manager import WebSocketManager

logger = logging.getLogger(__name__)


async def broadcast_maintenance(minutes: int) -> int:
    """Tell every connected user that maintenance starts in ``minutes`` minutes."""
    message = {"type": "maintenance", "payload": {"starts_in_minutes": minutes}}
    reached = await WebSocketManager.instance().broadcast_all(message)
    logger.info("maintenance notice reached %d users", reached)
    return reached
