# expect-at: 34 BAN001@13
# expect-at: 37 BAN001@5
"""Chains inside brackets may spread over lines; a parenthesised prefix is not followed.
A line that ends in a backslash cannot carry a comment, so the last two cases state
their findings in the marker lines at the top of the file."""
import os


class Settings:
    def __init__(self, os):
        self.os = os
        self.environ = {}

    def home(self):
        return self.os.environ["HOME"]


wrapped = (os).environ
grouped = (os.environ)  # expect: BAN001@12
indexed = {"env": os.environ}["env"]  # expect: BAN001@19
spread = (os  # expect: BAN001@11
          .environ["HOME"])
commented = (
    os  # expect: BAN001@5
    # a comment between the parts
    .getenv("HOME")
)
called = [
    os.  # expect: BAN001@5
    getenv("USER"),
]
modules = {"os": os}
via_lookup = modules["os"].environ
continued = os \
    .environ["HOME"]
bracketed = (
    os \
    .getenv("USER")
)
