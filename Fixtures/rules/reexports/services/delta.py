"""Uses the direct pattern only through the facade: realtime.create_manager ->
realtime.direct.create_manager, a non-canonical pattern for RX005. RX006 does not see
the use (and direct is canonical there anyway)."""
from realtime import create_manager  # expect: RX005@22

manager = create_manager()  # expect: RX005@11
