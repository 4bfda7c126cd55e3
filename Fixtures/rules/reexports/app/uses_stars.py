"""The names a star import exports, imported from the facade stars (stars/__init__.py)
and from everything.py (a star import of stars). RX004 bans stars.src: a name matches
exactly when a star import exports it."""
import stars
# listed.py: literal __all__ = ["ListShown", "_ListPrivate"].
from stars import ListShown  # expect: RX004@19
from stars import _ListPrivate  # expect: RX004@19
from stars import ListKept
# tupled.py: literal tuple __all__ = ("TupleShown",).
from stars import TupleShown  # expect: RX004@19
from stars import TupleKept
# twice.py: two __all__ assignments, so the public names.
from stars import TwiceShown  # expect: RX004@19
from stars import TwiceKept  # expect: RX004@19
from stars import _TwicePrivate
# grown.py: +=, .append and .extend are not looked at.
from stars import GrownShown  # expect: RX004@19
from stars import GrownAdded
from stars import GrownAppended
from stars import GrownExtended
# annotated.py: only an annotated __all__, so the public names.
from stars import AnnShown  # expect: RX004@19
from stars import AnnKept  # expect: RX004@19
# computed.py: a name inside __all__, so the public names.
from stars import CompShown  # expect: RX004@19
from stars import CompKept  # expect: RX004@19
# nested.py: __all__ inside a function, so the public names.
from stars import NestShown  # expect: RX004@19
from stars import NestKept  # expect: RX004@19
# conditional.py: __all__ under a module-level if counts.
from stars import CondShown  # expect: RX004@19
from stars import CondKept
# multi.py: two targets, so the public names.
from stars import MultiShown  # expect: RX004@19
from stars import MultiKept  # expect: RX004@19
# A chain through the facade: stars.TupleShown -> stars.src.tupled.TupleShown.
shown = stars.TupleShown  # expect: RX004@9
kept = stars.TupleKept
# The banned path written out is a direct match, exported or not.
from stars.src.listed import ListKept as Internal  # expect: RX004@30
# Star of star: everything.ListShown -> stars.ListShown -> stars.src.listed.ListShown.
from everything import ListShown as Again  # expect: RX004@24
from everything import TwiceKept as TwiceAgain  # expect: RX004@24
# stars has no __all__: its own public names exclude _ListPrivate.
from everything import _ListPrivate as PrivateAgain
from everything import ListKept as KeptAgain
# An alias of a name only a star import provides exports nothing.
from everything import Picked
