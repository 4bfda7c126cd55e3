"""The removed package legacy: RX003 bans it and its submodules. Its own star import
of a submodule references legacy.sub, reported at the first `.` of the relative module
path (RX003); it also imports the deprecated module legacy.sub (RX007, at the same
place)."""
from .sub import *  # expect: RX003@6 RX007@6
