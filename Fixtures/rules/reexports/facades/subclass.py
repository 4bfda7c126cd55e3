"""A `def`, `async def` or `class` named n defines M.n: resolution stops there, even
when the class of that name derives from the banned one."""
from pkg import WebSocketManager as _Base  # expect: RX001@17


# _Base is bound by the import above, so the base is a reference.
class WebSocketManager(_Base):  # expect: RX001@24
    pass


async def open_manager():
    return WebSocketManager()


def make_manager():
    return open_manager()
