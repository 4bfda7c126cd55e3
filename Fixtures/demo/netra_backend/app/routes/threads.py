"""Thread CRUD routes."""
from __future__ import annotations

from typing import Any

from netra_backend.app.core.exceptions import NotFoundError
from netra_backend.app.services.thread_service import ThreadService

_service = ThreadService()


async def create_thread(user_id: str, title: str) -> dict[str, Any]:
    thread = await _service.create(user_id=user_id, title=title)
    return thread.to_dict()


async def get_thread(user_id: str, thread_id: str) -> dict[str, Any]:
    thread = await _service.get(thread_id)
    if thread is None or thread.owner_id != user_id:
        raise NotFoundError(f"thread {thread_id} not found")
    return thread.to_dict()


async def archive_thread(user_id: str, thread_id: str) -> dict[str, Any]:
    thread = await _service.archive(thread_id, by_user=user_id)
    return thread.to_dict()


ROUTES = {
    "POST /threads": create_thread,
    "GET /threads/{thread_id}": get_thread,
    "POST /threads/{thread_id}/archive": archive_thread,
}
