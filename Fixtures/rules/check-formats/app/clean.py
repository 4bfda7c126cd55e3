"""A file without findings."""
from app.settings import get_env

TIMEOUT = get_env("TIMEOUT")
