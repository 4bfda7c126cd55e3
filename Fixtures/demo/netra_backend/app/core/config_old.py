"""Deprecated: import from ``netra_backend.app.core.config`` instead.

This module used to build the settings from ``os.getenv`` calls scattered over the
backend. It is kept as a shim so that old imports keep working during the migration;
DEP001 reports every import of it.
"""
from __future__ import annotations

import warnings

from netra_backend.app.core.config import Settings, get_settings

warnings.warn(
    "netra_backend.app.core.config_old is deprecated; import netra_backend.app.core.config",
    DeprecationWarning,
    stacklevel=2,
)

__all__ = ["Settings", "get_settings"]
