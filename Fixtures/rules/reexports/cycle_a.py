"""cycle_a and cycle_b star-import each other: each exports the other's public names
(the least fixed point), and resolution does not follow a path met before."""
from cycle_b import *
from pkg import WebSocketManager as ManagerA  # expect: RX001@17
