"""legacy/__init__.py is the package `legacy`: `.config` here is legacy.config."""
from .config import database_url  # expect: DEP001@6
from . import config  # expect: DEP001@15
from . import configuration
