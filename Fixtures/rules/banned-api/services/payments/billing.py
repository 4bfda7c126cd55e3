"""Relative imports resolve against the package services.payments (two parts)."""
from .cfg import get as read_setting  # expect: BAN003@18
from ..payments.cfg import get  # expect: BAN003@28
from .. import payments
from . import cfg
from ...os import environ

currency = read_setting("CURRENCY")  # expect: BAN003@12
timeout = get("TIMEOUT")  # expect: BAN003@11
region = cfg.get("REGION")  # expect: BAN003@10
module = payments.cfg.get  # expect: BAN003@10
# Three dots go above the top-level package: that import binds nothing.
home = environ["HOME"]
