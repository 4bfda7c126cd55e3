"""TYPE_CHECKING imported from typing."""
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from legacy.models import User  # expect: BAN002@31
    import legacy.models
    ENVIRON_TYPE = type(os.environ)  # expect: BAN002@25
    try:
        from legacy.models import User as Member  # expect: BAN002@35
    except ImportError:
        pass
if TYPE_CHECKING: from legacy.models import User  # expect: BAN002@45


def greet(user: "User") -> str:
    return "hello"


HOME = os.environ["HOME"]  # expect: BAN001@8 BAN002@8
import legacy.models  # expect: DEP001@8
