"""Backend settings."""
from __future__ import annotations

import os

from netra_backend.app.core.config import get_settings
from shared.isolated_environment import Environment, IsolatedEnvironment


def test_defaults(isolated_env: IsolatedEnvironment) -> None:
    settings = get_settings()
    assert settings.environment is Environment.TEST
    assert settings.ws_heartbeat_seconds == 25


def test_cors_origins_are_split(isolated_env: IsolatedEnvironment) -> None:
    isolated_env.set("CORS_ORIGINS", "https://app.netra.ai, https://staging.netra.ai")
    assert get_settings().cors_origins == ("https://app.netra.ai", "https://staging.netra.ai")


def test_staging_from_process_environment() -> None:
    # Written before the isolated_env fixture existed.
    os.environ["NETRA_ENV"] = "staging"
    get_settings.cache_clear()
    try:
        assert get_settings().environment is Environment.STAGING
    finally:
        os.environ.pop("NETRA_ENV", None)
        get_settings.cache_clear()
