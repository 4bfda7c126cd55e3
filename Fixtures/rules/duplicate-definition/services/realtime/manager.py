"""Two definitions in one file of a name that the canonical file also defines: both
are findings. Definitions under `if`/`else` at module level count."""
import os

if os.name == "posix":
    class WebSocketManager:  # expect: DUP001@11
        pass
else:
    class WebSocketManager:  # expect: DUP001@11
        pass


def create_socket_manager():
    return WebSocketManager()


# A plain class named like an enum of shared/enums.py: a duplicate for DUP004
# (classes, enums included) but not for DUP003 (enums only).
class ConnectionStatus:  # expect: DUP004@7
    pass
