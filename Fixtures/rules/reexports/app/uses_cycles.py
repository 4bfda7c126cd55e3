"""Re-export cycles."""
# cycle_b.ManagerA -> cycle_a.ManagerA -> pkg.WebSocketManager -> ... (and
# cycle_a.ManagerA -> cycle_b.ManagerA, met before, is not followed again).
from cycle_b import ManagerA  # expect: RX001@21
from cycle_a import ManagerA as Again  # expect: RX001@21
# cycle_a.LocalB -> cycle_b.LocalB, defined there: nothing banned.
from cycle_a import LocalB
# Exported by neither module: resolution stops at once.
from cycle_b import Nowhere
from loop import Ping
