"""Thread service."""
from __future__ import annotations

import asyncio

import pytest

from netra_backend.app.core.exceptions import NotFoundError
from netra_backend.app.models.thread import ThreadStatus
from netra_backend.app.services.thread_service import ThreadService


def test_create_and_archive() -> None:
    service = ThreadService()

    async def scenario() -> ThreadStatus:
        thread = await service.create(user_id="dave", title="  Quarterly report ")
        assert thread.title == "Quarterly report"
        archived = await service.archive(thread.id, by_user="dave")
        return archived.status

    assert asyncio.run(scenario()) is ThreadStatus.ARCHIVED


def test_archive_of_another_users_thread_is_not_found() -> None:
    service = ThreadService()

    async def scenario() -> None:
        thread = await service.create(user_id="erin", title="Private")
        await service.archive(thread.id, by_user="mallory")

    with pytest.raises(NotFoundError):
        asyncio.run(scenario())
