# expect-at: 8 BAN001@8
"""A reference inside a triple-quoted f-string is reported on its own line, which
cannot carry a comment."""
import os

BANNER = f"""
Service banner
Home: {os.environ["HOME"]}
Separator: {os.sep}
"""
