"""Subscripted bases, called bases, keyword arguments and base names that merely
contain "Enum" do not make a class an enum: none of these is a DUP003 duplicate."""
import enum
from typing import Generic, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    pass


class Channel(make_enum()):
    pass


class Level(Enumeration):
    pass


class Mode(metaclass=enum.EnumType):
    pass
