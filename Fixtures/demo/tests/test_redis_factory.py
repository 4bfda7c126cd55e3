"""The shared Redis factory."""
from __future__ import annotations

from shared.isolated_environment import IsolatedEnvironment
from shared.redis_factory import RedisManager, create_redis_manager
from shared.types import ConnectionState


class FlakyClient:
    def __init__(self, answers: list[bool]) -> None:
        self.answers = answers

    def ping(self) -> bool:
        return self.answers.pop(0)


def test_factory_uses_the_isolated_environment(isolated_env: IsolatedEnvironment) -> None:
    isolated_env.set("REDIS_HOST", "cache.internal")
    manager = create_redis_manager("backend", db=2)
    assert manager.key("x") == "backend:x"


def test_ping_updates_the_state() -> None:
    manager = RedisManager(FlakyClient([True, False]), prefix="t")
    assert manager.ping() and manager.state is ConnectionState.CONNECTED
    assert not manager.ping() and manager.state is ConnectionState.FAILED
