"""Module-level statements may sit under `if`, `try`, `with`, `for`, `while` and
`match`: imports there export their names."""
import contextlib
import sys

if sys.version_info >= (3, 12):
    from pkg.impl import UnifiedWebSocketManager as IfManager  # expect: RX001@26 RX002@26
with contextlib.suppress(ImportError):
    from pkg.impl import UnifiedWebSocketManager as WithManager  # expect: RX001@26 RX002@26
for _attempt in range(1):
    from pkg.impl import UnifiedWebSocketManager as ForManager  # expect: RX001@26 RX002@26
while True:
    from pkg.impl import UnifiedWebSocketManager as WhileManager  # expect: RX001@26 RX002@26
    break
match sys.platform:
    case _:
        from pkg.impl import UnifiedWebSocketManager as MatchManager  # expect: RX001@30 RX002@30
