"""Thread persistence (in memory here; Postgres in production)."""
from __future__ import annotations

import asyncio

from netra_backend.app.core.exceptions import NotFoundError
from netra_backend.app.models.thread import Thread, ThreadStatus
from netra_backend.app.websocket.factory import get_websocket_manager
from netra_backend.app.websocket.types import MessageType, WebSocketMessage


class ThreadService:
    def __init__(self) -> None:
        self._threads: dict[str, Thread] = {}
        self._lock = asyncio.Lock()

    async def create(self, user_id: str, title: str) -> Thread:
        thread = Thread(owner_id=user_id, title=title.strip() or "Untitled")
        async with self._lock:
            self._threads[thread.id] = thread
        return thread

    async def get(self, thread_id: str) -> Thread | None:
        return self._threads.get(thread_id)

    async def archive(self, thread_id: str, by_user: str) -> Thread:
        thread = await self.get(thread_id)
        if thread is None or thread.owner_id != by_user:
            raise NotFoundError(f"thread {thread_id} not found")
        thread.status = ThreadStatus.ARCHIVED
        manager = get_websocket_manager(user_id=by_user)
        await manager.send(
            WebSocketMessage(type=MessageType.AGENT_COMPLETED, payload={"archived": True}, thread_id=thread.id)
        )
        return thread

    async def list_for(self, user_id: str) -> list[Thread]:
        return [thread for thread in self._threads.values() if thread.owner_id == user_id]
