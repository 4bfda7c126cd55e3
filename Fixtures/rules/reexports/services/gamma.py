"""Uses the factory pattern only through the facade: realtime.get_manager ->
realtime.factory.get_manager. A pattern used through a facade counts this file for
RX005 (canonical there, so no finding); RX006 does not see the use at all."""
from realtime import get_manager

manager = get_manager()
