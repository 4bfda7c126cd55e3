"""Vendored code is excluded from BAN002 but not from BAN001."""
import os
import requests

response = requests.get("https://example.com")
proxy = os.getenv("HTTPS_PROXY")  # expect: BAN001@9
