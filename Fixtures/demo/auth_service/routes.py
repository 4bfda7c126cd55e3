"""HTTP routes of the auth service."""
from __future__ import annotations

import hashlib
import hmac
from typing import Any

from auth_service.auth_core.jwt_handler import InvalidTokenError, JWTHandler, TokenType
from auth_service.auth_core.models import User
from auth_service.auth_core.session_manager import SessionManager

_users: dict[str, User] = {}
_sessions = SessionManager()
_jwt = JWTHandler()


def _hash(password: str) -> str:
    return hashlib.sha256(password.encode()).hexdigest()


async def login(email: str, password: str) -> dict[str, Any]:
    user = _users.get(email)
    if user is None or not user.active or not hmac.compare_digest(user.password_hash, _hash(password)):
        return {"status": 401, "error": "invalid credentials"}
    return {"status": 200, **_sessions.start(user.id)}


async def refresh(refresh_token: str) -> dict[str, Any]:
    try:
        claims = _jwt.verify(refresh_token, TokenType.REFRESH)
    except InvalidTokenError as error:
        return {"status": 401, "error": str(error)}
    return {"status": 200, "access": _jwt.issue(claims["sub"])}


async def logout(session_id: str) -> dict[str, Any]:
    _sessions.end(session_id)
    return {"status": 204}


ROUTES = {"POST /auth/login": login, "POST /auth/refresh": refresh, "POST /auth/logout": logout}
