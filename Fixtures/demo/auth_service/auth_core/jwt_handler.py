"""Issues and verifies JWTs (HS256, implemented on the standard library)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from enum import Enum
from typing import Any

from auth_service.auth_core.config import AuthConfig, get_auth_config


class TokenType(str, Enum):
    ACCESS = "access"
    REFRESH = "refresh"


class InvalidTokenError(Exception):
    pass


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class JWTHandler:
    def __init__(self, config: AuthConfig | None = None) -> None:
        self._config = config or get_auth_config()

    def issue(self, subject: str, kind: TokenType = TokenType.ACCESS, now: float | None = None) -> str:
        issued = int(now if now is not None else time.time())
        lifetime = (
            self._config.access_token_minutes * 60
            if kind is TokenType.ACCESS
            else self._config.refresh_token_days * 86400
        )
        header = {"alg": self._config.jwt_algorithm, "typ": "JWT"}
        claims = {"sub": subject, "type": kind.value, "iat": issued, "exp": issued + lifetime}
        signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}"
        return f"{signing_input}.{self._sign(signing_input)}"

    def verify(self, token: str, kind: TokenType = TokenType.ACCESS, now: float | None = None) -> dict[str, Any]:
        try:
            header, claims, signature = token.split(".")
        except ValueError as error:
            raise InvalidTokenError("malformed token") from error
        if not hmac.compare_digest(signature, self._sign(f"{header}.{claims}")):
            raise InvalidTokenError("bad signature")
        payload: dict[str, Any] = json.loads(_unb64(claims))
        if payload.get("type") != kind.value:
            raise InvalidTokenError("wrong token type")
        if payload["exp"] < (now if now is not None else time.time()):
            raise InvalidTokenError("token expired")
        return payload

    def _sign(self, signing_input: str) -> str:
        digest = hmac.new(self._config.jwt_secret.encode(), signing_input.encode(), hashlib.sha256).digest()
        return _b64(digest)
