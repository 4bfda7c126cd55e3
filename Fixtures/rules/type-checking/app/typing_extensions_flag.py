"""TYPE_CHECKING imported from typing_extensions counts too."""
from typing_extensions import TYPE_CHECKING

if TYPE_CHECKING:
    from legacy.models import User  # expect: BAN002@31
