"""Canonical enums for DUP003. DUP004 (classes named *Status) has no canonical file."""
import enum
from enum import Enum, StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class Color(Enum):
    RED = 1


class Permission(enum.IntFlag):
    READ = 1


class ConnectionStatus(StrEnum):  # expect: DUP004@7
    OPEN = "open"


class Registry(Generic[T]):
    pass


class Channel(make_enum()):
    pass


class Level(Enumeration):
    pass


class Mode(metaclass=enum.EnumType):
    pass
