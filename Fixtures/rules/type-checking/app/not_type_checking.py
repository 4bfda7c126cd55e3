"""A TYPE_CHECKING that is not imported from typing does not count."""
TYPE_CHECKING = False

if TYPE_CHECKING:
    from legacy.models import User  # expect: BAN001@31 BAN002@31 DEP001@10
