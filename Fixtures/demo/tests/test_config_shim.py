"""The deprecated config module still re-exports the new names until it is deleted."""
from __future__ import annotations

import warnings

from netra_backend.app.core import config


def test_shim_reexports_the_new_settings() -> None:
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        from netra_backend.app.core import config_old  # ssotlint: ignore[DEP001] -- this test pins the shim until it is removed
    assert config_old.get_settings is config.get_settings
    assert config_old.Settings is config.Settings
