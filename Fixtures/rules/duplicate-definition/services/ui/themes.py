"""The second definitions of Shade and Tint: a base written as a dotted name counts."""
from enum import Enum, Flag
from themes import base


class Shade(base.StrEnum):  # expect: DUP003@7
    DARK = "dark"


class Tint(Flag):  # expect: DUP003@7
    WARM = 1
