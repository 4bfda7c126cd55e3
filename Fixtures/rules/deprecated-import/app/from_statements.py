"""`from` statements: one finding per statement whose module matches, at the first
token of its module path; `from P import m` with P.m the module, at each such name."""
from legacy.config import database_url  # expect: DEP001@6
from legacy.config import database_url, redis_url  # expect: DEP001@6
from legacy.config import *  # expect: DEP001@6
from legacy.config.sub import timeout  # expect: DEP001@6
from  legacy.config import cache_url  # expect: DEP001@7
from legacy.config import (  # expect: DEP001@6
    database_url,
    redis_url as cache_url,
)
from legacy import config  # expect: DEP001@20
from legacy import other, config as old_config  # expect: DEP001@27
from legacy import (
    other,
    config,  # expect: DEP001@5
)

# Not the deprecated module.
from legacy import other
from legacy import configuration
from legacy.configuration import database_url
from shared.config import database_url
from shared import config
