"""`__all__ = names = [...]` has two targets, so it is not a plain `__all__ = ...`
assignment with one target: a star import exports every public name (MultiShown and
MultiKept)."""
__all__ = names = ["MultiShown"]


class MultiShown:
    pass


class MultiKept:
    pass
