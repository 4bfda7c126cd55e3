"""An `__all__` whose value is not a list or tuple of plain string literals: a star
import exports every public name (CompShown and CompKept)."""
_EXTRA = "CompShown"
__all__ = ["CompShown", _EXTRA]


class CompShown:
    pass


class CompKept:
    pass
