# expect-suppressed-at: 8 BAN001@8
# expect-at: 11 BAN001@8
"""The last-line rule with reasons: the second directive has none, so the finding
inside its string stays."""
import os

BANNER = f"""
Home: {os.environ["HOME"]}
"""  # ssotlint: ignore[BAN001] -- shown once at start-up
MOTD = f"""
User: {os.environ["USER"]}
"""  # ssotlint: ignore[BAN001]  # expect: suppression-without-reason
