"""Messages stored in a thread."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Literal

Role = Literal["user", "assistant", "tool"]


@dataclass
class Message:
    thread_id: str
    role: Role
    content: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def preview(self) -> str:
        return self.content if len(self.content) <= 80 else self.content[:77] + "..."
