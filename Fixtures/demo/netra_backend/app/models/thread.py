"""Conversation threads."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum
from typing import Any


class ThreadStatus(str, Enum):
    ACTIVE = "active"
    ARCHIVED = "archived"


def _now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Thread:
    owner_id: str
    title: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    status: ThreadStatus = ThreadStatus.ACTIVE
    created_at: datetime = field(default_factory=_now)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "owner_id": self.owner_id,
            "title": self.title,
            "status": self.status.value,
            "created_at": self.created_at.isoformat(),
        }
