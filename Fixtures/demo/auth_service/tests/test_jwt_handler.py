"""JWT issue and verification."""
from __future__ import annotations

import pytest

from auth_service.auth_core.config import AuthConfig
from auth_service.auth_core.jwt_handler import InvalidTokenError, JWTHandler, TokenType


def test_round_trip(auth_config: AuthConfig) -> None:
    handler = JWTHandler(auth_config)
    token = handler.issue("user-1", now=1_000_000)
    assert handler.verify(token, now=1_000_010)["sub"] == "user-1"


def test_expired_token_is_rejected(auth_config: AuthConfig) -> None:
    handler = JWTHandler(auth_config)
    token = handler.issue("user-1", now=1_000_000)
    with pytest.raises(InvalidTokenError, match="expired"):
        handler.verify(token, now=1_000_000 + 16 * 60)


def test_refresh_token_is_not_an_access_token(auth_config: AuthConfig) -> None:
    handler = JWTHandler(auth_config)
    token = handler.issue("user-1", TokenType.REFRESH)
    with pytest.raises(InvalidTokenError, match="wrong token type"):
        handler.verify(token, TokenType.ACCESS)
