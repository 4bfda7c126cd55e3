"""An __init__.py is its own package: `.cfg` here is services.payments.cfg."""
from .cfg import get  # expect: BAN003@18
from . import cfg

SECRET = get("PAYMENTS_SECRET")  # expect: BAN003@10
REGION = cfg.get("PAYMENTS_REGION")  # expect: BAN003@10
