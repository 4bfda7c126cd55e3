"""Excluded by the configuration: not analysed, so not a project module (no markers are
read here, and nothing here is reported)."""
from pkg import WebSocketManager
