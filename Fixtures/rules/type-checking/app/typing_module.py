"""`if typing.TYPE_CHECKING:` with `import typing`."""
import os
import typing

if typing.TYPE_CHECKING:
    from legacy.models import User  # expect: BAN002@31
    ENVIRON_TYPE = type(os.environ)  # expect: BAN002@25

ENVIRON = os.environ  # expect: BAN001@11 BAN002@11
