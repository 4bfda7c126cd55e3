"""`else` branches, compound conditions and code after the block are not skipped."""
import os
from typing import TYPE_CHECKING

DEBUG = False

if TYPE_CHECKING:
    from legacy.models import User  # expect: BAN002@31
else:
    from legacy.models import User  # expect: BAN001@31 BAN002@31 DEP001@10
if TYPE_CHECKING and DEBUG:
    from legacy.models import User  # expect: BAN001@31 BAN002@31 DEP001@10
if not TYPE_CHECKING:
    ENVIRON = os.environ  # expect: BAN001@15 BAN002@15
if TYPE_CHECKING:
    pass
ENVIRON = os.environ  # expect: BAN001@11 BAN002@11
