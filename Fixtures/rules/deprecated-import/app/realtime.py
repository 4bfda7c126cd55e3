"""A deprecated nested submodule: websockets.legacy.server."""
import websockets.legacy.server  # expect: DEP001@8
import websockets.legacy.server.protocol as protocol  # expect: DEP001@8
from websockets.legacy.server import serve  # expect: DEP001@6
from websockets.legacy import server  # expect: DEP001@31
from websockets.legacy import client, server as legacy_server  # expect: DEP001@39

# Its parents, siblings and replacement are fine.
import websockets
import websockets.legacy
import websockets.legacy.client
from websockets import legacy
from websockets.legacy import client
from websockets.asyncio.server import serve
