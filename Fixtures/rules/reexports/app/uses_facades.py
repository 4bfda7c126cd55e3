"""The names exported (or not) by facades/*.py, imported."""
import facades.lazy
import facades.modules
# try / except ImportError: Manager -> fastws.Manager and pkg.impl.UnifiedWebSocketManager.
from facades.optional import Manager  # expect: RX001@30
# Session -> fastws.UnifiedWebSocketManager and pkg.impl.UnifiedWebSocketManager.
from facades.optional import Session  # expect: RX001@30
# Either -> catalog.Alias and pkg.WebSocketManager: two banned APIs, one finding.
from facades.optional import Either  # expect: RX001@30
# The module-level `if TYPE_CHECKING:` import exports its name.
from facades.typed import UnifiedWebSocketManager  # expect: RX001@27
# Imports under if, with, for, while and match at module level export.
from facades.blocks import IfManager  # expect: RX001@28
from facades.blocks import WithManager  # expect: RX001@28
from facades.blocks import ForManager  # expect: RX001@28
from facades.blocks import WhileManager  # expect: RX001@28
from facades.blocks import MatchManager  # expect: RX001@28
# Function-level and class-level imports export nothing.
from facades.scoped import UnifiedWebSocketManager as NotExported
from facades.scoped import Kind
# facades.scoped.Holder is defined there: resolution of facades.scoped.Holder.Kind stops.
holder_kind = facades.scoped.Holder.Kind
# Defined in facades.subclass: resolution stops; the class's base is not followed.
from facades.subclass import WebSocketManager
from facades.subclass import open_manager
# A name bound by a plain import is exported whatever its spelling (only star imports
# look at leading underscores): _Base -> pkg.WebSocketManager.
from facades.subclass import _Base  # expect: RX001@30
# The module-level alias of facades.lazy exports; its function-level import does not.
from facades.lazy import LazyManager  # expect: RX001@26
lazy_module = facades.lazy.pkg.impl.UnifiedWebSocketManager
# facades.modules exports pkg -> pkg (from `import pkg.impl`): the path after it is
# pkg.impl.UnifiedWebSocketManager.
exported_module = facades.modules.pkg.impl.UnifiedWebSocketManager  # expect: RX001@19
# backend -> pkg.impl, impl -> pkg.impl.
from facades.modules import backend, impl
via_alias = backend.WebSocketManager  # expect: RX001@13
via_from = impl.UnifiedWebSocketManager  # expect: RX001@12
# Relative imports above the top export nothing.
from facades.above import UnifiedWebSocketManager as Above
from facades.above import WebSocketManager as AboveFacade
# facades.above.top.WebSocketManager -> facades.modules.pkg.WebSocketManager ->
# pkg.WebSocketManager -> pkg.impl.WebSocketManager -> pkg.impl.UnifiedWebSocketManager.
from facades.above import top
resolved_relative = top.WebSocketManager  # expect: RX001@21
