"""A literal `__all__` list: a star import of this module exports exactly these
strings, a private name included, and not ListKept."""
__all__ = ["ListShown", "_ListPrivate"]


class ListShown:
    pass


class ListKept:
    pass


class _ListPrivate:
    pass
