"""Outside BAN002's paths: requests.get is allowed here."""
import requests
from requests import get

report = requests.get("https://example.com/report")
summary = get("https://example.com/summary")
