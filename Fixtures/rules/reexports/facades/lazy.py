"""Bindings are file-wide and flow-insensitive: `pkg`, imported only inside a function,
is still bound for the module-level alias below, which therefore exports
LazyManager -> pkg.impl.UnifiedWebSocketManager. The nested import itself exports
nothing, so facades.lazy.pkg is not a re-export of pkg."""


def load():
    import pkg.impl
    return pkg


LazyManager = pkg.impl.UnifiedWebSocketManager  # expect: RX001@15 RX002@15
