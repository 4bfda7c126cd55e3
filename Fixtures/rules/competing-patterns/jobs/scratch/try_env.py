"""Excluded from PAT002: these uses are not counted."""
import os

TOKEN = os.environ["TOKEN"]
SECRET = os.getenv("SECRET")
