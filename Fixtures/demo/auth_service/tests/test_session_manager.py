"""Sessions are stored through the injected Redis manager."""
from __future__ import annotations

from typing import Any

from auth_service.auth_core.config import AuthConfig
from auth_service.auth_core.jwt_handler import JWTHandler
from auth_service.auth_core.session_manager import SessionManager


def test_start_and_end(auth_config: AuthConfig, redis_manager: Any) -> None:
    sessions = SessionManager(redis_manager=redis_manager, jwt=JWTHandler(auth_config))
    started = sessions.start("user-7")
    assert sessions.user_for(started["session_id"]) == "user-7"
    sessions.end(started["session_id"])
    assert sessions.user_for(started["session_id"]) is None
