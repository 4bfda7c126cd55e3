"""`if t.TYPE_CHECKING:` with `import typing as t`."""
import typing as t

if t.TYPE_CHECKING:
    from legacy.models import User  # expect: BAN002@31


def load(user_id: int) -> "User":
    from legacy.models import User  # expect: BAN001@31 BAN002@31 DEP001@10
    return User.get(user_id)  # expect: BAN001@12 BAN002@12
