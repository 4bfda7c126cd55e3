"""Import-like text that is not an import statement.

import legacy.config
from legacy.config import database_url
"""
import importlib

# import legacy.config
# from shared.old_utils import load
EXAMPLE = "from legacy.config import database_url"
TEMPLATE = f"import {'legacy.config'}"
settings = importlib.import_module("legacy.config")
helpers = __import__("shared.old_utils", fromlist=["load"])
