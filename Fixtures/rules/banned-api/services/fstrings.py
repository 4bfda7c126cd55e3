"""Replacement fields of f-strings are code; their literal parts are strings."""
import os

greeting = f"home is {os.environ['HOME']}"  # expect: BAN001@23
pep701 = f"home is {os.environ["HOME"]}"  # expect: BAN001@21
nested = f"{f'{os.getenv("A")}'}"  # expect: BAN001@16
width = f"{os.getenv('WIDTH'):>{os.getenv('PAD')}}"  # expect: BAN001@12 BAN001@33
shown = f"{os.environ!r}"  # expect: BAN001@12
raw = rf"{os.getenv('PATTERN')}\d+"  # expect: BAN001@11
upper = F'{os.environ}'  # expect: BAN001@12
literal_only = f"os.environ is {len('os.environ')}"
debug = f"{os.sep=}"
not_an_fstring = "{os.environ}"
bytes_template = rb"{os.environ}"
