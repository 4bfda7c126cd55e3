"""Errors the backend raises to its routes."""
from __future__ import annotations


class NetraError(Exception):
    status_code = 500

    def __init__(self, message: str, *, code: str = "internal_error") -> None:
        super().__init__(message)
        self.code = code


class NotFoundError(NetraError):
    status_code = 404


class ConnectionLimitError(NetraError):
    """Raised when a user opens more WebSocket connections than allowed."""

    status_code = 429
