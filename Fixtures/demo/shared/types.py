"""Enums and small value types shared by the backend and the auth service.

``ConnectionState`` is the single source of truth for the life cycle of a long-lived
connection (WebSocket or Redis). Import it from here; do not redefine it.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class ConnectionState(str, Enum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    DISCONNECTED = "disconnected"
    FAILED = "failed"

    @property
    def is_usable(self) -> bool:
        return self is ConnectionState.CONNECTED


@dataclass(frozen=True)
class UserId:
    """A user id that cannot be confused with a thread or run id."""

    value: str

    def __str__(self) -> str:
        return self.value
