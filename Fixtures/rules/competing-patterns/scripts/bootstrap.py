"""Outside PAT002's paths: these uses are not counted."""
import os

HOME = os.environ["HOME"]
