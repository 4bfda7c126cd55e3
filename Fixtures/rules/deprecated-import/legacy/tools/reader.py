"""Relative imports are resolved against the package legacy.tools first."""
from ..config import database_url  # expect: DEP001@6
from ..config.sub import timeout  # expect: DEP001@6
from .. import config  # expect: DEP001@16
from .. import (
    other,
    config as settings,  # expect: DEP001@5
)
from . import config
from .config import database_url
from ...config import database_url
from ... import config
