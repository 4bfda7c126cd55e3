"""Deprecated construction helpers from the first WebSocket refactoring.

``create_websocket_manager`` was meant to replace the singleton but still builds the
legacy manager, so callers get neither isolation nor the new message types. It is a
competing entry point; use ``get_websocket_manager`` from the factory module.
"""
from __future__ import annotations

from netra_backend.app.core.config import get_settings
from netra_backend.app.websocket.legacy_manager import WebSocketManager


def create_websocket_manager(user_id: str | None = None) -> WebSocketManager:
    """Build a fresh legacy manager; ``user_id`` is accepted and ignored."""
    del user_id  # kept for signature compatibility with the factory
    return WebSocketManager(heartbeat_seconds=get_settings().ws_heartbeat_seconds)
