"""Imports nested in a `def` or a `class` are not module-level statements: they bind
names for the whole file (and are references) but export nothing."""


def connect():
    from pkg.impl import UnifiedWebSocketManager  # expect: RX001@26 RX002@26
    return UnifiedWebSocketManager()  # expect: RX001@12 RX002@12


class Holder:
    from pkg.impl import UnifiedWebSocketManager as Kind  # expect: RX001@26 RX002@26
