"""The facade of the banned class. Each import line here is itself an import reference
of pkg.impl.NAME (relative imports are resolved first)."""
# The facade's own import of the alias references pkg.impl.WebSocketManager, whose
# resolution set reaches pkg.impl.UnifiedWebSocketManager: only RX001 follows it.
from .impl import WebSocketManager  # expect: RX001@19
# Importing the banned name itself is a direct match, for both rules.
from .impl import UnifiedWebSocketManager  # expect: RX001@19 RX002@19
# make_manager is only defined in pkg.impl: resolution stops there, nothing is banned.
from .impl import make_manager
# `from pkg import sub` form: exports impl -> pkg.impl (a module, not the banned class).
from . import impl
