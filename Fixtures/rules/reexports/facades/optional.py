"""Exports are flow-insensitive, like bindings: a name exported several ways (a `try`
and its `except ImportError`) has all those targets."""
try:
    from fastws import Manager
except ImportError:
    from pkg.impl import UnifiedWebSocketManager as Manager  # expect: RX001@26 RX002@26

# An alias whose first name is bound by two imports exports one target per binding:
# Session -> fastws.UnifiedWebSocketManager and pkg.impl.UnifiedWebSocketManager.
try:
    import fastws as backend
except ImportError:
    from pkg import impl as backend
Session = backend.UnifiedWebSocketManager  # expect: RX001@11 RX002@11

# Two targets that both reach banned APIs (catalog.Widget and the manager): still one
# finding per rule for a chain or import that reaches them.
try:
    from catalog import Alias as Either  # expect: RX001@25
except ImportError:
    from pkg import WebSocketManager as Either  # expect: RX001@21
