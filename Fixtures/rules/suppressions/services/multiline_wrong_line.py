# expect-at: 9 BAN001@9
# expect-at: 13 BAN001@8
"""A directive after the token's last line, or inside the string, does not reach a
finding inside a multi-line f-string."""
import os

MOTD = (
    f"""
Shell: {os.environ["SHELL"]}
"""
)  # ssotlint: ignore[BAN001]  # expect: unused-suppression@4
NOTE = f"""
Path: {os.environ["PATH"]}  # ssotlint: ignore[BAN001]
"""
