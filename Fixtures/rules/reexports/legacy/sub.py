"""A submodule of the banned package."""


def helper():
    return None
