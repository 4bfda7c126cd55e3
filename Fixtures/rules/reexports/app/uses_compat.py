"""Each alias of compat.py, imported: compat.NAME resolves through compat's exports."""
import compat
# compat.LegacyManager -> pkg.impl.UnifiedWebSocketManager.
from compat import LegacyManager  # expect: RX001@20
# compat.ChainManager -> pkg.impl.UnifiedWebSocketManager.
from compat import ChainManager  # expect: RX001@20
# compat.FacadeManager -> pkg.WebSocketManager -> pkg.impl.WebSocketManager ->
# pkg.impl.UnifiedWebSocketManager.
from compat import FacadeManager  # expect: RX001@20
# compat.Connect -> pkg.impl.UnifiedWebSocketManager.connect.
from compat import Connect  # expect: RX001@20
# compat.Older -> compat.LegacyManager -> pkg.impl.UnifiedWebSocketManager.
from compat import Older  # expect: RX001@20
# compat.instance is a call's result, not an alias: compat exports nothing under that name.
from compat import instance

manager = compat.Older()  # expect: RX001@11
