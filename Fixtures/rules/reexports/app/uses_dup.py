"""dup.m is dup/m.py: Manager -> pkg.WebSocketManager; dup/m/__init__.py's Shadow is not
an export of dup.m."""
from dup.m import Manager  # expect: RX001@19
from dup.m import Shadow
