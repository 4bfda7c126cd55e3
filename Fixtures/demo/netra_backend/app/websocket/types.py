"""Messages exchanged over the WebSocket."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class MessageType(str, Enum):
    USER_MESSAGE = "user_message"
    AGENT_STARTED = "agent_started"
    AGENT_THINKING = "agent_thinking"
    TOOL_EXECUTING = "tool_executing"
    TOOL_COMPLETED = "tool_completed"
    AGENT_COMPLETED = "agent_completed"
    ERROR = "error"
    PING = "ping"


@dataclass
class WebSocketMessage:
    type: MessageType
    payload: dict[str, Any] = field(default_factory=dict)
    thread_id: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "WebSocketMessage":
        return cls(
            type=MessageType(data["type"]),
            payload=dict(data.get("payload") or {}),
            thread_id=data.get("thread_id"),
        )

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type.value, "payload": self.payload, "thread_id": self.thread_id}
