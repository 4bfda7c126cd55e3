"""The facade of both patterns. It is outside the rules' paths (services/): its own
import references are not counted."""
from .factory import get_manager
from .direct import create_manager
