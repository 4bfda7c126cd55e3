"""Two module-level plain `__all__ = ...` assignments: not exactly one, so a star import
exports every public name instead (TwiceShown and TwiceKept, not _TwicePrivate)."""
__all__ = ["TwiceShown"]
__all__ = ["TwiceShown"]


class TwiceShown:
    pass


class TwiceKept:
    pass


class _TwicePrivate:
    pass
