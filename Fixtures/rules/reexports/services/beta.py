"""Uses the factory pattern by its own path: canonical for RX005, not for RX006 (see
alpha.py)."""
from realtime.factory import get_manager  # expect: RX006@30

manager = get_manager()  # expect: RX006@11
