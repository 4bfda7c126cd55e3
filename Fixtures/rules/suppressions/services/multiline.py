# expect-suppressed-at: 10 BAN001@8
# expect-suppressed-at: 11 BAN001@8
# expect-suppressed-at: 14 RX001@1
# expect-suppressed-at: 15 RX001@1
"""For a finding inside a token that spans several lines, the directive goes on the
token's last line."""
import os

BANNER = f"""
Home: {os.environ["HOME"]}
User: {os.environ["USER"]}
"""  # ssotlint: ignore[BAN001]
LINKS = """
https://docs.example.com
https://status.example.com
"""  # ssotlint: ignore[RX001] -- documentation links
PLAIN = "https://example.com"  # ssotlint: ignore[RX001]  # expect-suppressed: RX001@10
OTHER = "https://example.org"  # expect: RX001@10
