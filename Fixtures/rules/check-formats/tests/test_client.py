"""The environment read below is in .ssotlint-baseline.json: a real `check` marks it
baselined; the fixture test, which applies no baseline, sees an ordinary finding."""
import os


def make_client():  # expect: DUP001@5
    return os.environ  # expect: ENV001@12
