"""Uses the accessor pattern through its import alone (import references are uses)."""
from shared.env import get_env
