"""dup/m.py and dup/m/__init__.py both have the module name dup.m. dup/m.py comes first
in byte order of relative paths ('.' is before '/'), so it is the project module dup.m:
its exports are the ones that count."""
from pkg import WebSocketManager as Manager  # expect: RX001@17
