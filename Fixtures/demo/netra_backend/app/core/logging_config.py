"""Structured logging for the backend."""
from __future__ import annotations

import json
import logging
import sys
from typing import Any

from shared.isolated_environment import get_env


class JsonFormatter(logging.Formatter):
    """One JSON object per line, the format the log pipeline ingests."""

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return json.dumps(payload)


def configure_logging() -> None:
    """Configure the root logger from LOG_LEVEL and LOG_FORMAT (read through get_env)."""
    level = (get_env("LOG_LEVEL", "INFO") or "INFO").upper()
    handler = logging.StreamHandler(sys.stdout)
    if get_env("LOG_FORMAT", "json") == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
