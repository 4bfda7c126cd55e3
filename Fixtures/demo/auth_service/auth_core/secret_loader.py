"""Loads the JWT secret from the secret manager at start-up."""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from shared.isolated_environment import IsolatedEnvironment, get_env

logger = logging.getLogger(__name__)


def credentials_file() -> Path | None:
    """The service-account file the Google client library will use, if any.

    The client library reads GOOGLE_APPLICATION_CREDENTIALS from the real process
    environment, not from our isolated view, so we must look at the same place.
    """
    value = os.environ.get("GOOGLE_APPLICATION_CREDENTIALS")  # ssotlint: ignore[ENV001] -- must match what the GCP library reads
    return Path(value) if value else None


def load_jwt_secret() -> None:
    """Copy the JWT secret into the isolated environment unless it is already set."""
    if get_env("JWT_SECRET_KEY"):
        return
    path = credentials_file()
    if path is None or not path.exists():
        logger.warning("no credentials; JWT_SECRET_KEY must be set explicitly")
        return
    document = json.loads(path.read_text(encoding="utf-8"))
    secret = document.get("jwt_secret")
    if secret:
        IsolatedEnvironment.instance().set("JWT_SECRET_KEY", secret)
