"""An annotated assignment is not looked at: no plain `__all__` assignment, so a star
import exports every public name (AnnShown and AnnKept)."""
__all__: list[str] = ["AnnShown"]


class AnnShown:
    pass


class AnnKept:
    pass
