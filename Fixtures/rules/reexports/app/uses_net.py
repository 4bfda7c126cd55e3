"""net's star imports export nothing: net.WebSocketManager is not followed anywhere
(vendored/facade.py would re-export the manager if it were a project module)."""
from net import WebSocketManager
# vendored.facade is not a project module: its path is not resolved either.
from vendored.facade import WebSocketManager as Vendored
