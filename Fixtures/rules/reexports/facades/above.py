"""facades is a package of one part: two leading dots go above the top, so these
relative imports resolve to nothing, bind nothing, reference nothing and export
nothing."""
from ..pkg.impl import UnifiedWebSocketManager
from ..pkg import WebSocketManager
from .. import *
# A relative import that does resolve: facades.modules.pkg, which facades.modules
# exports as pkg. This exports top -> facades.modules.pkg.
from .modules import pkg as top
