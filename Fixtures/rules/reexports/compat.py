"""Compatibility aliases kept outside the defining module. An alias is an assignment
with exactly one target, a bare name, whose value is exactly a dotted name chain. The
value is itself a chain, so it is a reference wherever its first name is bound by an
import; the names on the left are not."""
import pkg.impl
from pkg.impl import UnifiedWebSocketManager  # expect: RX001@22 RX002@22
from pkg import WebSocketManager  # expect: RX001@17

# Alias of an imported name: exports LegacyManager -> pkg.impl.UnifiedWebSocketManager.
LegacyManager = UnifiedWebSocketManager  # expect: RX001@17 RX002@17
# Alias of a dotted chain (X = mod.sub.Name): `pkg` is bound to pkg, so this exports
# ChainManager -> pkg.impl.UnifiedWebSocketManager.
ChainManager = pkg.impl.UnifiedWebSocketManager  # expect: RX001@16 RX002@16
# Alias of a name imported from the facade: exports FacadeManager -> pkg.WebSocketManager,
# which resolves on to the banned class.
FacadeManager = WebSocketManager  # expect: RX001@17
# Alias of an attribute of an imported name: exports
# Connect -> pkg.impl.UnifiedWebSocketManager.connect, which starts with the banned path.
Connect = UnifiedWebSocketManager.connect  # expect: RX001@11 RX002@11
# Alias of a name aliased at module level here: exports Older -> compat.LegacyManager.
# LegacyManager is not bound by an import, so this line is not a reference.
Older = LegacyManager
# This module's own uses of the names it aliases are not references.
instance = LegacyManager()
older = Older.connect
