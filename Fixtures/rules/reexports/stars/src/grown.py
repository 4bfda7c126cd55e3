"""Augmented assignments, `.append` and `.extend` are not looked at: the one plain
assignment decides, and a star import exports GrownShown only."""
__all__ = ["GrownShown"]
__all__ += ["GrownAdded"]
__all__.append("GrownAppended")
__all__.extend(["GrownExtended"])


class GrownShown:
    pass


class GrownAdded:
    pass


class GrownAppended:
    pass


class GrownExtended:
    pass
