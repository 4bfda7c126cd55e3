# expect-at: 5 RX003@18
"""Lines inside a triple-quoted string are string text; they cannot carry a comment."""
USAGE = """
Usage: sync [--dry-run]
  Documentation: https://docs.example.com/sync
  TODO and print(x) here are string text.
"""
