"""The one definition of the banned class (RX001 and RX002 name
pkg.impl.UnifiedWebSocketManager here and nowhere else), and this module's own
compatibility alias."""


class UnifiedWebSocketManager:
    def connect(self):
        return self


# An alias in the defining module: one bare-name target, a bare name as value, and that
# name is defined at module level here, so pkg.impl exports
# WebSocketManager -> pkg.impl.UnifiedWebSocketManager.
WebSocketManager = UnifiedWebSocketManager


def make_manager():
    # A module's own uses of a name it defines or aliases are not references (chains
    # resolve their first name through import bindings only).
    return WebSocketManager() or UnifiedWebSocketManager()
