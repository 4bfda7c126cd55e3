"""TYPE_CHECKING imported from elsewhere, and a module named `typing` that is not
typing, do not count."""
import mytyping as typing
from compat import TYPE_CHECKING

if TYPE_CHECKING:
    from legacy.models import User  # expect: BAN001@31 BAN002@31 DEP001@10
if typing.TYPE_CHECKING:
    from legacy.models import User  # expect: BAN001@31 BAN002@31 DEP001@10
