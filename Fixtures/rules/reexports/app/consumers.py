"""Consumers of the facade: every path below reaches pkg.impl.UnifiedWebSocketManager
only through pkg/__init__.py's re-exports and pkg.impl's alias, so only RX001 reports
them, except where the banned path is written out (a direct match: RX001 and RX002)."""
import pkg
import pkg.impl
import pkg.impl as s
from pkg import impl
# pkg.WebSocketManager -> pkg.impl.WebSocketManager -> pkg.impl.UnifiedWebSocketManager.
from pkg import WebSocketManager  # expect: RX001@17
# pkg.UnifiedWebSocketManager -> pkg.impl.UnifiedWebSocketManager (P itself is not banned).
from pkg import UnifiedWebSocketManager  # expect: RX001@17
# pkg.make_manager -> pkg.impl.make_manager, only defined there: resolution stops.
from pkg import make_manager
# The alias in the defining module, imported from it directly.
from pkg.impl import WebSocketManager as Direct  # expect: RX001@22

# A chain resolves binding(n0).n1...nk, then that path's resolution set is looked at.
first = WebSocketManager()  # expect: RX001@9
second = pkg.WebSocketManager()  # expect: RX001@10
third = pkg.impl.WebSocketManager()  # expect: RX001@9
# `import pkg.sub as s`: s.WebSocketManager is pkg.impl.WebSocketManager.
fourth = s.WebSocketManager()  # expect: RX001@10
# `from pkg import sub`: impl.WebSocketManager is pkg.impl.WebSocketManager.
fifth = impl.WebSocketManager()  # expect: RX001@9
renamed = Direct()  # expect: RX001@11
# The banned path written out: a direct match, for both rules.
direct = pkg.impl.UnifiedWebSocketManager()  # expect: RX001@10 RX002@10
# The rest R after the re-exported name is carried along: pkg.WebSocketManager.connect ->
# pkg.impl.WebSocketManager.connect -> pkg.impl.UnifiedWebSocketManager.connect. One
# finding per rule per chain, at its first token.
connect = pkg.WebSocketManager.connect  # expect: RX001@11
# Resolution stops at pkg.impl.make_manager: nothing banned is reached.
built = make_manager()
also_built = pkg.make_manager()
module = pkg.impl
