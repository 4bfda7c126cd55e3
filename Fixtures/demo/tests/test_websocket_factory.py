"""The canonical WebSocket factory isolates users."""
from __future__ import annotations

import asyncio

import pytest

from netra_backend.app.websocket.factory import get_websocket_manager
from netra_backend.app.websocket.types import MessageType, WebSocketMessage


class RecordingSocket:
    def __init__(self) -> None:
        self.sent: list[str] = []

    async def send_text(self, data: str) -> None:
        self.sent.append(data)


def test_same_user_same_manager() -> None:
    assert get_websocket_manager(user_id="alice") is get_websocket_manager(user_id="alice")


def test_users_are_isolated() -> None:
    alice, bob = get_websocket_manager(user_id="alice"), get_websocket_manager(user_id="bob")
    alice_socket, bob_socket = RecordingSocket(), RecordingSocket()

    async def scenario() -> None:
        await alice.connect(alice_socket)
        await bob.connect(bob_socket)
        await alice.send(WebSocketMessage(type=MessageType.AGENT_STARTED))

    asyncio.run(scenario())
    assert len(alice_socket.sent) == 1
    assert bob_socket.sent == []


def test_user_id_is_required() -> None:
    with pytest.raises(ValueError):
        get_websocket_manager(user_id="")
