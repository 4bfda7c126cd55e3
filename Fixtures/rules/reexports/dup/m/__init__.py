"""Also named dup.m, but second in byte order: it is not the project module dup.m, so
its exports are not looked at. Its own lines are analysed like any other file's."""
from pkg import make_manager as Manager
from pkg import WebSocketManager as Shadow  # expect: RX001@17
