"""The public facade of the internal package stars.src, which RX004 bans: it re-exports
by star import. A star import is itself a reference to its module, reported at the
first token of its module path (the first `.` of a relative one)."""
from .src.listed import *  # expect: RX004@6
from .src.tupled import *  # expect: RX004@6
from .src.twice import *  # expect: RX004@6
from .src.grown import *  # expect: RX004@6
from .src.annotated import *  # expect: RX004@6
from .src.computed import *  # expect: RX004@6
from .src.nested import *  # expect: RX004@6
from .src.conditional import *  # expect: RX004@6
from .src.multi import *  # expect: RX004@6
