"""The legacy pattern: import references are findings too."""
import ws.legacy
from ws.legacy import WebSocketManager  # expect: PAT001@23

manager = WebSocketManager("chat")  # expect: PAT001@11
other = ws.legacy.WebSocketManager.create("alerts")  # expect: PAT001@9
# ws.legacy.WebSocketManager in a comment is not a reference.
HELP = "replace ws.legacy.WebSocketManager with ws.factory.get_manager"
