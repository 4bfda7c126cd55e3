"""WebSocket support of the backend.

The one sanctioned way to obtain a manager is :func:`get_websocket_manager`, which
returns a manager isolated per user. ``WebSocketManager`` (legacy_manager) and
``create_websocket_manager`` (core) are older entry points that are being removed.
"""
from netra_backend.app.websocket.factory import get_websocket_manager
from netra_backend.app.websocket.types import MessageType, WebSocketMessage

# Re-exported for API v1 callers while they move to get_websocket_manager(); being removed.
from netra_backend.app.websocket.legacy_manager import WebSocketManager

__all__ = ["MessageType", "WebSocketMessage", "get_websocket_manager"]
