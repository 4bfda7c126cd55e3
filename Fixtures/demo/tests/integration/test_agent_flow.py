"""End-to-end: a user message produces the agent events, in order, on the user's socket."""
from __future__ import annotations

import asyncio
import json

from netra_backend.app.services.agent_service import AgentService
from netra_backend.app.websocket.factory import get_websocket_manager

EXPECTED_EVENTS = ["agent_started", "agent_thinking", "agent_completed"]


class RecordingSocket:
    def __init__(self) -> None:
        self.sent: list[str] = []

    async def send_text(self, data: str) -> None:
        self.sent.append(data)


def test_agent_events_arrive_in_order() -> None:
    socket = RecordingSocket()

    async def scenario() -> None:
        await get_websocket_manager(user_id="frank").connect(socket)
        await AgentService().run(user_id="frank", thread_id="t-1", text="summarise my week")

    asyncio.run(scenario())
    assert [json.loads(item)["type"] for item in socket.sent] == EXPECTED_EVENTS
