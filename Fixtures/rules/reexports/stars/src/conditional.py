"""An `__all__` under a module-level `if` is a module-level statement: a star import
exports CondShown only."""
import sys

if sys.version_info >= (3, 8):
    __all__ = ["CondShown"]


class CondShown:
    pass


class CondKept:
    pass
