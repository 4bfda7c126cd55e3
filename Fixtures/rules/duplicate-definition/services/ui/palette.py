"""Enums defined again outside the canonical file."""
import enum
from enum import Enum, IntFlag


class Color(Enum):  # expect: DUP003@7
    RED = 1


class Permission(IntFlag):  # expect: DUP003@7
    READ = 1


class Shade(str, enum.Enum):  # expect: DUP003@7
    DARK = "dark"


class Tint(enum.Flag):  # expect: DUP003@7
    WARM = 1
