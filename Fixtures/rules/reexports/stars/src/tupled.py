"""A literal `__all__` tuple counts like a list: only TupleShown is exported by a star
import."""
__all__ = ("TupleShown",)


class TupleShown:
    pass


class TupleKept:
    pass
