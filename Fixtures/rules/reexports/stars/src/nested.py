"""An `__all__` assigned inside a function is not a module-level statement: a star
import exports every public name (NestShown and NestKept)."""


def _configure():
    __all__ = ["NestShown"]
    return __all__


class NestShown:
    pass


class NestKept:
    pass
