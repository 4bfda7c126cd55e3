"""The only file in PAT002's scope that uses the environ pattern, three times."""
import os
from os import getenv  # expect: PAT002@16

DATABASE_URL = os.environ["DATABASE_URL"]  # expect: PAT002@16
BATCH_SIZE = int(os.getenv("BATCH_SIZE", "100"))  # expect: PAT002@18
REGION = getenv("REGION")  # expect: PAT002@10
