"""A module-level `if TYPE_CHECKING:` re-export does export (module-level statements may
sit under `if TYPE_CHECKING:`); no rule here sets skip-type-checking, so the import is
also a reference."""
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pkg.impl import UnifiedWebSocketManager  # expect: RX001@26 RX002@26
