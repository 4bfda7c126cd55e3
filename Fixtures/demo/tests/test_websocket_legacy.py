# ssotlint: ignore-file[WS001] -- tests of the legacy manager itself; deleted together with it
"""Behaviour of the legacy WebSocketManager that the v1 route still relies on."""
from __future__ import annotations

import asyncio
import warnings

from netra_backend.app.websocket.legacy_manager import WebSocketManager


class RecordingSocket:
    def __init__(self) -> None:
        self.sent: list[str] = []

    async def send_text(self, data: str) -> None:
        self.sent.append(data)


def _manager() -> WebSocketManager:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return WebSocketManager(heartbeat_seconds=5)


def test_instance_is_a_singleton() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        assert WebSocketManager.instance() is WebSocketManager.instance()


def test_send_to_registered_user() -> None:
    manager, socket = _manager(), RecordingSocket()
    manager.register("carol", socket)
    assert asyncio.run(manager.send_to_user("carol", {"type": "ping"}))
    assert socket.sent == ['{"type": "ping"}']
