"""BAN002 looks only at services/ (outside services/vendor/)."""
import requests
from requests import get  # expect: BAN002@22

profile = requests.get("https://example.com/profile")  # expect: BAN002@11
status = get("https://example.com/status")  # expect: BAN002@10
session = requests.Session()
