"""Unit tests of the backend's message handler."""
from __future__ import annotations

import asyncio
from typing import Any

from netra_backend.app.services.message_handler import MessageHandler
from netra_backend.app.websocket.factory import get_websocket_manager, shutdown_all_managers
from netra_backend.app.websocket.types import MessageType, WebSocketMessage


class RecordingSocket:
    def __init__(self) -> None:
        self.sent: list[str] = []

    async def send_text(self, data: str) -> None:
        self.sent.append(data)


class StubAgents:
    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    async def run(self, **kwargs: Any) -> dict[str, Any]:
        self.calls.append(kwargs)
        return {}


def test_ping_is_answered_on_the_same_manager() -> None:
    async def scenario() -> list[str]:
        manager = get_websocket_manager(user_id="u-ping")
        socket = RecordingSocket()
        await manager.connect(socket)
        await MessageHandler(manager, agents=StubAgents()).handle(WebSocketMessage(type=MessageType.PING), user_id="u-ping")
        return socket.sent

    try:
        sent = asyncio.run(scenario())
    finally:
        shutdown_all_managers()
    assert len(sent) == 1 and '"ping"' in sent[0]


def test_user_message_starts_an_agent_run() -> None:
    agents = StubAgents()
    manager = get_websocket_manager(user_id="u-run")
    message = WebSocketMessage(type=MessageType.USER_MESSAGE, payload={"text": "hello"}, thread_id="t1")
    try:
        asyncio.run(MessageHandler(manager, agents=agents).handle(message, user_id="u-run"))
    finally:
        shutdown_all_managers()
    assert agents.calls == [{"user_id": "u-run", "thread_id": "t1", "text": "hello"}]
