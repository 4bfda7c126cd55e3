"""The declared canonical pattern: no findings."""
from ws.factory import get_manager
import ws.factory

manager = get_manager("chat")
backup = ws.factory.get_manager("backup")
