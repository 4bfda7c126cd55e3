"""See cycle_a.py."""
from cycle_a import *


class LocalB:
    pass
